import { describe, expect, it } from 'vitest';
import type { DisclosureItem } from '../../../src/lib/disclosure/disclosure-item.ts';
import type { RegisterRow } from '../../../src/lib/disclosure/register.ts';
import type { ScheduleRule } from '../../../src/lib/disclosure/schedule.ts';
import {
  latestDisclosures,
  needsAttention,
  registerViewRows,
  statusCounts,
} from '../../../src/lib/views/register-rows.ts';

const item = (title: string, extra: Partial<DisclosureItem> = {}): DisclosureItem => ({
  kind: 'fund-statement',
  title,
  coversStart: '2024-01-01',
  coversEnd: '2024-12-31',
  audience: '全体',
  ...extra,
});
const row = (title: string, extra: Partial<RegisterRow>, itemExtra: Partial<DisclosureItem> = {}): RegisterRow => ({
  item: item(title, itemExtra),
  status: 'published',
  lateDays: 0,
  missing: false,
  ...extra,
});

const notice7: ScheduleRule = {
  line: 7,
  kind: 'aid-notice',
  frequency: 'per-item',
  anchor: 'end',
  days: 7,
  audience: '会员',
  noticeDays: 7,
};

describe('registerViewRows', () => {
  it.each([
    ['published on time', row('a', { deadline: '2025-03-31' }, { publishedOn: '2025-03-01' }), '2025-03-01', ''],
    [
      'published late',
      row('a', { lateDays: 13, deadline: '2025-03-31' }, { publishedOn: '2025-04-13' }),
      '2025-04-13',
      '逾期 13 天公开',
    ],
    ['overdue', row('a', { status: 'overdue', lateDays: 91, deadline: '2025-03-31' }), '—', '已逾期 91 天'],
    [
      'due with days left, no date recorded',
      row('a', { status: 'due', daysLeft: 30, deadline: '2025-03-31' }),
      '—',
      '还有 30 天，未登记公开日期',
    ],
    ['due today, missing data', row('a', { status: 'due', daysLeft: 0, missing: true }), '—', '今天到期，尚无数据'],
    [
      'due, dated later',
      row('a', { status: 'due', daysLeft: 5 }, { publishedOn: '2025-07-02' }),
      '—',
      '还有 5 天，定于 2025-07-02 公开',
    ],
    [
      'a current notice',
      row('a', {}, { publishedOn: '2025-06-25', endsOn: '2025-07-01' }),
      '2025-06-25',
      '公示至 2025-07-01',
    ],
    [
      'an expired notice',
      row('a', { status: 'expired' }, { publishedOn: '2025-01-22', endsOn: '2025-01-28' }),
      '2025-01-22',
      '公示已于 2025-01-28 结束',
    ],
    [
      'a notice shorter than the schedule demands',
      row('a', { rule: notice7 }, { publishedOn: '2025-06-25', endsOn: '2025-06-29' }),
      '2025-06-25',
      '公示至 2025-06-29，公示 5 天，少于规定的 7 天',
    ],
    [
      'a notice exactly as long as the schedule demands',
      row('a', { status: 'expired', rule: notice7 }, { publishedOn: '2025-06-01', endsOn: '2025-06-07' }),
      '2025-06-01',
      '公示已于 2025-06-07 结束',
    ],
  ])('%s', (_name, input, publishedOn, note) => {
    const [view] = registerViewRows([input]);
    expect(view).toMatchObject({ publishedOn, note });
  });

  it('labels kind and status in Chinese and keeps the link path', () => {
    const [view] = registerViewRows([row('2024年度经费收支表', { covers: '2024年度' }, { href: 'funds/2024/' })]);
    expect(view).toEqual(
      expect.objectContaining({
        kind: '经费收支',
        statusLabel: '已公开',
        covers: '2024年度',
        path: 'funds/2024/',
        deadline: '—',
      }),
    );
  });
});

describe('what a row covers', () => {
  it.each([
    { name: 'a period label when there is one', extra: { covers: '2024年度' }, dates: {}, expected: '2024年度' },
    {
      name: 'a single day (a meeting, an election)',
      extra: {},
      dates: { coversStart: '2024-03-22', coversEnd: '2024-03-22' },
      expected: '2024-03-22',
    },
    {
      name: 'a span of days (the payments of a notice)',
      extra: {},
      dates: { coversStart: '2024-01-22', coversEnd: '2024-01-26' },
      expected: '2024-01-22 至 2024-01-26',
    },
  ])('$name', ({ extra, dates, expected }) => {
    expect(registerViewRows([row('a', extra, dates)])[0]!.covers).toBe(expected);
  });
});

describe('register summaries', () => {
  const rows = [
    row('old', {}, { publishedOn: '2023-03-01' }),
    row('new', {}, { publishedOn: '2025-03-01' }),
    row('q1', { covers: 'Q1' }, { title: 'annual', publishedOn: '2024-03-01' }),
    row('q2', { covers: 'Q2' }, { title: 'annual', publishedOn: '2024-03-01' }),
    row('late', { status: 'overdue', lateDays: 10 }),
    row('later', { status: 'overdue', lateDays: 40 }),
    row('soon', { status: 'due', deadline: '2025-07-01' }),
    row('sooner', { status: 'due', deadline: '2025-06-30' }),
    row('open', { status: 'due' }),
  ];

  it('counts each status', () => {
    expect(statusCounts(rows)).toEqual({ published: 4, due: 3, overdue: 2, expired: 0 });
  });

  it('lists the latest disclosures once each, latest first', () => {
    expect(latestDisclosures(rows, 5).map((r) => r.item.title)).toEqual(['new', 'annual', 'old']);
    expect(latestDisclosures(rows, 1).map((r) => r.item.title)).toEqual(['new']);
  });

  it('puts the longest overdue first, then due ones by deadline, and leaves out due ones without a deadline', () => {
    expect(needsAttention(rows).map((r) => r.item.title)).toEqual(['later', 'late', 'sooner', 'soon']);
  });
});

import { describe, expect, it } from 'vitest';
import type { DisclosureItem } from '../../../src/lib/disclosure/disclosure-item.ts';
import { buildRegister, type PeriodSpan } from '../../../src/lib/disclosure/register.ts';
import type { ScheduleRule } from '../../../src/lib/disclosure/schedule.ts';

const periods: PeriodSpan[] = [
  { id: '2023', label: '2023年度', start: '2023-01-01', end: '2023-12-31' },
  { id: '2024', label: '2024年度', start: '2024-01-01', end: '2024-12-31' },
];
const statement = (id: string, publishedOn?: string): DisclosureItem => ({
  kind: 'fund-statement',
  title: `${id}年度经费收支表`,
  periodId: id,
  periodLabel: `${id}年度`,
  coversStart: `${id}-01-01`,
  coversEnd: `${id}-12-31`,
  audience: '全体',
  href: `funds/${id}/`,
  ...(publishedOn ? { publishedOn } : {}),
});
const rule = (overrides: Partial<ScheduleRule>): ScheduleRule => ({
  line: 2,
  kind: 'fund-statement',
  frequency: 'per-period',
  anchor: 'end',
  days: 90,
  audience: '全体',
  ...overrides,
});
const summary = (rows: ReturnType<typeof buildRegister>) =>
  rows.map((r) => [r.item.title, r.covers, r.deadline, r.status, r.lateDays, r.missing]);

describe('buildRegister', () => {
  it('gives each period a deadline and a status, latest first', () => {
    const rows = buildRegister({
      items: [statement('2023', '2024-03-20'), statement('2024')],
      rules: [rule({})],
      periods,
      asOf: '2025-06-30',
    });
    expect(summary(rows)).toEqual([
      ['2024年度经费收支表', '2024年度', '2025-03-31', 'overdue', 91, false],
      ['2023年度经费收支表', '2023年度', '2024-03-30', 'published', 0, false],
    ]);
  });

  it('lists a period the schedule expects but the data lacks as a missing row without a link', () => {
    const rows = buildRegister({
      items: [],
      rules: [rule({ kind: 'budget', anchor: 'start', from: '2024-01-01', audience: '会员' })],
      periods,
      asOf: '2024-03-01',
    });
    expect(summary(rows)).toEqual([['2024年度经费预算', '2024年度', '2024-03-31', 'due', 0, true]]);
    expect(rows[0]!.item).toEqual({
      kind: 'budget',
      title: '2024年度经费预算',
      periodId: '2024',
      periodLabel: '2024年度',
      coversStart: '2024-01-01',
      coversEnd: '2024-12-31',
      audience: '会员',
    });
    expect(rows[0]!.daysLeft).toBe(30);
  });

  it('lists items of a kind with no rule without deadline, so they can never be overdue', () => {
    const rows = buildRegister({ items: [statement('2024')], rules: [], periods, asOf: '2030-01-01' });
    expect(summary(rows)).toEqual([['2024年度经费收支表', '2024年度', undefined, 'due', 0, false]]);
  });

  it('does not hold periods before the rule started to it, but still lists their items', () => {
    const rows = buildRegister({
      items: [statement('2023'), statement('2024', '2025-01-15')],
      rules: [rule({ from: '2024-01-01' })],
      periods,
      asOf: '2025-06-30',
    });
    expect(summary(rows)).toEqual([
      ['2024年度经费收支表', '2024年度', '2025-03-31', 'published', 0, false],
      ['2023年度经费收支表', '2023年度', undefined, 'due', 0, false],
    ]);
  });

  it('uses the schedule audience over the item default', () => {
    const rows = buildRegister({
      items: [statement('2024')],
      rules: [rule({ audience: '经审' })],
      periods,
      asOf: '2025-01-01',
    });
    expect(rows[0]!.item.audience).toBe('经审');
  });

  it('gives each item of a per-item kind its own deadline and expires a notice after its notice days', () => {
    const notice = (title: string, date: string, publishedOn?: string): DisclosureItem => ({
      kind: 'aid-notice',
      title,
      coversStart: date,
      coversEnd: date,
      audience: '会员',
      ...(publishedOn ? { publishedOn } : {}),
    });
    const items = [
      notice('春节帮扶公示', '2025-01-20', '2025-01-22'),
      notice('金秋助学公示', '2025-06-10', '2025-06-25'),
      notice('夏季送清凉公示', '2025-05-20'),
    ];
    const rows = buildRegister({
      items,
      rules: [rule({ kind: 'aid-notice', frequency: 'per-item', days: 10, audience: '会员', noticeDays: 7 })],
      periods,
      asOf: '2025-06-30',
    });
    expect(rows.map((r) => [r.item.title, r.deadline, r.item.endsOn, r.status, r.lateDays])).toEqual([
      ['金秋助学公示', '2025-06-20', '2025-07-01', 'published', 5],
      ['夏季送清凉公示', '2025-05-30', undefined, 'overdue', 31],
      ['春节帮扶公示', '2025-01-30', '2025-01-28', 'expired', 0],
    ]);
  });

  it('keeps an end date the item brings itself', () => {
    const item: DisclosureItem = {
      kind: 'aid-notice',
      title: '公示',
      coversStart: '2025-01-01',
      coversEnd: '2025-01-01',
      publishedOn: '2025-01-02',
      endsOn: '2025-12-31',
      audience: '会员',
    };
    const rows = buildRegister({
      items: [item],
      rules: [rule({ kind: 'aid-notice', frequency: 'per-item', noticeDays: 5 })],
      periods,
      asOf: '2025-06-30',
    });
    expect(rows[0]).toMatchObject({ status: 'published', item: { endsOn: '2025-12-31' } });
  });

  it('expects one disclosure per ended quarter and lets a statement covering the quarter end meet it', () => {
    const q1: DisclosureItem = {
      ...statement('2024', '2024-04-10'),
      title: '2024年一季度收支',
      coversEnd: '2024-03-31',
      periodId: undefined,
    };
    const rows = buildRegister({
      items: [q1],
      rules: [rule({ frequency: 'per-quarter', days: 15, from: '2024-01-01' })],
      periods,
      asOf: '2024-10-20',
    });
    expect(summary(rows)).toEqual([
      ['2024年第3季度经费收支', '2024年第3季度', '2024-10-15', 'overdue', 5, true],
      ['2024年第2季度经费收支', '2024年第2季度', '2024-07-15', 'overdue', 97, true],
      ['2024年一季度收支', '2024年第1季度', '2024-04-15', 'published', 0, false],
    ]);
  });

  it.each([
    ['工会委员会', '经费审查委员会', '女职工委员会'],
    ['女职工委员会', '工会委员会', '经费审查委员会'],
  ])('keeps the source order of rows with the same deadline: %s, %s, %s', (...committees) => {
    const results = committees.map((c): DisclosureItem => ({
      kind: 'election-result',
      title: `七届${c}选举结果`,
      coversStart: '2021-01-14',
      coversEnd: '2021-01-14',
      audience: '全体',
    }));
    const rows = buildRegister({
      items: results,
      rules: [rule({ kind: 'election-result', frequency: 'per-item', days: 15 })],
      periods,
      asOf: '2025-06-30',
    });
    expect(rows.map((r) => r.item.title)).toEqual(committees.map((c) => `七届${c}选举结果`));
  });

  it('orders kinds as the register lists them', () => {
    const budget: DisclosureItem = { ...statement('2024', '2024-02-01'), kind: 'budget', title: '2024年度经费预算' };
    const rows = buildRegister({
      items: [budget, statement('2024', '2025-02-01')],
      rules: [],
      periods,
      asOf: '2025-06-30',
    });
    expect(rows.map((r) => r.item.kind)).toEqual(['fund-statement', 'budget']);
  });
});

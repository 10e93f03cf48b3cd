import { describe, expect, it } from 'vitest';
import { periodFlags } from '../../../../src/lib/audit/flags/period-flags.ts';
import { DEFAULT_THRESHOLDS } from '../../../../src/lib/audit/flags/thresholds.ts';
import { holidayCalendar } from '../../../../src/lib/audit/holidays/day-kind.ts';
import { MAINLAND_HOLIDAYS } from '../../../../src/lib/audit/holidays/mainland-holidays.ts';
import { flagsView } from '../../../../src/lib/views/audit/flags-view.ts';
import { ledger } from '../../audit/flags/ledger.ts';

const calendar = holidayCalendar(MAINLAND_HOLIDAYS);
const input = { otherPeriods: [], spent: [], thresholds: DEFAULT_THRESHOLDS, calendar };

describe('flagsView', () => {
  it('lists every rule with its count and links each line to its ledger page and anchor', () => {
    const lines = ledger(`
      2027-01-09 记-1 文体 球赛 320
      2027-03-04 记-2 建家 健身器材 4800
      2027-03-05 记-3 建家 健身器材 4600
    `);
    const flags = periodFlags({ ...input, period: { start: '2027-01-01', end: '2027-12-31' }, lines });
    const view = flagsView(flags, DEFAULT_THRESHOLDS, (line) => `funds/2027/ledger/#l-${line}`);
    expect(view.rules.map((r) => [r.title, r.countText])).toEqual([
      ['疑似拆分支付', '1 处'],
      ['整数金额偏多', '未发现'],
      ['休息日入账', '1 处'],
      ['年末集中支出', '未发现'],
      ['疑似重复入账', '未发现'],
      ['预算执行偏高', '未发现'],
      ['预算执行偏低', '未发现'],
      ['无预算支出', '未发现'],
      ['超出福利标准', '未发现'],
    ]);
    expect(view.rules[0]!.groups[0]!.lines.map((l) => [l.path, l.amount])).toEqual([
      [`funds/2027/ledger/#l-${lines[1]!.line}`, '4,800.00'],
      [`funds/2027/ledger/#l-${lines[2]!.line}`, '4,600.00'],
    ]);
    expect(view.summary).toBe('按下列规则共有 2 处值得查看。这些只是查看的线索，不是结论。');
    expect(view.incomplete).toContain('节假日表中没有 2027 年');
    expect(view.benford).toBeUndefined();
    expect(view.thresholds[0]).toBe('审批限额 5,000.00 元，拆分天数 7 天');
  });

  it('says the line rules do not apply to a summary period', () => {
    const flags = periodFlags({ ...input, period: { start: '2023-01-01', end: '2023-12-31' }, lines: [] });
    const view = flagsView(flags, DEFAULT_THRESHOLDS, () => '');
    expect(view.rules.map((r) => r.countText).slice(0, 6)).toEqual([
      '不适用（本期为汇总表，没有逐笔明细）',
      '不适用（本期为汇总表，没有逐笔明细）',
      '不适用（本期为汇总表，没有逐笔明细）',
      '不适用（本期为汇总表，没有逐笔明细）',
      '不适用（本期为汇总表，没有逐笔明细）',
      '未发现',
    ]);
    expect(view.summary).toBe('按下列规则没有发现需要留意的地方。');
  });

  it('lists at most the given number of places of a rule on the screen page, with the count of all and a link to the rest', () => {
    // Five weekend days in January 2027 (each a place of 休息日入账).
    const lines = ledger(`
      2027-01-02 记-1 文体 球赛 320
      2027-01-03 记-2 文体 球赛 330
      2027-01-09 记-3 文体 球赛 340
      2027-01-10 记-4 文体 球赛 350
      2027-01-16 记-5 文体 球赛 360
    `);
    const flags = periodFlags({ ...input, period: { start: '2027-01-01', end: '2027-12-31' }, lines });
    const full = flagsView(flags, DEFAULT_THRESHOLDS, () => '');
    const weekend = (v: typeof full) => v.rules.find((r) => r.rule === 'weekend-holiday')!;
    expect(weekend(full).groups.length).toBe(5);
    expect(weekend(full).unlisted).toBe(0);
    expect(weekend(full).unlistedText).toBeUndefined();
    const listed = flagsView(flags, DEFAULT_THRESHOLDS, () => '', {
      groups: 2,
      lines: 10,
      fullList: (rule) => `audit/2027/pack/#flag-${rule}`,
    });
    expect(weekend(listed).groups.map((g) => g.lines[0]!.voucher)).toEqual(
      weekend(full)
        .groups.slice(0, 2)
        .map((g) => g.lines[0]!.voucher),
    );
    expect(weekend(listed).count).toBe(5);
    expect(weekend(listed).countText).toBe('5 处');
    expect(weekend(listed).unlisted).toBe(3);
    expect(weekend(listed).unlistedText).toBe('这里列出前 2 处，另有 3 处未列出；全部 5 处见审计资料包。');
    expect(weekend(listed).fullListPath).toBe('audit/2027/pack/#flag-weekend-holiday');
    expect(listed.total).toBe(full.total);
  });

  it('lists at most the given number of lines of a place, with the count of all', () => {
    // Four payments of 1,500 for the same memo within the split window: one place of 4 lines.
    const lines = ledger(`
      2027-03-01 记-1 建家 健身器材 1500
      2027-03-02 记-2 建家 健身器材 1500
      2027-03-03 记-3 建家 健身器材 1500
      2027-03-04 记-4 建家 健身器材 1500
    `);
    const flags = periodFlags({ ...input, period: { start: '2027-01-01', end: '2027-12-31' }, lines });
    const split = (v: ReturnType<typeof flagsView>) => v.rules.find((r) => r.rule === 'split-payment')!;
    const full = flagsView(flags, DEFAULT_THRESHOLDS, () => '');
    expect(split(full).groups[0]!.lines.length).toBe(4);
    expect(split(full).groups[0]!.unlistedLines).toBe(0);
    const listed = flagsView(flags, DEFAULT_THRESHOLDS, () => '', {
      groups: 30,
      lines: 3,
      fullList: (rule) => `audit/2027/pack/#flag-${rule}`,
    });
    const group = split(listed).groups[0]!;
    expect(group.lines.map((l) => l.voucher)).toEqual(
      split(full)
        .groups[0]!.lines.slice(0, 3)
        .map((l) => l.voucher),
    );
    expect(group.unlistedLines).toBe(1);
    expect(group.unlistedLinesText).toBe('这里列出前 3 笔，本处共 4 笔；全部见审计资料包。');
    expect(group.fullListPath).toBe('audit/2027/pack/#flag-split-payment');
    expect(group.summary).toBe(split(full).groups[0]!.summary);
  });
});

import { describe, expect, it } from 'vitest';
import { builtInAccounts } from '../../../src/lib/accounts/charts.ts';
const BUILT_IN_ACCOUNTS = builtInAccounts('2009');
import { createChart, resolveAccount } from '../../../src/lib/accounts/create-chart.ts';
import type { FundLine } from '../../../src/lib/funds/fund-line.ts';
import { buildStatement, NegativeTotalError } from '../../../src/lib/statement/build-statement.ts';
import { formatShare } from '../../../src/lib/shares/largest-remainder.ts';
import type { Period } from '../../../src/lib/periods/period.ts';

const chart = createChart(BUILT_IN_ACCOUNTS).chart;
const period: Period = {
  id: '2019-2020',
  label: '2019—2020年度',
  start: '2019-01-01',
  end: '2020-12-31',
  line: 2,
  system: '2009',
  systemStated: true,
  scope: '全部',
  columns: { opening: 5, closing: 6 },
};
const line = (name: string, fen: number, n: number, extra: Partial<FundLine> = {}): FundLine => ({
  line: n,
  account: resolveAccount(chart, name)!,
  fen,
  columns: { date: 0, voucher: 0 },
  ...extra,
});

// The two-year hospital statement of seed 001 (domain.md), in the names the seed uses.
const hospital: FundLine[] = [
  line('职工个人缴纳会费', 4_050_260, 2),
  line('行政拨入', 31_686_000, 3),
  line('回拨会费', 2_000_000, 4),
  line('总工会补助经费', 1_000_000, 5),
  line('职工福利费支出', 27_494_500, 6),
  line('困难职工补助', 722_000, 7),
  line('文体活动费', 3_381_800, 8),
  line('职工慰问吊唁费支出', 1_263_000, 9),
  line('会议费', 2_010_000, 10),
  line('办公费', 83_760, 11),
];

describe('buildStatement', () => {
  const s = buildStatement(period, 3_222_259, hospital, chart);
  const lines = (side: typeof s.income) => side.categories.flatMap((c) => c.lines);

  it('totals income and expense in fen and carries the balance', () => {
    expect(s.income.totalFen).toBe(38_736_260);
    expect(s.expense.totalFen).toBe(34_955_060);
    expect(s.closingFen).toBe(7_003_459);
    expect(s.surplusFen).toBe(3_781_200);
  });

  it('computes expense shares over total expense, rounded by largest remainder (seed 001)', () => {
    const byName = Object.fromEntries(lines(s.expense).map((l) => [l.account.name, formatShare(l.shareBp)]));
    expect(byName).toEqual({
      职工福利费: '78.66%',
      困难职工补助: '2.07%',
      慰问吊唁费: '3.61%',
      文体活动费: '9.67%',
      会议费: '5.75%',
      办公费: '0.24%',
    });
  });

  it('computes income shares over total income', () => {
    expect(lines(s.income).map((l) => [l.account.name, formatShare(l.shareBp)])).toEqual([
      ['会费收入', '10.46%'],
      ['行政拨入会费', '81.80%'],
      ['回拨会费', '5.16%'],
      ['上级补助经费', '2.58%'],
    ]);
  });

  it('places legacy accounts under their 2009 categories, each breakdown summing to 100.00%', () => {
    expect(s.expense.categories.map((c) => c.account.name)).toEqual(['职工活动支出', '维权支出', '业务支出']);
    for (const side of [s.income, s.expense]) {
      expect(side.categories.reduce((n, c) => n + c.shareBp, 0)).toBe(10_000);
      expect(lines(side).reduce((n, l) => n + l.shareBp, 0)).toBe(10_000);
      for (const c of side.categories) expect(c.lines.reduce((n, l) => n + l.fen, 0)).toBe(c.fen);
    }
  });

  it('is a summary, not a ledger, when each account has one undated line', () => {
    expect(s.isLedger).toBe(false);
    const ledger = buildStatement(period, 0, [...hospital, line('办公费', 100, 12)], chart);
    expect(ledger.isLedger).toBe(true);
    expect(ledger.expense.categories.at(-1)!.lines.at(-1)!.entries).toHaveLength(2);
  });

  it('lets a reversal reduce an account but refuses a negative account total', () => {
    const reversed = buildStatement(period, 0, [...hospital, line('办公费', -83_700, 12)], chart);
    expect(reversed.expense.totalFen).toBe(34_955_060 - 83_700);
    expect(() => buildStatement(period, 0, [...hospital, line('办公费', -90_000, 12)], chart)).toThrow(
      NegativeTotalError,
    );
  });
});

describe('基本支出 and 项目支出', () => {
  const typed = [
    line('会议费', 200_000, 2, { spending: '基本' }),
    line('文体活动费', 300_000, 3, { spending: '项目', project: '职工运动会' }),
    line('办公费', 100_000, 4),
    line('文体活动费', 100_000, 5, { spending: '项目', project: '迎新年文艺汇演' }),
    line('文体活动费', 50_000, 6, { spending: '项目', project: '职工运动会' }),
  ];

  it('splits expense by project, each total checked against the lines', () => {
    const s = buildStatement(period, 0, typed, chart);
    expect(s.spending).toEqual({
      basicFen: 300_000,
      projectFen: 450_000,
      projects: [
        { name: '职工运动会', fen: 350_000, shareBp: 7778, lineCount: 2, firstLine: 3 },
        { name: '迎新年文艺汇演', fen: 100_000, shareBp: 2222, lineCount: 1, firstLine: 5 },
      ],
    });
    expect(s.spending!.basicFen + s.spending!.projectFen).toBe(s.expense.totalFen);
  });

  it('is absent when no line states its type', () => {
    expect(buildStatement(period, 0, hospital, chart).spending).toBeUndefined();
  });
});

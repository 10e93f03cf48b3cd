import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../../src/lib/accounts/charts.ts';
import { resolveAccount } from '../../../src/lib/accounts/create-chart.ts';
import type { FundLine } from '../../../src/lib/funds/fund-line.ts';
import type { Period } from '../../../src/lib/periods/period.ts';
import { buildStatement } from '../../../src/lib/statement/build-statement.ts';
import { spendingCheck, spendingItems } from '../../../src/lib/statement/spending-items.ts';
import { spendingCheckTexts, spendingView } from '../../../src/lib/views/spending-rows.ts';

const chart = buildCharts().charts['2021'];
const period: Period = {
  id: '2024',
  label: '2024年度',
  start: '2024-01-01',
  end: '2024-12-31',
  line: 2,
  system: '2021',
  systemStated: true,
  scope: '全部',
  columns: { opening: 0, closing: 0 },
};
type Typed = [account: string, fen: number, spending?: '基本' | '项目', project?: string];
const lines = (rows: readonly Typed[]): FundLine[] =>
  rows.map(([name, fen, spending, project], i) => ({
    line: i + 2,
    account: resolveAccount(chart, name)!,
    fen,
    columns: { date: 0, voucher: 0 },
    ...(spending ? { spending } : {}),
    ...(project ? { project } : {}),
  }));
const statement = (rows: readonly Typed[], scope: Period['scope'] = '全部') =>
  buildStatement({ ...period, scope }, 0, lines(rows), chart);

describe('支出按性质: 基本支出 + 项目支出 = 支出合计, projects to exactly 100.00%', () => {
  const cases: {
    name: string;
    rows: Typed[];
    basic: number;
    project: number;
    /** [name, fen, share of 项目支出 in bp, lines] */
    projects: [string, number, number, number][];
    /** 基本支出 and 项目支出 shares of 支出合计, bp. */
    shares: [number, number];
  }[] = [
    {
      name: 'untyped lines count as 基本支出',
      rows: [
        ['会费收入', 500_000],
        ['文体活动支出', 100_000],
        ['建家活动支出', 303_000, '项目', '职工之家建设'],
        ['职工书屋活动支出', 50_000, '基本'],
      ],
      basic: 150_000,
      project: 303_000,
      projects: [['职工之家建设', 303_000, 10_000, 1]],
      shares: [3311, 6689],
    },
    {
      name: 'three equal projects: the leftover basis point goes to the earliest (largest remainder, tie)',
      rows: [
        ['文体活动支出', 100, '项目', '甲'],
        ['文体活动支出', 100, '项目', '乙'],
        ['文体活动支出', 100, '项目', '丙'],
      ],
      basic: 0,
      project: 300,
      projects: [
        ['甲', 100, 3334, 1],
        ['乙', 100, 3333, 1],
        ['丙', 100, 3333, 1],
      ],
      shares: [0, 10_000],
    },
    {
      name: 'a reversal (冲销) inside a project nets in its project',
      rows: [
        ['建家活动支出', 500_000, '项目', '职工之家建设'],
        ['建家活动支出', -20_000, '项目', '职工之家建设'],
        ['职工书屋活动支出', 130_000, '项目', '职工书屋建设'],
        ['其他支出', 2_500, '基本'],
      ],
      basic: 2_500,
      project: 610_000,
      projects: [
        ['职工之家建设', 480_000, 7869, 2],
        ['职工书屋建设', 130_000, 2131, 1],
      ],
      shares: [41, 9959],
    },
    {
      name: 'only 基本 stated: no project rows, 项目支出 0.00',
      rows: [
        ['文体活动支出', 100_000, '基本'],
        ['其他支出', 50_000],
      ],
      basic: 150_000,
      project: 0,
      projects: [],
      shares: [10_000, 0],
    },
  ];

  it.each(cases)('$name', ({ rows, basic, project, projects, shares }) => {
    const s = statement(rows);
    const items = spendingItems(s)!;
    expect(items.map((i) => i.kind)).toEqual(['basic', 'projects', ...projects.map(() => 'project'), 'total']);
    expect(items[0]!.fen).toBe(basic);
    expect(items[1]!.fen).toBe(project);
    expect(items.at(-1)!.fen).toBe(s.expense.totalFen);
    expect(basic + project).toBe(s.expense.totalFen);
    expect([items[0]!.expenseShareBp, items[1]!.expenseShareBp]).toEqual(shares);
    expect(
      items.filter((i) => i.kind === 'project').map((i) => [i.label, i.fen, i.projectShareBp, i.lineCount]),
    ).toEqual(projects);
    const c = spendingCheck(s)!;
    expect(c.projectSumFen).toBe(c.projectFen);
    expect(c.projectShareSumBp).toBe(projects.length ? 10_000 : 0);
    expect(spendingCheckTexts(s).every((t) => t.ok)).toBe(true);
  });

  it('is absent without 支出类型 / 项目名称, and for a period that publishes only its income', () => {
    expect(spendingItems(statement([['文体活动支出', 100]]))).toBeUndefined();
    expect(spendingItems(statement([['文体活动支出', 100, '项目', '甲']], '仅收入'))).toBeUndefined();
    expect(spendingView(statement([['文体活动支出', 100]]))).toBeUndefined();
  });

  it('says both figures of each check', () => {
    const s = statement([
      ['文体活动支出', 1_000_000, '基本'],
      ['建家活动支出', 303_000, '项目', '职工之家建设'],
    ]);
    expect(spendingCheckTexts(s).map((t) => t.text)).toEqual([
      '基本支出 10,000.00 + 项目支出 3,030.00 = 13,030.00，与支出合计 13,030.00 相符',
      '各项目之和 3,030.00 = 3,030.00，与项目支出 3,030.00 相符；各项目占比之和 100.00%',
    ]);
  });

  it('links a project’s line count to its first line on the ledger page that holds it', () => {
    const s = statement([
      ['文体活动支出', 1_000, '基本'],
      ['建家活动支出', 2_000, '项目', '职工之家建设'],
      ['建家活动支出', 3_000, '项目', '职工之家建设'],
    ]);
    const view = spendingView(s, new Map([[3, 2]]))!;
    expect(view.rows.find((r) => r.kind === 'project')).toMatchObject({
      label: '职工之家建设',
      amount: '50.00',
      projectShare: '100.00%',
      lines: '2 笔',
      ledgerPath: 'funds/2024/ledger/2/#l-3',
    });
    expect(spendingView(s)!.rows.every((r) => r.ledgerPath === undefined)).toBe(true);
  });

  it('property: any typed ledger splits into parts that sum to 支出合计, projects to exactly 10000 bp', () => {
    const names = ['职工之家建设', '职工书屋建设', '劳模创新工作室'];
    const row = fc.tuple(
      fc.constantFrom('文体活动支出', '建家活动支出', '职工书屋活动支出', '其他支出'),
      fc.integer({ min: 1, max: 5_000_000 }),
      fc.option(fc.constantFrom(...names), { nil: undefined }),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const s = statement(rows.map(([a, fen, p]): Typed => (p ? [a, fen, '项目', p] : [a, fen, '基本'])));
        const items = spendingItems(s)!;
        const projects = items.filter((i) => i.kind === 'project');
        expect(items[0]!.fen + items[1]!.fen).toBe(s.expense.totalFen);
        expect(projects.reduce((n, p) => n + p.fen, 0)).toBe(items[1]!.fen);
        expect(items[0]!.expenseShareBp! + items[1]!.expenseShareBp!).toBe(10_000);
        if (projects.length) expect(projects.reduce((n, p) => n + p.projectShareBp!, 0)).toBe(10_000);
        expect(items[0]!.lineCount + items[1]!.lineCount).toBe(rows.length);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../../src/lib/accounts/charts.ts';
import { projectExecution } from '../../../src/lib/budgets/budget-execution.ts';
import { readBudgetFile } from '../../../src/lib/budgets/budget-table.ts';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { projectBudgetRows } from '../../../src/lib/views/budget-rows.ts';
import { loadFixture } from '../../helpers/fixture.ts';

const chart = buildCharts().charts['2021'];

/** The 2023 ledger of the base fixture with 支出类型 / 项目名称: 职工之家建设 1,500.00 in two lines. */
const FUND_2023 =
  '日期,凭证号,科目,金额,摘要,支出类型,项目名称\n' +
  '2023-01-15,记-001,会费收入,1500.00,一季度会费,,\n' +
  '2023-04-15,记-002,会费收入,1500.00,二季度会费,,\n' +
  '2023-03-31,记-003,拨缴经费收入,5000.00,行政拨缴,,\n' +
  '2023-02-01,记-004,职工集体福利支出,4000.00,春节慰问品,基本,\n' +
  '2023-02-01,记-004,文体活动支出,500.00,春节联欢会,项目,职工之家建设\n' +
  '2023-05-20,记-005,困难职工帮扶支出,2000.00,困难职工帮扶,基本,\n' +
  '2023-06-30,记-006,文体活动支出,1000.00,羽毛球比赛,项目,职工之家建设\n';

const BUDGET_HEAD = '科目,项目名称,上年决算数,预算数,调整数\n';

describe('project budgets (科目 项目支出 with 项目名称)', () => {
  it('reads each project once with its amounts, apart from the account rows', () => {
    const issues = new IssueList();
    const file = readBudgetFile(
      'budgets/2023.csv',
      BUDGET_HEAD +
        '会费收入,,3000.00,3000.00,\n项目支出,职工之家建设,,1600.00,-200.00\n项目支出,职工书屋建设,,800.00,\n',
      chart,
      issues,
    );
    expect(issues.items).toEqual([]);
    expect(file.rows.map((r) => [r.line, r.account.name])).toEqual([[2, '会费收入']]);
    expect(file.projects).toEqual([
      { line: 3, project: '职工之家建设', column: 2, budgetFen: 160_000, adjustmentFen: -20_000 },
      { line: 4, project: '职工书屋建设', column: 2, budgetFen: 80_000, adjustmentFen: 0 },
    ]);
  });

  it.each([
    {
      name: 'a project budget in a file without the 项目名称 column',
      budget: '科目,预算数\n会费收入,3000.00\n项目支出,1600.00\n',
      expected: {
        line: 3,
        column: 1,
        code: 'budget.project-no-column',
        expected: '表头有“项目名称”列，这一行写明项目',
        found: '科目“项目支出”，没有“项目名称”列',
      },
    },
    {
      name: 'a project budget without its project',
      budget: BUDGET_HEAD + '项目支出,,,1600.00,\n',
      expected: { line: 2, column: 2, code: 'budget.project-empty', found: '空白' },
    },
    {
      name: 'a duplicate project row',
      budget: BUDGET_HEAD + '项目支出,职工之家建设,,1600.00,\n会费收入,,,3000.00,\n项目支出,职工之家建设,,200.00,\n',
      expected: {
        line: 4,
        column: 2,
        code: 'budget.duplicate-project',
        message: '项目“职工之家建设”的预算重复，第 2 行已填写',
        expected: '每个项目只填一行预算',
        found: '职工之家建设',
      },
    },
    {
      name: 'a 项目名称 on an account row',
      budget: BUDGET_HEAD + '文体活动支出,职工之家建设,,1600.00,\n',
      expected: { line: 2, column: 2, code: 'budget.project-on-account', expected: '空白', found: '职工之家建设' },
    },
  ])('stops at $name, at its cell', ({ budget, expected }) => {
    const { site, issues } = loadFixture({ 'funds/2023.csv': FUND_2023, 'budgets/2023.csv': budget });
    expect(site).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'budgets/2023.csv', ...expected });
    expect(issues[0]!.hint).toBeTruthy();
  });

  it('two projects may share a budget file with two budgets of accounts, each account still once', () => {
    const { issues } = loadFixture({
      'funds/2023.csv': FUND_2023,
      'budgets/2023.csv':
        BUDGET_HEAD + '会费收入,,,3000.00,\n项目支出,甲,,1.00,\n项目支出,乙,,1.00,\n会费收入,,,1.00,\n',
    });
    expect(issues.map((i) => [i.line, i.code])).toEqual([[5, 'budget.duplicate-account']]);
  });

  it('gives each project its actual from the ledger and its 完成率, flagged outside 90–110%', () => {
    const { site, notes } = loadFixture({
      'funds/2023.csv': FUND_2023,
      'budgets/2023.csv': BUDGET_HEAD + '会费收入,,,3000.00,\n项目支出,职工之家建设,,1600.00,-200.00\n',
    });
    const budget = site!.periods[1]!.budget!;
    expect(budget.projects).toEqual([
      {
        line: 3,
        project: '职工之家建设',
        budgetFen: 160_000,
        adjustmentFen: -20_000,
        adjustedFen: 140_000,
        actualFen: 150_000,
        rateBp: 10_714,
        differenceFen: 10_000,
        lineCount: 2,
      },
    ]);
    expect(notes.filter((n) => n.code.startsWith('budget.'))).toEqual([]);
    expect(
      projectBudgetRows(budget.projects).map((r) => [
        r.kind,
        r.name,
        r.adjusted,
        r.actual,
        r.rate,
        r.result,
        r.flagged,
      ]),
    ).toEqual([['project', '职工之家建设', '1,400.00', '1,500.00', '107.14%', '超支 100.00', false]]);
  });

  it.each([
    { budgetYuan: '1000.00', rate: 15_000, flagged: true },
    { budgetYuan: '1500.00', rate: 10_000, flagged: false },
    { budgetYuan: '1670.00', rate: 8982, flagged: true },
    { budgetYuan: '0.00', rate: null, flagged: false },
  ])('完成率 of 1,500.00 against a budget of $budgetYuan', ({ budgetYuan, rate, flagged }) => {
    const { site } = loadFixture({
      'funds/2023.csv': FUND_2023,
      'budgets/2023.csv': `${BUDGET_HEAD}项目支出,职工之家建设,,${budgetYuan},\n`,
    });
    const [row] = site!.periods[1]!.budget!.projects;
    expect(row!.rateBp).toBe(rate);
    expect(projectBudgetRows(site!.periods[1]!.budget!.projects)[0]!.flagged).toBe(flagged);
  });

  it('warns (never stops) when no ledger line names a budgeted project, at the budget cell', () => {
    const { site, notes } = loadFixture({
      'funds/2023.csv': FUND_2023,
      'budgets/2023.csv': BUDGET_HEAD + '项目支出,职工之家建设,,1500.00,\n项目支出,职工之家建设工程,,900.00,\n',
    });
    expect(site).toBeDefined();
    expect(notes.filter((n) => n.code === 'budget.project-not-in-ledger')).toEqual([
      {
        file: 'budgets/2023.csv',
        line: 3,
        column: 2,
        code: 'budget.project-not-in-ledger',
        message: '项目“职工之家建设工程”有预算，但2023年度的经费文件中没有这个项目的支出，完成率为 0.00%',
        expected: '经费文件“项目名称”列中的项目：职工之家建设',
        found: '职工之家建设工程',
        hint: '是否应为“职工之家建设”？项目尚未开始的可以不改',
      },
    ]);
    expect(site!.periods[1]!.budget!.projects[1]).toMatchObject({ actualFen: 0, rateBp: 0, lineCount: 0 });
  });

  it('has no project rows when the budget names none', () => {
    const { site } = loadFixture();
    expect(site!.periods[1]!.budget!.projects).toEqual([]);
    expect(projectExecution(site!.periods[1]!.statement, [])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { readWorkbooks } from '../../../src/build/read-workbooks.ts';
import { formatIssueReport } from '../../../src/lib/issues/data-issue.ts';
import { loadSite } from '../../../src/lib/site/load-site.ts';
import { statementPage } from '../../../src/lib/views/pages/statement-page.ts';
import { fixtureFiles } from '../../helpers/fixture.ts';
import { makeWorkbook, type TestCell } from '../../helpers/workbook.ts';

/** Loads the base fixture with overrides, reading its workbooks as the build does. */
function load(overrides: Record<string, string | Uint8Array | null>) {
  const files = fixtureFiles(overrides);
  const result = loadSite(files, { workbooks: readWorkbooks(files) });
  return { ...result, report: result.site ? '' : formatIssueReport(result.issues) };
}

const budget2023 = (rows: string) => ({ 'budgets/2023.csv': rows });
const budgetOf = (site: ReturnType<typeof load>['site']) =>
  site!.periods.find((p) => p.statement.period.id === '2023')!.budget!;

/** The fixture's 2022 fund file as a workbook: title, optional unit line, header, lines, footer. */
function fundWorkbook(unitLine: string | null, amountHeader: string, amounts: number[]): Uint8Array {
  const accounts = ['会费收入', '拨缴经费收入', '会员活动支出', '文体活动支出'];
  const rows: TestCell[][] = [
    ['2022年工会经费收支表', null],
    ...(unitLine ? [[unitLine, null]] : []),
    ['科目', amountHeader],
    ...accounts.map((a, i) => [a, amounts[i]!]),
    ['制表人：王会计', null],
  ];
  return makeWorkbook([{ name: '经费收支', rows, merges: ['A1:B1'] }]);
}

describe('budgets in 万元 (issue 11, item 7)', () => {
  it('reads every amount column of a 万元 budget exactly and says so on the statement page', () => {
    const { site, report } = load(
      budget2023(
        '科目,上年决算数（万元）,预算数（万元）,调整数（万元）\n会费收入,0.3,0.3,\n职工活动支出,0.8,0.6,0.05\n',
      ),
    );
    expect(report).toBe('');
    const budget = budgetOf(site);
    expect(budget.unit).toBe('万元');
    expect(budget.rows.map((r) => [r.account.name, r.priorActualFen, r.budgetFen, r.adjustmentFen])).toEqual([
      ['会费收入', 300_000, 300_000, 0],
      ['职工活动支出', 800_000, 600_000, 50_000],
    ]);
    const page = statementPage(site!, '2023');
    expect(page.notes).toContain('本期预算以万元填写，已精确换算为元');
  });

  it('gives the same figures as its 元 twin', () => {
    const yuan = budgetOf(load({}).site);
    const wan = budgetOf(
      load(
        budget2023(
          '科目,上年决算数(万元),本年预算数 (万元),调整数（万元）\n会费收入,0.3,0.3,\n职工活动支出,0.8,0.6,0.05\n',
        ),
      ).site,
    );
    expect(wan.rows).toEqual(yuan.rows);
    expect(yuan.unit).toBeUndefined();
  });

  it('stops at a 万元 budget amount with seven decimals', () => {
    const { site, report } = load(budget2023('科目,预算数（万元）\n会费收入,0.3000001\n'));
    expect(site).toBeUndefined();
    expect(report).toContain('budgets/2023.csv:2:2  “预算数（万元）”不是有效的万元金额：超过 6 位小数，不能精确到分');
  });

  it('still refuses another unit in a budget header', () => {
    const { report } = load(budget2023('科目,预算数（千元）\n会费收入,3\n'));
    expect(report).toContain('[table.unit]');
  });

  it('reads a budget workbook under a 单位：万元 line', () => {
    const bytes = makeWorkbook([
      {
        name: '预算',
        rows: [
          ['2023年工会经费预算表', null, null],
          ['单位：万元', null, null],
          ['科目', '上年决算数', '预算数'],
          ['会费收入', 0.3, 0.3],
          ['职工活动支出', 0.8, 0.6],
        ],
      },
    ]);
    const { site, report } = load({ 'budgets/2023.csv': null, 'budgets/2023.xlsx': bytes });
    expect(report).toBe('');
    const budget = budgetOf(site);
    expect(budget.unit).toBe('万元');
    expect(budget.rows.map((r) => r.budgetFen)).toEqual([300_000, 600_000]);
  });
});

describe('fund workbooks in 万元 (issue 11, item 7)', () => {
  const csvTwin = load({}).site!.periods[0]!.statement;

  it.each([
    ['a 单位：万元 line', '单位：万元', '金额'],
    ['a 金额（万元） header', null, '金额（万元）'],
    ['both, agreeing', '单位：万元', '金额（万元）'],
  ])('reads %s to the same figures as the CSV twin, shown as 万元', (_name, unitLine, header) => {
    const { site, report } = load({
      'funds/2022.csv': '科目,金额（万元）\n会费收入,0.3\n拨缴经费收入,0.7\n会员活动支出,0.6\n文体活动支出,0.2\n',
    });
    expect(report).toBe('');
    const fromCsv = site!.periods[0]!;
    const workbook = load({
      'funds/2022.csv': null,
      'funds/2022.xlsx': fundWorkbook(unitLine, header, [0.3, 0.7, 0.6, 0.2]),
    });
    expect(workbook.report).toBe('');
    const data = workbook.site!.periods[0]!;
    expect(data.unit).toBe('万元');
    expect(data.statement.income.totalFen).toBe(fromCsv.statement.income.totalFen);
    expect(data.statement.expense.totalFen).toBe(800_000);
    expect(data.statement.closingFen).toBe(fromCsv.statement.closingFen);
    expect(csvTwin.period.id).toBe('2022');
  });

  it('stops at a 金额（元） header under a 单位：万元 line, at the header cell', () => {
    const { site, report } = load({
      'funds/2022.csv': null,
      'funds/2022.xlsx': fundWorkbook('单位：万元', '金额（元）', [3000, 7000, 6000, 2000]),
    });
    expect(site).toBeUndefined();
    expect(report).toContain('[xlsx.unit-conflict]');
    expect(report).toContain('B3');
  });

  it('stops at a 万元 cell with seven decimals, naming the cell', () => {
    const { site, report } = load({
      'funds/2022.csv': null,
      'funds/2022.xlsx': fundWorkbook(null, '金额（万元）', [0.3, 0.7, 0.6000001, 0.2]),
    });
    expect(site).toBeUndefined();
    expect(report).toContain('超过 6 位小数，不能精确到分');
    expect(report).toContain('B5，即第 5 行第 2 列');
  });
});

import { describe, expect, it } from 'vitest';
import { type BudgetFigures, budgetFlags } from '../../../../src/lib/audit/flags/budget-flags.ts';

function row(
  name: string,
  code: string,
  adjusted: number,
  actual: number,
  kind: 'income' | 'expense' = 'expense',
): BudgetFigures {
  const adjustedFen = adjusted * 100;
  const actualFen = actual * 100;
  return {
    accountCode: code,
    accountName: name,
    categoryCode: code.slice(0, 3),
    kind,
    adjustedFen,
    actualFen,
    rateBp: adjustedFen === 0 ? null : Math.round((actualFen * 10_000) / adjustedFen),
  };
}

const bounds = { upperBp: 11_000, lowerBp: 5_000 };

describe('budgetFlags', () => {
  it('flags expense lines above the upper bound, below the lower bound, and spending without a budget', () => {
    const rows = [
      row('资本性支出', '507', 6000, 18600),
      row('职工书屋支出', '50304', 7900, 2000),
      row('文体活动支出', '50102', 0, 300),
    ];
    const spent = [
      { accountCode: '50102', accountName: '文体活动支出', categoryCode: '501', fen: 30_000 },
      { accountCode: '51001', accountName: '其他支出', categoryCode: '510', fen: 8_500 },
    ];
    const groups = budgetFlags(rows, spent, bounds);
    expect(groups.map((g) => [g.rule, g.summary])).toEqual([
      ['budget-over', '资本性支出：完成率 310.00%'],
      ['budget-under', '职工书屋支出：完成率 25.32%'],
      ['budget-over', '文体活动支出：预算为 0，决算 300.00 元'],
      ['no-budget', '其他支出：支出 85.00 元，没有预算'],
    ]);
  });

  it('does not flag lines within the bounds, income, or accounts whose category has a budget', () => {
    const rows = [
      row('职工活动支出', '501', 1000, 1100),
      row('会费收入', '401', 1000, 2000, 'income'),
      row('业务支出', '505', 1000, 500),
    ];
    const spent = [{ accountCode: '50102', accountName: '文体活动支出', categoryCode: '501', fen: 30_000 }];
    expect(budgetFlags(rows, spent, bounds)).toEqual([]);
  });
});

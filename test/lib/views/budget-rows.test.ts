import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/lib/accounts/account.ts';
import type { BudgetExecutionRow } from '../../../src/lib/budgets/budget-execution.ts';
import { budgetCharts, budgetResult, budgetRows } from '../../../src/lib/views/budget-rows.ts';

const account = (code: string, name: string, kind: 'income' | 'expense', level: 1 | 2 = 1): Account => ({
  code,
  name,
  kind,
  level,
  parentCode: code.slice(0, 3),
  categoryCode: code.slice(0, 3),
  system: '2021',
  origin: 'official',
  aliases: [],
});

function row(
  a: Account,
  budgetFen: number,
  actualFen: number,
  adjustmentFen = 0,
  priorActualFen?: number,
): BudgetExecutionRow {
  const adjustedFen = budgetFen + adjustmentFen;
  return {
    account: a,
    ...(priorActualFen === undefined ? {} : { priorActualFen }),
    budgetFen,
    adjustmentFen,
    adjustedFen,
    actualFen,
    rateBp: adjustedFen === 0 ? null : Math.round((actualFen * 10000) / adjustedFen),
    differenceFen: actualFen - adjustedFen,
  };
}

describe('budgetResult says over- and under-execution in words, never with an arrow', () => {
  it.each([
    ['expense above budget', '支出', 100000, 112000, '超支 120.00'],
    ['expense below budget', '支出', 1740000, 1500000, '结余 2,400.00'],
    ['income above budget', '收入', 5400000, 5508300, '超收 1,083.00'],
    ['income below budget', '收入', 2500000, 2000000, '短收 5,000.00'],
    ['exactly on budget', '支出', 2500000, 2500000, '持平'],
  ] as const)('%s', (_name, side, adjusted, actual, words) => {
    expect(budgetResult(side, adjusted, actual)).toBe(words);
  });
});

describe('budgetRows', () => {
  const rows = [
    row(account('501', '职工活动支出', 'expense'), 17110000, 16599500, 0, 16742500),
    row(account('50105', '会员活动支出', 'expense', 2), 13970000, 13770500, 0, 13897500),
    row(account('401', '会费收入', 'income'), 5400000, 5508300, 0, 5236850),
    row(account('504', '维权支出', 'expense'), 1740000, 1500000, 100000),
  ];
  const view = budgetRows(rows);

  it('puts income first, keeps file order, and closes each side with its 合计 over level 1 rows only', () => {
    expect(view.map((r) => `${r.side}${r.kind === 'total' ? '=' : ''}${r.name}`)).toEqual([
      '收入会费收入',
      '收入=收入合计',
      '支出职工活动支出',
      '支出会员活动支出',
      '支出维权支出',
      '支出=支出合计',
    ]);
    const total = view.at(-1)!;
    expect(total.budget).toBe('188,500.00'); // 171,100.00 + 17,400.00, not the 明细 again
    expect(total.adjustment).toBe('1,000.00');
    expect(total.adjusted).toBe('189,500.00');
    expect(total.actual).toBe('180,995.00');
    expect(total.rate).toBe('95.51%');
    expect(total.result).toBe('结余 8,505.00');
  });

  it('leaves the total 上年决算数 open when a level 1 row has none', () => {
    expect(view.at(-1)!.priorActual).toBe('—');
    expect(view[1]!.priorActual).toBe('52,368.50');
  });

  it('marks execution outside 90%–110% (维权 15,000 of 18,400 = 81.52%)', () => {
    expect(view.find((r) => r.name === '维权支出')).toMatchObject({ rate: '81.52%', flagged: true });
    expect(view.find((r) => r.name === '职工活动支出')).toMatchObject({ rate: '97.02%', flagged: false });
  });

  it('charts level 1 accounts only, with the rate and outcome beside each bar', () => {
    const charts = budgetCharts(rows);
    expect(charts.map((c) => c.key)).toEqual(['income', 'expense']);
    expect(charts[1]!.bars.map((b) => b.label)).toEqual(['职工活动支出', '维权支出']);
    expect(charts[1]!.bars[1]).toMatchObject({
      budgetFen: 1840000,
      actualFen: 1500000,
      valueText: '81.52%　结余 3,400.00',
    });
    expect(charts[0]!.description).toContain(
      '会费收入 预算 54,000.00 元，决算 55,083.00 元，完成率 102.01%　超收 1,083.00',
    );
  });
});

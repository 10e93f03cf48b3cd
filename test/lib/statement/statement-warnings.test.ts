import { describe, expect, it } from 'vitest';
import type { Period } from '../../../src/lib/periods/period.ts';
import type { Statement } from '../../../src/lib/statement/statement.ts';
import { statementWarnings } from '../../../src/lib/statement/statement-warnings.ts';

const period: Period = {
  id: '2024',
  label: '2024年度',
  start: '2024-01-01',
  end: '2024-12-31',
  line: 6,
  system: '2021',
  systemStated: true,
  scope: '全部',
  columns: { opening: 5, closing: 6 },
};
const side = (kind: 'income' | 'expense', totalFen: number) => ({ kind, totalFen, categories: [] });
const statement = (
  openingFen: number,
  income: number,
  expense: number,
  scope: Period['scope'] = '全部',
): Statement => ({
  period: { ...period, scope },
  openingFen,
  income: side('income', income),
  expense: side('expense', expense),
  surplusFen: income - expense,
  closingFen: openingFen + income - expense,
  openingCarryFen: 0,
  closingCarryFen: 0,
  isLedger: false,
  lineCount: 0,
});

describe('statementWarnings', () => {
  it.each([
    ['none for an ordinary year', statement(100_00, 50_00, 60_00), []],
    [
      'a deficit larger than the opening, so a negative closing',
      statement(100_00, 50_00, 200_00),
      ['balance.negative-closing', 'balance.deficit-exceeds-opening'],
    ],
    ['a surplus larger than the opening', statement(100_00, 300_00, 100_00), ['balance.surplus-exceeds-opening']],
    ['nothing for a period that publishes one side only', statement(100_00, 50_00, 0, '仅收入'), []],
  ])('%s', (_, s, codes) => {
    expect(statementWarnings(s, 'periods.csv').map((w) => w.code)).toEqual(codes);
  });

  it('gives the figures', () => {
    const [w] = statementWarnings(statement(100_00, 50_00, 200_00), 'periods.csv');
    expect(w).toMatchObject({
      line: 6,
      message: '期间“2024年度”的期末结余为负数（-50.00 元）：支出超过了可用资金',
      detail: '期初 100.00 + 本期收支差额 -150.00 = 期末 -50.00',
    });
  });
});

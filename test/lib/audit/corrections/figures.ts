import type { PeriodFigures } from '../../../../src/lib/audit/corrections/period-figures.ts';

/** Hand-made figures in yuan: opening + income − expense = closing, accounts 401 会费 and 50104 福利. */
export function figures(opening: number, dues: number, welfare: number): PeriodFigures {
  const f = (yuan: number) => Math.round(yuan * 100);
  return {
    openingFen: f(opening),
    incomeFen: f(dues),
    expenseFen: f(welfare),
    closingFen: f(opening + dues - welfare),
    accounts: [
      { code: '401', name: '会费收入', fen: f(dues) },
      { code: '501', name: '职工活动支出', fen: f(welfare) },
      { code: '50104', name: '职工集体福利支出', fen: f(welfare) },
    ],
  };
}

export const DIGEST = 'a'.repeat(64);

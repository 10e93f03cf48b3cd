import type { Account } from '../accounts/account.ts';
import type { Period } from '../periods/period.ts';
import type { Statement } from '../statement/statement.ts';
import { findOnStatement } from '../statement/find-on-statement.ts';

/** The period an ISO date falls in (start and end inclusive), if any. */
export function periodOf(date: string, periods: readonly Period[]): Period | undefined {
  return periods.find((p) => p.start <= date && date <= p.end);
}

/**
 * What a statement shows for an account, in fen, at its level (category, 明细 or the union's
 * own 明细); 0 when the account has no line.
 */
export function statementAmount(statement: Statement, account: Account): number {
  if (account.system === statement.period.system) return findOnStatement(statement, account)?.fen ?? 0;
  // An account of the other 制度: the line of the same name, if the statement has one.
  for (const side of [statement.income, statement.expense]) {
    for (const category of side.categories) {
      if (category.account.name === account.name) return category.fen;
      for (const line of category.lines) {
        if (line.account.name === account.name) return line.fen;
        const child = line.children.find((c) => c.account.name === account.name);
        if (child) return child.fen;
      }
    }
  }
  return 0;
}

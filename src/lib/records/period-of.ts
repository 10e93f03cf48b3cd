import type { Account } from '../accounts/account.ts';
import type { Period } from '../periods/period.ts';
import type { Statement } from '../statement/statement.ts';

/** The period an ISO date falls in (start and end inclusive), if any. */
export function periodOf(date: string, periods: readonly Period[]): Period | undefined {
  return periods.find((p) => p.start <= date && date <= p.end);
}

/**
 * What a statement shows for an account, in fen: the account's own total for a level 2
 * account, the category total for a level 1 account, 0 when the account has no line.
 */
export function statementAmount(statement: Statement, account: Account): number {
  const side = account.kind === 'income' ? statement.income : statement.expense;
  const category = side.categories.find((c) => c.account.code === account.parentCode);
  if (!category) return 0;
  if (account.level === 1) return category.fen;
  return category.lines.find((l) => l.account.code === account.code)?.fen ?? 0;
}

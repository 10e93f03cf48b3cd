import type { Account } from '../accounts/account.ts';
import type { Statement } from './statement.ts';

/** An account's figures on a statement at whatever level it sits: total in fen, share of its side in bp. */
export interface FiguresOnStatement {
  fen: number;
  shareBp: number;
}

/** The account's total and share on the statement (level 1, 2 or 3); undefined when nothing was booked to it. */
export function findOnStatement(statement: Statement, account: Account): FiguresOnStatement | undefined {
  const side = account.kind === 'income' ? statement.income : statement.expense;
  const category = side.categories.find((c) => c.account.code === account.categoryCode);
  if (!category) return undefined;
  if (account.level === 1) return { fen: category.fen, shareBp: category.shareBp };
  for (const line of category.lines) {
    if (line.account.code === account.code) return { fen: line.fen, shareBp: line.shareBp };
    const child = line.children.find((c) => c.account.code === account.code);
    if (child) return { fen: child.fen, shareBp: child.shareBp };
  }
  return undefined;
}

import type { Account, AccountKind } from '../accounts/account.ts';
import type { FundLine } from '../funds/fund-line.ts';
import type { Period } from '../periods/period.ts';

/** One account's total on a statement. */
export interface StatementLine {
  account: Account;
  /** Sum of the account's lines, in fen. */
  fen: number;
  /** Share of the side's total (total income for income, total expense for expense), in basis points (7866 = 78.66%). */
  shareBp: number;
  /** The fund lines booked to this account, in file order. */
  entries: readonly FundLine[];
}

/** One level 1 category (会费收入, 职工活动支出, …) with its accounts. */
export interface StatementCategory {
  account: Account;
  fen: number;
  /** Share of the side's total in basis points; the categories of a side sum to 10000. */
  shareBp: number;
  /** Accounts under the category, by code; their shares are over the side's total too. */
  lines: StatementLine[];
}

/** Income or expense of a statement. */
export interface StatementSide {
  kind: AccountKind;
  totalFen: number;
  categories: StatementCategory[];
}

/** A period's fund statement (收支表): opening + income − expense = closing. All money in fen. */
export interface Statement {
  period: Period;
  openingFen: number;
  income: StatementSide;
  expense: StatementSide;
  /** income − expense; may be negative. */
  surplusFen: number;
  closingFen: number;
  /** True when the data is a ledger (several lines per account or dated lines), so lines can be drilled into. */
  isLedger: boolean;
  lineCount: number;
}

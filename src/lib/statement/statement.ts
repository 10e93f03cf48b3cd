import type { Account, AccountKind } from '../accounts/account.ts';
import type { FundLine } from '../funds/fund-line.ts';
import type { Period } from '../periods/period.ts';

/**
 * One account's total on a statement, at level 2 or 3. A level 2 line with 明细 has them in
 * `children`; when money was also booked to the level 2 account itself, that part is a
 * child whose account is the line's own account, so the children always sum to the line.
 */
export interface StatementLine {
  account: Account;
  /** Sum of the account's lines (with its children's), in fen. */
  fen: number;
  /**
   * Share of the side's total in basis points (7866 = 78.66%), over the true denominator.
   * The parent's share is split among its children by largest remainder, so the lines of
   * a category sum to the category's share and every level of a side sums to 10000.
   */
  shareBp: number;
  /** The fund lines booked to this account and its children, in file order. */
  entries: readonly FundLine[];
  /** Level 3 lines under a level 2 line, by code; empty when it has none. */
  children: StatementLine[];
}

/** One level 1 category (会费收入, 职工活动支出, …) with its accounts. */
export interface StatementCategory {
  account: Account;
  fen: number;
  /** Share of the side's total in basis points; the categories of a side sum to 10000. */
  shareBp: number;
  /** Accounts under the category, by code (the category itself when money was booked to it directly). */
  lines: StatementLine[];
}

/** Income or expense of a statement. */
export interface StatementSide {
  kind: AccountKind;
  totalFen: number;
  categories: StatementCategory[];
}

/**
 * A period's fund statement (收支表 / 收入支出表): opening + income − expense = closing. All
 * money in fen. The opening and closing 结转结余 split into 结转 (restricted, 专项) and 结余
 * (the rest); without stated 结转 all is 结余.
 */
export interface Statement {
  period: Period;
  openingFen: number;
  income: StatementSide;
  expense: StatementSide;
  /** income − expense; may be negative. */
  surplusFen: number;
  closingFen: number;
  /** 年初资金结转 (part of `openingFen`), in fen; 0 when none. */
  openingCarryFen: number;
  /** 年末资金结转 (part of `closingFen`), in fen; 0 when none. */
  closingCarryFen: number;
  /** 基本支出 / 项目支出, when the fund file has the 支出类型 or 项目名称 column filled. basic + project = expense total. */
  spending?: SpendingSplit;
  /** True when the data is a ledger (several lines per account or dated lines), so lines can be drilled into. */
  isLedger: boolean;
  lineCount: number;
}

/** 项目支出 of one project: its total and share of all 项目支出. */
export interface ProjectSpending {
  name: string;
  fen: number;
  /** Share of the 项目支出 total in basis points; the projects sum to 10000. */
  shareBp: number;
  /** Expense lines naming the project. */
  lineCount: number;
  /** The fund file line of the project's first line (file order). */
  firstLine: number;
}

/** The split of expense into 基本支出 and 项目支出 (by project), when the fund file states it. */
export interface SpendingSplit {
  /** 基本支出 in fen: expense lines of type 基本 and those left without a type. */
  basicFen: number;
  /** 项目支出 in fen: the sum of `projects`. */
  projectFen: number;
  /** Projects by first appearance in the file. */
  projects: ProjectSpending[];
}

/** Every line of a side at level 2 (the category's own lines), in order. */
export function level2Lines(side: StatementSide): StatementLine[] {
  return side.categories.flatMap((c) => c.lines);
}

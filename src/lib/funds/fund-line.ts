import type { Account } from '../accounts/account.ts';

/** One line of a fund file: money booked to one account. */
export interface FundLine {
  /** 1-based line in the fund file. */
  line: number;
  account: Account;
  /** Amount in fen; negative for a reversal (冲销). Direction comes from `account.kind`. */
  fen: number;
  /** ISO date, when the file has dates. */
  date?: string;
  voucher?: string;
  /** 摘要: plain text, always rendered as text. */
  memo?: string;
  /** 支出类型 of an expense line, when the file has the column: 基本支出 or 项目支出. */
  spending?: '基本' | '项目';
  /** 项目名称 of a 项目支出 line. */
  project?: string;
  /** Field numbers of the date, voucher and memo cells, for messages (0 when the file has none). */
  columns: { date: number; voucher: number; memo?: number };
}

/** A total row (收入合计, 支出合计, 某类合计/小计) stated in a fund file, checked against its parts. */
export interface StatedTotal {
  line: number;
  column: number;
  /** What the total covers: all income, all expense, or one account with the accounts under it. */
  scope: { kind: 'income' | 'expense' } | { account: Account };
  fen: number;
  /** The text staff wrote, e.g. "支出合计". */
  label: string;
}

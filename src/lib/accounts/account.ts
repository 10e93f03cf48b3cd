/** Whether an account records money coming in or going out. Decided by the account, never by the sign of an amount. */
export type AccountKind = 'income' | 'expense';

/** Which accounting system an account belongs to. */
export type AccountSystem = '2021' | 'legacy' | 'local';

/**
 * One account (科目) of the chart. Level 1 accounts are the categories of the statement
 * (会费收入, 职工活动支出, …); level 2 accounts belong to exactly one level 1 account.
 */
export interface Account {
  /** Unique code, e.g. "501" or "50104". */
  code: string;
  /** Unique display name, e.g. "职工集体福利支出". */
  name: string;
  kind: AccountKind;
  level: 1 | 2;
  /** Code of the level 1 account; equal to `code` for level 1 accounts. */
  parentCode: string;
  system: AccountSystem;
  /** Other names staff may write for this account (legacy names, short forms). */
  aliases: readonly string[];
}

/** A chart of accounts with lookup tables. Build it with `createChart`. */
export interface Chart {
  accounts: readonly Account[];
  byCode: ReadonlyMap<string, Account>;
  /** Normalised name or alias → account. */
  byName: ReadonlyMap<string, Account>;
}

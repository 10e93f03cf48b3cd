/** Whether an account records money coming in or going out. Decided by the account, never by the sign of an amount. */
export type AccountKind = 'income' | 'expense';

/**
 * The 《工会会计制度》 a period is kept under: "2009" (财会〔2009〕7号, periods up to
 * 2021-12-31) or "2021" (财会〔2021〕7号, from 2022-01-01). A code means something only
 * together with its 制度 (503 is 业务支出 under 2009 and 职工服务支出 under 2021).
 */
export type AccountingSystem = '2009' | '2021';

/** Every 会计制度, oldest first. */
export const ACCOUNTING_SYSTEMS: readonly AccountingSystem[] = ['2009', '2021'];

/** Where an account comes from: the 制度 itself, the informal names of older reports, or accounts.csv. */
export type AccountOrigin = 'official' | 'legacy' | 'local';

/** The two lists of the 2021 制度: accounts of 基层工会 and of 县级以上工会 (a grassroots union may use both). */
export type UnionLevel = '基层工会' | '县级以上工会';

/**
 * One account (科目) of a chart. Level 1 accounts are the statement's categories (会费收入,
 * 职工活动支出, …), level 2 the 明细科目 (50105 会员活动支出), level 3 the union's own
 * further 明细 (节日慰问). Each account below level 1 has exactly one parent one level up.
 */
export interface Account {
  /** Code, unique within its chart, e.g. "501", "50105" or "5010501". */
  code: string;
  /** Display name, unique within its chart, e.g. "会员活动支出". */
  name: string;
  kind: AccountKind;
  level: 1 | 2 | 3;
  /** Code of the parent account (one level up); equal to `code` for level 1 accounts. */
  parentCode: string;
  /** Code of the level 1 account the account belongs to; equal to `code` for level 1 accounts. */
  categoryCode: string;
  /** The 制度 whose chart holds the account. */
  system: AccountingSystem;
  origin: AccountOrigin;
  /** Other names staff may write for this account (short forms, older wordings). */
  aliases: readonly string[];
  /** For level 1 accounts of the 2021 制度: the lists (基层工会, 县级以上工会) that name it. */
  lists?: readonly UnionLevel[];
}

/** A chart of accounts of one 制度 with lookup tables. Build it with `createChart`. */
export interface Chart {
  accounts: readonly Account[];
  byCode: ReadonlyMap<string, Account>;
  /** Normalised name or alias → account. */
  byName: ReadonlyMap<string, Account>;
  /** Normalised name → the accounts that share it (the 制度 repeats a few 明细 names); such names resolve only with their parent. */
  ambiguous: ReadonlyMap<string, readonly Account[]>;
}

/** The chart of each 制度. */
export type Charts = Readonly<Record<AccountingSystem, Chart>>;

/** "2021年《工会会计制度》" — how pages and messages name a 制度. */
export function systemLabel(system: AccountingSystem): string {
  return system === '2021' ? '2021年《工会会计制度》（财会〔2021〕7号）' : '2009年《工会会计制度》（财会〔2009〕7号）';
}

/** The short form "2021年制度" / "2009年制度". */
export function systemShortLabel(system: AccountingSystem): string {
  return `${system}年制度`;
}

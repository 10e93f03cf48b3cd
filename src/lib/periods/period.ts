import type { AccountingSystem } from '../accounts/account.ts';

/** 公开范围: which sides of the statement a period publishes. */
export type DisclosureScope = '全部' | '仅收入' | '仅支出';

/** A reporting period as declared in periods.csv. Dates are ISO "YYYY-MM-DD", inclusive. */
export interface Period {
  /** `[A-Za-z0-9_-]+`; also the name of the period's fund file. */
  id: string;
  /** Display label, e.g. "2019—2020年度". */
  label: string;
  start: string;
  end: string;
  /** 期初结余 in fen, when declared (required for the first period). */
  openingDeclared?: number;
  /** 期末结余 in fen, when declared; checked against the computed closing. */
  closingDeclared?: number;
  /** 公开日期: the day the period's fund statement was disclosed, when recorded (≥ end). */
  publishedOn?: string;
  /** 预算公开日期: the day the period's budget was disclosed, when recorded. */
  budgetPublishedOn?: string;
  /** 会计制度 the period was kept under: stated, or 2009 for periods ending before 2022-01-01, else 2021. */
  system: AccountingSystem;
  /** True when periods.csv states the 会计制度 (false: inferred from the end date). */
  systemStated: boolean;
  /** 期初结转 (restricted part of the opening balance) in fen, when declared. */
  openingCarryDeclared?: number;
  /** 期末结转 (restricted part of the closing balance) in fen, when declared. */
  closingCarryDeclared?: number;
  /** 公开范围: 全部 (default), 仅收入 or 仅支出. */
  scope: DisclosureScope;
  /** Line of the period in periods.csv, for messages. */
  line: number;
  /** Field numbers of the balance and label cells in periods.csv, for messages (0 when absent). */
  columns: {
    opening: number;
    closing: number;
    label?: number;
    system?: number;
    openingCarry?: number;
    closingCarry?: number;
  };
}

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
  /** Line of the period in periods.csv, for messages. */
  line: number;
  /** Field numbers of the balance and label cells in periods.csv, for messages (0 when absent). */
  columns: { opening: number; closing: number; label?: number };
}

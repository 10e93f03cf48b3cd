/** What the footer prints so that two printouts can be told apart. */
export interface DataStamp {
  /** The build date (ISO "YYYY-MM-DD"), printed as 生成日期. */
  date: string;
  /**
   * 数据截至: the latest date in the data not after the build date (see dataUntil), or
   * undefined when the data holds no date. Never the build date passed off as the data's.
   */
  dataUntil?: string;
  /** SHA-256 over the data files, 64 lowercase hex digits. */
  digest: string;
  /** Its first 12 hex digits, as printed. */
  short: string;
  /** Number of data files digested. */
  files: number;
}

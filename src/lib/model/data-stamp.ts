/** What the footer prints so that two printouts can be told apart. */
export interface DataStamp {
  /** The build date (ISO "YYYY-MM-DD"). */
  date: string;
  /** SHA-256 over the data files, 64 lowercase hex digits. */
  digest: string;
  /** Its first 12 hex digits, as printed. */
  short: string;
  /** Number of data files digested. */
  files: number;
}

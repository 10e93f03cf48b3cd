/** A check the build performed and passed, shown to auditors with its inputs. */
export interface PassedCheck {
  code: string;
  /** What was checked, in Chinese. */
  label: string;
  /** The figures that were compared, in Chinese, e.g. "32,222.59 + 387,362.60 − 349,550.60 = 70,034.59". */
  detail: string;
}

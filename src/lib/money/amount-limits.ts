import type { IssueList } from '../issues/data-issue.ts';

/**
 * The largest amount one cell may hold, in fen: 10^13 fen = 1000 亿元. Far above any union
 * figure, and small enough that exact integer arithmetic is guaranteed (see below).
 */
export const MAX_AMOUNT_FEN = 10 ** 13;

/**
 * The largest sum of absolute amounts one file may hold, in fen: 10^14 fen = 1 万亿元.
 * Every figure of the site is a sum over one file's amounts (a statement over one fund file,
 * aid or activities over one table), so each stays within ±10^14 fen; a balance carried
 * over n periods stays within 10^13 + n × 10^14 fen, below 2^53 − 1 ≈ 9.007 × 10^15 (the
 * limit of exact integers) for any n ≤ 89. So no sum loses a fen and no share computation
 * fails on a too-large total.
 */
export const MAX_FILE_TOTAL_FEN = 10 ** 14;

/**
 * Adds up the absolute amounts of one file and reports, once, the row at which the sum
 * passes {@link MAX_FILE_TOTAL_FEN}. Exact: the running sum stays below 2^53 because every
 * amount is at most {@link MAX_AMOUNT_FEN}.
 */
export class FileTotal {
  private sum = 0;
  private reported = false;
  private readonly file: string;
  private readonly issues: IssueList;

  constructor(file: string, issues: IssueList) {
    this.file = file;
    this.issues = issues;
  }

  /** Adds one amount (fen) of row `line`, column `column`; false once the file is over the limit. */
  add(fen: number, line: number, column: number): boolean {
    if (this.reported) return false;
    this.sum += Math.abs(fen);
    if (this.sum <= MAX_FILE_TOTAL_FEN) return true;
    this.reported = true;
    this.issues.add({
      file: this.file,
      line,
      column,
      code: 'amount.file-total-too-large',
      message: '到这一行为止，文件中的金额合计超过 1 万亿元，超出本系统的计算范围',
      expected: '一个文件中所有金额（取绝对值）合计不超过 1,000,000,000,000.00 元',
      found: '超过上限',
      hint: '金额是否多输了几位数字，或把“分”当成了“元”？',
    });
    return false;
  }
}

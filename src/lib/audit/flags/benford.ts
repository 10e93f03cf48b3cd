import { largestRemainder } from '../../shares/largest-remainder.ts';
import type { AuditLine } from './audit-line.ts';
import { BENFORD_MIN_LINES } from './thresholds.ts';

/** Benford's expected shares of the first digits 1–9, in basis points (log10(1 + 1/d), summing to 10000). */
export const BENFORD_EXPECTED_BP = [3010, 1761, 1249, 969, 792, 669, 580, 512, 458] as const;

/** One row of the first-digit table. */
export interface BenfordRow {
  digit: number;
  count: number;
  /** Share of the sample, basis points (largest remainder: the rows sum to exactly 10000). */
  shareBp: number;
  expectedBp: number;
}

/** The first-digit table of a period, with its sample size. */
export interface BenfordTable {
  /** Lines counted: every line with a non-zero amount. */
  sampleSize: number;
  rows: BenfordRow[];
}

/** The first significant digit of a non-zero amount in fen (the same in yuan). */
export function firstDigit(fen: number): number {
  // By division, not through a string: a ledger has an amount on each of its many lines.
  let n = Math.abs(fen);
  while (n >= 10) n = Math.floor(n / 10);
  return n;
}

/**
 * 首位数字分布 (Benford): how often each first digit occurs among the period's amounts,
 * beside the shares Benford's law expects. Only for at least {@link BENFORD_MIN_LINES} lines
 * with a non-zero amount; otherwise undefined (a small sample says nothing).
 */
export function benfordTable(lines: readonly AuditLine[]): BenfordTable | undefined {
  const counts = new Array<number>(9).fill(0);
  let sampleSize = 0;
  for (const line of lines) {
    if (line.fen === 0) continue;
    counts[firstDigit(line.fen) - 1]!++;
    sampleSize++;
  }
  if (sampleSize < BENFORD_MIN_LINES) return undefined;
  const shares = largestRemainder(counts);
  return {
    sampleSize,
    rows: counts.map((count, i) => ({ digit: i + 1, count, shareBp: shares[i]!, expectedBp: BENFORD_EXPECTED_BP[i]! })),
  };
}

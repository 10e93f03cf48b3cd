/**
 * Ratios and percentages in basis points (bp): 1 bp = 0.01 %, so 10000 bp = 100.00 %.
 * All arithmetic is exact (BigInt); results are integers rounded half away from zero.
 * Every function throws a RangeError for an argument that is not a safe integer, or
 * when the result would not be a safe integer (e.g. 1e12 fen over 1 fen in bp).
 */

function assertSafeInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer, got ${value}`);
  }
}

/** a / b rounded half away from zero; b must be non-zero. */
function divideHalfAwayFromZero(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  let quotient = absA / absB;
  if ((absA % absB) * 2n >= absB) quotient += 1n;
  return negative ? -quotient : quotient;
}

function toSafeNumber(value: bigint): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new RangeError(`result ${value} is not a safe integer`);
  return result === 0 ? 0 : result;
}

/**
 * numerator / denominator in basis points, rounded half away from zero:
 * ratioBasisPoints(2, 3) → 6667 (66.67 %). Both arguments are safe integers in the
 * same unit (e.g. fen, or persons). Returns null when the denominator is 0.
 * Used for shares, 完成率 (决算 / 预算) and membership rates.
 */
export function ratioBasisPoints(numerator: number, denominator: number): number | null {
  assertSafeInteger('numerator', numerator);
  assertSafeInteger('denominator', denominator);
  if (denominator === 0) return null;
  return toSafeNumber(divideHalfAwayFromZero(BigInt(numerator) * 10_000n, BigInt(denominator)));
}

/**
 * Relative change (current − previous) / |previous| in basis points, rounded half
 * away from zero: percentChange(200, 150) → -2500 (−25.00 %). Both arguments are safe
 * integers in the same unit. Returns null when previous is 0 (no base to compare with).
 * For a change of a rate use the difference in bp (percentage points) instead.
 */
export function percentChange(previous: number, current: number): number | null {
  assertSafeInteger('previous', previous);
  assertSafeInteger('current', current);
  if (previous === 0) return null;
  const change = (BigInt(current) - BigInt(previous)) * 10_000n;
  return toSafeNumber(divideHalfAwayFromZero(change, BigInt(Math.abs(previous))));
}

/**
 * Integer division rounded half away from zero, e.g. fen per member:
 * divideRounded(1000, 3) → 333, divideRounded(5, 2) → 3, divideRounded(-5, 2) → -3.
 * Both arguments are safe integers; throws a RangeError when the denominator is 0.
 */
export function divideRounded(numerator: number, denominator: number): number {
  assertSafeInteger('numerator', numerator);
  assertSafeInteger('denominator', denominator);
  if (denominator === 0) throw new RangeError('division by zero');
  return toSafeNumber(divideHalfAwayFromZero(BigInt(numerator), BigInt(denominator)));
}

/**
 * Formats basis points (safe integer) as a percentage with two decimals and thousands
 * separators: 1234 → "12.34%", 10000 → "100.00%". Negative values use the minus sign
 * U+2212 ("−3.00%"); with `signed` positive values get "+" ("+12.34%"); zero never
 * has a sign.
 */
export function formatPercent(bp: number, options: { signed?: boolean } = {}): string {
  assertSafeInteger('bp', bp);
  const abs = Math.abs(bp);
  const hundredths = abs % 100;
  const whole = String((abs - hundredths) / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = bp < 0 ? '\u2212' : bp > 0 && options.signed === true ? '+' : '';
  return `${sign}${whole}.${String(hundredths).padStart(2, '0')}%`;
}

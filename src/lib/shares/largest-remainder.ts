import { formatPercent } from '../numbers/rates.ts';

/**
 * Splits `scale` units among values in proportion to them, so that the parts sum to
 * exactly `scale` (Hamilton / largest remainder method). With the default scale of
 * 10000 the parts are basis points: a breakdown that always adds up to 100.00 %.
 *
 * `values` are non-negative safe integers (typically amounts in fen); `scale` is a
 * positive safe integer. Each part is floor(value × scale / total), and the units still
 * missing go one each to the largest remainders; ties go to the larger value, then to
 * the earlier index, so the result is deterministic. Every part differs from the exact
 * quotient value × scale / total by less than one unit. When the total is 0 every part
 * is 0. Arithmetic is exact (BigInt). Throws a RangeError for a negative or non-integer
 * value or an invalid scale.
 */
export function largestRemainder(values: readonly number[], scale = 10_000): number[] {
  if (!Number.isSafeInteger(scale) || scale <= 0) {
    throw new RangeError(`scale must be a positive safe integer, got ${scale}`);
  }
  for (const value of values) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`values must be non-negative safe integers, got ${value}`);
    }
  }
  const total = values.reduce((sum, value) => sum + BigInt(value), 0n);
  if (total === 0n) return values.map(() => 0);

  const big = BigInt(scale);
  const parts = values.map((value, index) => {
    const scaled = BigInt(value) * big;
    return { index, value, quotient: scaled / total, remainder: scaled % total };
  });
  const missing = Number(big - parts.reduce((sum, part) => sum + part.quotient, 0n));
  const byRemainder = [...parts].sort(
    (a, b) =>
      (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1) ||
      b.value - a.value ||
      a.index - b.index,
  );
  for (const part of byRemainder.slice(0, missing)) part.quotient += 1n;
  return parts.map((part) => Number(part.quotient));
}

/**
 * Formats a share in basis points (non-negative safe integer, 10000 = 100 %) as a
 * percentage with two decimals: 7866 → "78.66%", 24 → "0.24%", 10000 → "100.00%".
 */
export function formatShare(basisPoints: number): string {
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0) {
    throw new RangeError(`a share must be a non-negative safe integer of basis points, got ${basisPoints}`);
  }
  return formatPercent(basisPoints);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatShare, largestRemainder } from '../../../src/lib/shares/largest-remainder.ts';

const MAX = Number.MAX_SAFE_INTEGER;

describe('largestRemainder', () => {
  it.each([
    [
      'the seed 001 expense breakdown (welfare, hardship, sports, condolences, meetings, office)',
      [27494500, 722000, 3381800, 1263000, 2010000, 83760],
      10_000,
      [7866, 207, 967, 361, 575, 24],
    ],
    ['the seed 001 income breakdown', [4050260, 31686000, 2000000, 1000000], 10_000, [1046, 8180, 516, 258]],
    ['a single value takes everything', [123], 10_000, [10000]],
    ['zeros get nothing', [0, 5, 0], 10_000, [0, 10000, 0]],
    ['the largest remainders get the missing units', [1, 2, 2, 1], 10_000, [1667, 3333, 3333, 1667]],
    ['a tie in remainders goes to the larger value', [1, 1, 10], 10_000, [833, 833, 8334]],
    ['equal thirds: the earliest gets the extra unit', [1, 1, 1], 10_000, [3334, 3333, 3333]],
    ['equal values: earlier indexes first', [1, 1, 1, 1, 1, 1, 1], 10_000, [1429, 1429, 1429, 1429, 1428, 1428, 1428]],
    ['exact shares need no correction', [1, 3], 10_000, [2500, 7500]],
    ['all zeros give all zeros', [0, 0, 0], 10_000, [0, 0, 0]],
    ['no values give no parts', [], 10_000, []],
    ['percent units', [1, 1, 1], 100, [34, 33, 33]],
    ['a single unit to the larger value', [1, 2], 1, [0, 1]],
    ['a single unit among equals to the first', [1, 1], 1, [1, 0]],
    ['no precision lost near the largest safe integer', [MAX, MAX, MAX], 10_000, [3334, 3333, 3333]],
    ['a tiny value beside a huge one', [MAX, 1], 10_000, [10000, 0]],
  ])('%s: %j in %d units → %j', (_name, values, scale, expected) => {
    expect(largestRemainder(values, scale)).toEqual(expected);
  });

  it.each([-1, 1.5, Number.NaN, Infinity, Number.MAX_SAFE_INTEGER + 1])('throws a RangeError for value %d', (v) => {
    expect(() => largestRemainder([1, v])).toThrow(RangeError);
  });

  it.each([0, -1, 1.5])('throws a RangeError for scale %d', (scale) => {
    expect(() => largestRemainder([1], scale)).toThrow(RangeError);
  });
});

const amount = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 900_000_000_000_000, max: 1_000_000_000_000_000 }) },
  { weight: 1, arbitrary: fc.maxSafeInteger().map(Math.abs) },
);
const scales = fc.oneof(fc.constant(10_000), fc.integer({ min: 1, max: 1_000_000 }));

describe('largestRemainder properties', () => {
  it('sums to exactly the scale (all zeros for a zero total), the same on every call', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 40 }), scales, (values, scale) => {
        const parts = largestRemainder(values, scale);
        expect(parts).toHaveLength(values.length);
        expect(largestRemainder([...values], scale)).toEqual(parts);
        const total = values.reduce((s, v) => s + BigInt(v), 0n);
        if (total === 0n) expect(parts.every((p) => p === 0)).toBe(true);
        else expect(parts.reduce((s, p) => s + p, 0)).toBe(scale);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every part within one unit of the exact quotient, and never negative', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 40 }), scales, (values, scale) => {
        const total = values.reduce((s, v) => s + BigInt(v), 0n);
        fc.pre(total > 0n);
        largestRemainder(values, scale).forEach((part, i) => {
          // |part − v·scale/total| < 1  ⇔  |part·total − v·scale| < total
          const diff = BigInt(part) * total - BigInt(values[i] ?? 0) * BigInt(scale);
          expect(diff < total && -diff < total).toBe(true);
          expect(Number.isSafeInteger(part) && part >= 0).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('moves with its input when the values are distinct', () => {
    const permuted = fc.uniqueArray(amount, { minLength: 1, maxLength: 20 }).chain((values) => {
      const indexes = [...values.keys()];
      return fc.shuffledSubarray(indexes, { minLength: values.length }).map((order) => ({ values, order }));
    });
    fc.assert(
      fc.property(permuted, ({ values, order }) => {
        const parts = largestRemainder(values);
        expect(largestRemainder(order.map((i) => values[i] ?? 0))).toEqual(order.map((i) => parts[i]));
      }),
    );
  });

  /**
   * Reference: hand out the units one by one, each to the part lagging its exact quota most
   * (ties: larger value, then earlier index). Once all floors are given, lags = remainders.
   */
  function reference(values: number[], scale: number): number[] {
    const total = values.reduce((s, v) => s + BigInt(v), 0n);
    if (total === 0n) return values.map(() => 0);
    const parts = values.map(() => 0n);
    for (let unit = 0; unit < scale; unit++) {
      let best = -1;
      let bestLag = 0n;
      values.forEach((v, i) => {
        // lag = v·scale/total − parts[i], scaled by total to stay integral
        const lag = BigInt(v) * BigInt(scale) - (parts[i] ?? 0n) * total;
        if (best < 0 || lag > bestLag || (lag === bestLag && v > (values[best] ?? 0))) {
          best = i;
          bestLag = lag;
        }
      });
      parts[best] = (parts[best] ?? 0n) + 1n;
    }
    return parts.map(Number);
  }

  it('agrees with a unit-by-unit reference for small inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 1e12 })), {
          maxLength: 8,
        }),
        fc.oneof(fc.integer({ min: 1, max: 200 }), fc.constant(10_000)),
        (values, scale) => {
          expect(largestRemainder(values, scale)).toEqual(reference(values, scale));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('formatShare', () => {
  it.each([
    [7866, '78.66%'],
    [24, '0.24%'],
    [10000, '100.00%'],
    [0, '0.00%'],
    [5, '0.05%'],
    [100, '1.00%'],
  ])('formats %d basis points as %s', (bp, text) => {
    expect(formatShare(bp)).toBe(text);
  });

  it.each([-1, 1.5, Number.NaN])('rejects %d', (bp) => {
    expect(() => formatShare(bp)).toThrow(RangeError);
  });
});

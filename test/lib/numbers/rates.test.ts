import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRounded, formatPercent, percentChange, ratioBasisPoints } from '../../../src/lib/numbers/rates.ts';

/** Oracle: round(a / b) half away from zero as floor((2|a| + |b|) / 2|b|), sign applied after. */
function roundedQuotient(a: bigint, b: bigint): bigint {
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  const q = (2n * absA + absB) / (2n * absB);
  return a < 0n !== b < 0n ? -q : q;
}

describe('ratioBasisPoints', () => {
  it.each([
    ['2 of 3', 2, 3, 6667],
    ['1 of 3', 1, 3, 3333],
    ['all', 5, 5, 10000],
    ['none', 0, 7, 0],
    ['half a basis point rounds up', 1, 20000, 1],
    ['just under half a basis point rounds down', 1, 20001, 0],
    ['a negative half rounds away from zero', -1, 20000, -1],
    ['a negative denominator', 1, -4, -2500],
    ['more than all', 3, 2, 15000],
    ['seed 001: hardship aid 7,220.00 of expense 349,550.60 is 2.07 %', 722000, 34955060, 207],
    ['seed 001: office 837.60 of expense 349,550.60 is 0.24 %', 83760, 34955060, 24],
    ['budget execution 95,000 of 100,000', 9500000, 10000000, 9500],
    ['huge amounts without overflow', Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 10000],
  ])('%s: %d / %d → %d bp', (_name, numerator, denominator, bp) => {
    expect(ratioBasisPoints(numerator, denominator)).toBe(bp);
  });

  it('is null for a zero denominator', () => {
    expect(ratioBasisPoints(5, 0)).toBeNull();
    expect(ratioBasisPoints(0, 0)).toBeNull();
  });

  it.each([
    [0.5, 1],
    [1, 0.5],
    [Number.NaN, 1],
    [Number.MAX_SAFE_INTEGER, 1],
  ])('throws a RangeError for %d / %d', (numerator, denominator) => {
    expect(() => ratioBasisPoints(numerator, denominator)).toThrow(RangeError);
  });

  it('matches the exact rounded quotient', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e6, max: 1e6 }), (n, d) => {
        fc.pre(d !== 0);
        expect(ratioBasisPoints(n, d)).toBe(Number(roundedQuotient(BigInt(n) * 10_000n, BigInt(d))));
      }),
      { numRuns: 500 },
    );
  });
});

describe('percentChange', () => {
  it.each([
    ['a rise by a quarter', 100, 125, 2500],
    ['a fall by a quarter', 200, 150, -2500],
    ['no change', 300, 300, 0],
    ['a doubling', 100, 200, 10000],
    ['a fall to zero', 100, 0, -10000],
    ['from a negative base rising', -100, -50, 5000],
    ['from a negative base falling', -100, -150, -5000],
    ['a third, rounded', 3, 4, 3333],
    ['two thirds down, rounded away from zero', 3, 1, -6667],
    ['seed income over opening, rounded', 3222259, 38736260, 110215],
  ])('%s: %d → %d is %d bp', (_name, previous, current, bp) => {
    expect(percentChange(previous, current)).toBe(bp);
  });

  it('is null when the previous value is zero', () => {
    expect(percentChange(0, 100)).toBeNull();
    expect(percentChange(0, 0)).toBeNull();
  });

  it('throws a RangeError when the change in bp is beyond the safe integers', () => {
    expect(() => percentChange(1, 1e12)).toThrow(RangeError);
  });

  it('has the sign of the change', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.integer({ min: -1e11, max: 1e11 }), (previous, current) => {
        fc.pre(previous !== 0);
        const bp = percentChange(previous, current) ?? Number.NaN;
        if (current > previous) expect(bp).toBeGreaterThanOrEqual(0);
        if (current < previous) expect(bp).toBeLessThanOrEqual(0);
        if (current === previous) expect(bp).toBe(0);
      }),
    );
  });
});

describe('divideRounded', () => {
  it.each([
    [1000, 3, 333],
    [2000, 3, 667],
    [5, 2, 3],
    [-5, 2, -3],
    [5, -2, -3],
    [-5, -2, 3],
    [7, 2, 4],
    [4, 2, 2],
    [0, 9, 0],
    [1, 3, 0],
    [Number.MAX_SAFE_INTEGER, 1, Number.MAX_SAFE_INTEGER],
    [Number.MAX_SAFE_INTEGER, 2, 4503599627370496],
  ])('%d / %d → %d', (numerator, denominator, expected) => {
    expect(divideRounded(numerator, denominator)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(divideRounded(-1, 3), 0)).toBe(true);
  });

  it.each([
    [1, 0],
    [0.5, 1],
    [1, Number.NaN],
  ])('throws a RangeError for %d / %d', (numerator, denominator) => {
    expect(() => divideRounded(numerator, denominator)).toThrow(RangeError);
  });

  it('matches the exact rounded quotient', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1000, max: 1000 }), (n, d) => {
        fc.pre(d !== 0);
        expect(divideRounded(n, d)).toBe(Number(roundedQuotient(BigInt(n), BigInt(d))));
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [1234, undefined, '12.34%'],
    [1234, { signed: true }, '+12.34%'],
    [-300, { signed: true }, '\u22123.00%'],
    [-300, {}, '\u22123.00%'],
    [0, {}, '0.00%'],
    [0, { signed: true }, '0.00%'],
    [5, undefined, '0.05%'],
    [10000, {}, '100.00%'],
    [110215, { signed: true }, '+1,102.15%'],
    [-1, {}, '\u22120.01%'],
  ])('formats %d bp with %j as %s', (bp, options, text) => {
    expect(formatPercent(bp, options)).toBe(text);
  });

  it('throws a RangeError for a fractional value', () => {
    expect(() => formatPercent(12.5)).toThrow(RangeError);
  });
});

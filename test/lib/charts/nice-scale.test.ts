import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { niceScale } from '../../../src/lib/charts/nice-scale.ts';

/** Whether `step` is 1, 2, 2.5 or 5 × 10^n. */
function isNiceStep(step: number): boolean {
  const power = 10 ** Math.floor(Math.log10(step));
  const multiplier = Number((step / power).toFixed(6));
  return [1, 2, 2.5, 5, 10].includes(multiplier);
}

describe('niceScale', () => {
  test('0..387362 fen gives five round ticks from 0', () => {
    expect(niceScale(0, 387_362)).toEqual({
      min: 0,
      max: 400_000,
      step: 100_000,
      ticks: [0, 100_000, 200_000, 300_000, 400_000],
    });
  });

  test('all-positive data starts at 0', () => {
    const scale = niceScale(250_000, 387_362);
    expect(scale.min).toBe(0);
    expect(scale.ticks[0]).toBe(0);
    expect(scale.max).toBeGreaterThanOrEqual(387_362);
  });

  test('more ticks allowed gives a finer step', () => {
    expect(niceScale(0, 387_362, 10).step).toBe(50_000);
  });

  test('min === max (non-zero) still covers the value from 0', () => {
    const scale = niceScale(500, 500);
    expect(scale.min).toBe(0);
    expect(scale.max).toBeGreaterThanOrEqual(500);
    expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
  });

  test('min === max === 0 gives a unit scale', () => {
    expect(niceScale(0, 0)).toEqual({ min: 0, max: 1, step: 1, ticks: [0, 1] });
  });

  test('mixed signs span both sides of 0', () => {
    expect(niceScale(-500, 1000)).toEqual({ min: -500, max: 1000, step: 500, ticks: [-500, 0, 500, 1000] });
  });

  test('all-negative data ends at 0', () => {
    expect(niceScale(-1000, -200)).toEqual({
      min: -1000,
      max: 0,
      step: 250,
      ticks: [-1000, -750, -500, -250, 0],
    });
  });

  test('arguments in either order', () => {
    expect(niceScale(387_362, 0)).toEqual(niceScale(0, 387_362));
  });

  test('integer data never gets a fractional step', () => {
    expect(niceScale(0, 1)).toEqual({ min: 0, max: 1, step: 1, ticks: [0, 1] });
    expect(niceScale(0, 9).step).toBe(5);
  });

  test('fractional data may get fractional ticks without float noise', () => {
    expect(niceScale(0, 0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  test('no -0 in ticks', () => {
    for (const tick of niceScale(-3, 3).ticks) expect(Object.is(tick, -0)).toBe(false);
  });

  test('rejects non-finite input', () => {
    expect(() => niceScale(0, Number.NaN)).toThrow(RangeError);
    expect(() => niceScale(0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  test('property: integer data → integer nice ticks covering data and 0, at most maxTicks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 2, max: 12 }),
        (a, b, maxTicks) => {
          const { min, max, step, ticks } = niceScale(a, b, maxTicks);
          expect(min).toBeLessThanOrEqual(Math.min(a, b, 0));
          expect(max).toBeGreaterThanOrEqual(Math.max(a, b, 0));
          expect(ticks).toContain(0);
          expect(ticks.length).toBeLessThanOrEqual(
            Math.min(a, b) < 0 && Math.max(a, b) > 0 ? Math.max(3, maxTicks) : maxTicks,
          );
          expect(ticks[0]).toBe(min);
          expect(ticks[ticks.length - 1]).toBe(max);
          expect(isNiceStep(step)).toBe(true);
          expect(Number.isInteger(step)).toBe(true);
          ticks.forEach((tick, i) => {
            expect(Number.isInteger(tick)).toBe(true);
            if (i > 0) expect(tick - (ticks[i - 1] ?? 0)).toBe(step);
          });
        },
      ),
    );
  });
});

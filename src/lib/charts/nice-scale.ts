/**
 * "Nice" axis scales: round tick values (1, 2, 2.5 or 5 × 10^n) that cover the data.
 *
 * Pure function, no units of its own: ticks are in whatever unit the data is in
 * (in this project amounts are integers in fen, 1 元 = 100 fen).
 */

/** Result of {@link niceScale}; all numbers are in the unit of the input data. */
export interface NiceScale {
  /** Lowest tick, ≤ the data minimum (and ≤ 0). */
  min: number;
  /** Highest tick, ≥ the data maximum (and ≥ 0). */
  max: number;
  /** Distance between neighbouring ticks (> 0). */
  step: number;
  /** Tick values from `min` to `max` inclusive, ascending, `step` apart; always contains 0. */
  ticks: number[];
}

/** Step multipliers tried within each power of ten, ascending. */
const MULTIPLIERS = [1, 2, 2.5, 5] as const;

/**
 * Computes a "nice" scale covering `[min, max]`.
 *
 * - The axis always includes 0 (amount charts are anchored at zero): all-positive data
 *   starts at 0, all-negative data ends at 0, mixed data spans both signs.
 * - `min` and `max` may be given in either order; `min === max` is allowed.
 * - If both inputs are integers (e.g. fen), the step is at least 1 and a step of 2.5 is
 *   never used, so every tick is an integer. Fractional inputs may get fractional steps.
 * - All-zero data yields `{ min: 0, max: 1, step: 1, ticks: [0, 1] }`.
 *
 * @param min smallest data value (data unit, e.g. fen)
 * @param max largest data value (data unit, e.g. fen)
 * @param maxTicks most tick values wanted, counting both ends (default 5; at least 2, or 3
 *   when the data has both signs)
 * @returns scale in the data unit
 * @throws RangeError when `min` or `max` is not a finite number
 */
export function niceScale(min: number, max: number, maxTicks = 5): NiceScale {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new RangeError(`niceScale: min and max must be finite numbers (got ${min}, ${max})`);
  }
  const integral = Number.isInteger(min) && Number.isInteger(max);
  const lo = Math.min(min, max, 0);
  const hi = Math.max(min, max, 0);
  // Data on both sides of 0 needs at least two intervals, since 0 is always a tick.
  const leastIntervals = lo < 0 && hi > 0 ? 2 : 1;
  const intervalsWanted = Math.max(leastIntervals, Math.floor(Number.isFinite(maxTicks) ? maxTicks : 5) - 1);

  if (lo === hi) {
    return { min: 0, max: 1, step: 1, ticks: [0, 1] };
  }

  const rawStep = (hi - lo) / intervalsWanted;
  let exponent = Math.floor(Math.log10(rawStep));
  // Walk through the candidate steps in ascending order until the data fits.
  for (;;) {
    const power = 10 ** exponent;
    for (const multiplier of MULTIPLIERS) {
      const step = cleanNumber(multiplier * power, exponent);
      if (step < rawStep) continue;
      if (integral && (step < 1 || !Number.isInteger(step))) continue;
      let first = Math.floor(lo / step);
      let last = Math.ceil(hi / step);
      // Undo float noise such as 0.3 / 0.1 = 3.0000000000000004.
      if (cleanNumber((first + 1) * step, exponent) <= lo) first += 1;
      if (cleanNumber((last - 1) * step, exponent) >= hi) last -= 1;
      if (last - first <= intervalsWanted) {
        const ticks: number[] = [];
        for (let i = first; i <= last; i += 1) ticks.push(cleanNumber(i * step, exponent));
        return { min: ticks[0] ?? 0, max: ticks[ticks.length - 1] ?? 0, step, ticks };
      }
    }
    exponent += 1;
  }
}

/**
 * Removes floating-point noise from a multiple of `10^exponent` (keeps two more decimals
 * than the step needs, since 2.5 × 10^n has one extra) and turns -0 into 0.
 */
function cleanNumber(value: number, exponent: number): number {
  const decimals = Math.min(20, Math.max(0, 2 - exponent));
  const cleaned = Number(value.toFixed(decimals));
  return cleaned === 0 ? 0 : cleaned;
}

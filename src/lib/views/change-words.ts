import { formatYuan } from '../money/format-amount.ts';
import { formatPercent, percentChange } from '../numbers/rates.ts';

/** No-break space between a number and its unit, so a card never ends a line with "3,542.62" and starts the next with "元". */
const NBSP = '\u00a0';

/**
 * A change of an amount against the previous period in words, for a key-figure card:
 * "比上期增加 2,714.50 元（+5.18%）", "比上期减少 10,000.00 元（−28.57%）", "与上期持平",
 * or "比上期增加 7,020.00 元（上期为 0）". Amounts in integer fen; the percentage is
 * exact to the basis point, rounded half away from zero; the number is tied to its unit by a
 * no-break space. Words, never an arrow: an arrow
 * reads as good or bad, and more spending is neither.
 */
export function amountChangeWords(previousFen: number, currentFen: number, unit = '元'): string {
  const delta = currentFen - previousFen;
  if (delta === 0) return '与上期持平';
  const percent = percentChange(previousFen, currentFen);
  const relative = percent === null ? '上期为 0' : formatPercent(percent, { signed: true });
  return `比上期${delta > 0 ? '增加' : '减少'} ${formatYuan(Math.abs(delta))}${NBSP}${unit}（${relative}）`;
}

/**
 * A change of a rate in percentage points (rates in basis points): "比上期提高 0.49 个百分点",
 * "比上期降低 0.07 个百分点" or "与上期持平". A rate is never compared in percent of itself.
 */
export function rateChangeWords(previousBp: number, currentBp: number): string {
  const delta = currentBp - previousBp;
  if (delta === 0) return '与上期持平';
  return `比上期${delta > 0 ? '提高' : '降低'} ${formatPercent(Math.abs(delta)).replace('%', '')}${NBSP}个百分点`;
}

/**
 * A note for the cards when the previous period differs in length (a two-year 任期 against
 * one year): "上期2019—2020年度共 731 天，本期 365 天，比较时请留意期间长度"; undefined when the two
 * lengths differ by a month or less (365 against 366 days is the same length).
 */
export function periodLengthNote(
  previous: { label: string; days: number },
  current: { days: number },
): string | undefined {
  if (Math.abs(previous.days - current.days) <= 31) return undefined;
  return `上期${previous.label}共 ${previous.days} 天，本期 ${current.days} 天，比较时请留意期间长度`;
}

/**
 * Binary floats as the decimal text Excel shows. Excel keeps 15 significant digits, so a
 * cell that shows 1234.56 may store 1234.5599999999999; read back at 15 digits it is
 * "1234.56" again, and the exact parsers (amounts in fen, counts) take it from there. A value
 * that is not a whole fen at 15 digits (1234.567, =1/3) keeps its extra digits and is then
 * reported as 超过两位小数 by the amount parser.
 */

const SIGNIFICANT_DIGITS = 15;
/** At most 13 integer digits and two decimals, no exponent. */
const PLAIN_CENTS = /^-?\d{1,13}(?:\.\d{1,2})?$/;
/** From here on a double cannot hold every fen (its spacing exceeds 0.001), so 15 digits could round. */
const EXACT_BELOW = 1e13;

/**
 * The plain decimal text of a number (no exponent, no trailing zeros): at 15 significant
 * digits below 10^13, and its shortest exact form above. decimalText(1234.5599999999999)
 * → "1234.56"; decimalText(0.1 + 0.2) → "0.3"; decimalText(-5) → "-5".
 */
export function decimalText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  // The common case, an amount typed with at most two decimals: its shortest form is then
  // also its form at 15 digits (at most 13 + 2 digits below 10^13).
  const shortest = String(value);
  if (PLAIN_CENTS.test(shortest)) return shortest;
  const magnitude = Math.abs(value);
  const exponential =
    magnitude < EXACT_BELOW ? magnitude.toExponential(SIGNIFICANT_DIGITS - 1) : magnitude.toExponential();
  const [mantissa, exponent] = exponential.split('e') as [string, string];
  const digits = mantissa.replace('.', '').replace(/0+$/, '');
  const pointAt = Number(exponent) + 1;
  let text: string;
  if (pointAt <= 0) text = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) text = digits + '0'.repeat(pointAt - digits.length);
  else text = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return value < 0 ? `-${text}` : text;
}

const PLAIN_DECIMAL = /^(-?)(\d*)(?:\.(\d*))?$/;

/**
 * A plain decimal text multiplied by 10^places, exactly (digits moved, never arithmetic):
 * shiftDecimal("12.3456", 4) → "123456"; shiftDecimal("0.5", 4) → "5000". Other text is
 * returned unchanged, so the amount parser reports it as it stands.
 */
export function shiftDecimal(text: string, places: number): string {
  const match = PLAIN_DECIMAL.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return text;
  const [, sign, whole = '', fraction = ''] = match;
  const digits = whole + fraction.padEnd(places, '0');
  const pointAt = whole.length + places;
  const integer = digits.slice(0, pointAt).replace(/^0+(?=\d)/, '') || '0';
  const rest = digits.slice(pointAt).replace(/0+$/, '');
  const shifted = rest === '' ? integer : `${integer}.${rest}`;
  return shifted === '0' ? '0' : `${sign}${shifted}`;
}

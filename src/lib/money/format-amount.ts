/**
 * Display formats for money held as integer fen (分). All functions throw a
 * RangeError unless the amount satisfies `Number.isSafeInteger`.
 */

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`amount must be a safe integer number of fen, got ${fen}`);
  }
}

/**
 * Inserts "," every three digits from the right into a string of digits. A loop rather than
 * a regular expression: the ledger pages format an amount for every line.
 */
function groupThousands(digits: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}

/** Splits |fen| exactly into whole yuan and the remaining 0–99 fen. */
function splitYuan(fen: number): { yuan: number; cents: number } {
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return { yuan: (abs - cents) / 100, cents };
}

/** The ASCII minus sign for a negative amount, nothing otherwise. */
function sign(fen: number): string {
  return fen < 0 ? '-' : '';
}

/**
 * Formats an amount in fen as yuan with two decimals and thousands separators:
 * 38736260 → "387,362.60", -123450 → "-1,234.50", 0 → "0.00". No currency sign or 元.
 */
export function formatYuan(fen: number): string {
  assertFen(fen);
  const { yuan, cents } = splitYuan(fen);
  return `${sign(fen)}${groupThousands(String(yuan))}.${String(cents).padStart(2, '0')}`;
}

/**
 * Formats an amount in fen as 万元 (1 万元 = 1,000,000 fen) with `decimals` decimals
 * (integer 0–6, default 2), rounded half away from zero with exact integer arithmetic
 * and thousands separators on the integer part: 38736260 → "38.74",
 * 1234567890000 → "1,234,567.89". A value that rounds to zero has no minus sign.
 */
export function formatWan(fen: number, decimals = 2): string {
  assertFen(fen);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`decimals must be an integer from 0 to 6, got ${decimals}`);
  }
  const divisor = 10n ** BigInt(6 - decimals);
  const abs = BigInt(Math.abs(fen));
  let units = abs / divisor;
  if ((abs % divisor) * 2n >= divisor) units += 1n;
  const unit = 10n ** BigInt(decimals);
  const whole = groupThousands(String(units / unit));
  const fraction = decimals === 0 ? '' : `.${String(units % unit).padStart(decimals, '0')}`;
  return `${fen < 0 && units > 0n ? '-' : ''}${whole}${fraction}`;
}

/**
 * Formats an amount in fen as a plain decimal yuan string for CSV export, without
 * separators: 38736260 → "387362.60", -123450 → "-1234.50", 0 → "0.00".
 * `parseAmount` reads the result back to the same fen.
 */
export function fenToDecimalString(fen: number): string {
  assertFen(fen);
  const { yuan, cents } = splitYuan(fen);
  return `${sign(fen)}${yuan}.${String(cents).padStart(2, '0')}`;
}

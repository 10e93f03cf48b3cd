import { toHalfWidth } from '../text/normalize-width.ts';
import { MAX_AMOUNT_FEN } from './amount-limits.ts';

/** Why a cell could not be read as an amount. */
export type AmountProblem = 'empty' | 'placeholder' | 'not-a-number' | 'too-many-decimals' | 'too-large';

/**
 * Result of {@link parseAmount}. On success `fen` is the amount in fen (分):
 * an integer with |fen| ≤ MAX_AMOUNT_FEN (10^13 fen = 1000 亿元), negative for a reversal,
 * never -0.
 */
export type AmountParseResult = { ok: true; fen: number } | { ok: false; reason: AmountProblem };

/**
 * Characters that mark an unfilled template value ("xx", "20xx0", "××", "x元", "__").
 * Checked after full-width normalisation, so '＊', '？', 'ｘ' and '＿' are covered too.
 */
const PLACEHOLDER = /[xX×*#□?○某_]/;

/** Plain digits, or digits grouped by commas in threes (first group 1–3 digits, no leading 0). */
const NUMBER = /^(\d+|[1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/;

const MAX_FEN = BigInt(MAX_AMOUNT_FEN);

/**
 * The common case, a plain amount as accounting software exports it ("1234.56", "-87.5",
 * "120"): its value in fen, or undefined for any other text (which then takes the general
 * path). At most 11 integer digits, so digits × 100 + decimals stays below MAX_AMOUNT_FEN
 * (longer ones take the general path, which reports them as too large). Read character by character: a ledger has an amount on
 * each of its many thousand lines.
 */
function plainFen(text: string): number | undefined {
  const negative = text.charCodeAt(0) === 45; // '-'
  let i = negative ? 1 : 0;
  const start = i;
  let fen = 0;
  for (; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48; // '0'
    if (digit < 0 || digit > 9) break;
    fen = fen * 10 + digit;
  }
  const integerDigits = i - start;
  if (integerDigits === 0 || integerDigits > 11) return undefined;
  let decimals = 0;
  if (i < text.length) {
    if (text.charCodeAt(i) !== 46 || text.length - i - 1 < 1 || text.length - i - 1 > 2) return undefined; // '.'
    for (let j = i + 1; j < text.length; j++) {
      const digit = text.charCodeAt(j) - 48;
      if (digit < 0 || digit > 9) return undefined;
      decimals = decimals * 10 + digit;
    }
    if (text.length - i - 1 === 1) decimals *= 10;
  }
  fen = fen * 100 + decimals;
  return negative && fen !== 0 ? -fen : fen;
}

/**
 * Parses an amount in yuan as staff type it in a spreadsheet cell and returns it in
 * integer fen (分). Accepted: "1234.56", "1,234.56", "¥1,234.56", "￥1,234.56",
 * "1234.56元", surrounding spaces, full-width digits and punctuation, a leading
 * "-" or "−" (U+2212), or parentheses "(1,234.56)" / "（1,234.56）" for a negative
 * amount. At most two decimals ("1.230" is rejected). The value is computed from
 * the digit string with exact integer arithmetic, never via floating point.
 */
export function parseAmount(text: string): AmountParseResult {
  const plain = plainFen(text);
  if (plain !== undefined) return { ok: true, fen: plain };
  let t = toHalfWidth(text).trim();
  if (t === '') return { ok: false, reason: 'empty' };
  if (PLACEHOLDER.test(t)) return { ok: false, reason: 'placeholder' };

  let negative = false;
  if (t.startsWith('(') && t.endsWith(')')) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  const signAndSymbol = /^(?:([-−])\s*)?([¥￥]\s*)?(?:([-−])\s*)?/.exec(t);
  if (signAndSymbol !== null) {
    const signs = (signAndSymbol[1] ? 1 : 0) + (signAndSymbol[3] ? 1 : 0);
    if (signs > 1 || (signs === 1 && negative)) return { ok: false, reason: 'not-a-number' };
    negative ||= signs === 1;
    t = t.slice(signAndSymbol[0].length);
  }
  if (t.endsWith('元')) t = t.slice(0, -1).trimEnd();

  const match = NUMBER.exec(t);
  if (match === null) return { ok: false, reason: 'not-a-number' };
  const integerDigits = (match[1] ?? '').replaceAll(',', '');
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return { ok: false, reason: 'too-many-decimals' };

  const fen = BigInt(integerDigits) * 100n + BigInt(decimals.padEnd(2, '0'));
  if (fen > MAX_FEN) return { ok: false, reason: 'too-large' };
  const value = Number(fen);
  return { ok: true, fen: negative && value !== 0 ? -value : value };
}

const AMOUNT_PROBLEM_TEXT: Readonly<Record<AmountProblem, string>> = {
  empty: '空白',
  placeholder: '占位符（如 xx、××）',
  'not-a-number': '不是数字',
  'too-many-decimals': '超过两位小数',
  'too-large': '超过单笔金额上限 1000 亿元',
};

/** The Chinese phrase for an amount problem, used after 实际为 in error messages. */
export function describeAmountProblem(reason: AmountProblem): string {
  return AMOUNT_PROBLEM_TEXT[reason];
}

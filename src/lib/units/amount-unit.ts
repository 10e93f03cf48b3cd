import type { AmountParseResult } from '../money/parse-amount.ts';
import { parseAmount } from '../money/parse-amount.ts';
import { toHalfWidth } from '../text/normalize-width.ts';

/** The unit of an amount column: 元 (default) or 万元, as stated in its header. */
export type AmountUnit = '元' | '万元';

/** Most decimals a 万元 amount may have: six decimals of 万元 are one fen. */
export const MAX_WAN_DECIMALS = 6;

/**
 * The unit an amount header states: "金额" and "金额（元）" are 元, "金额（万元）" is 万元
 * (full- or half-width brackets, spaces ignored); undefined for a header with another
 * bracketed unit. `base` is the column's header without a unit, e.g. "金额" or "本年预算数".
 */
export function unitOfHeader(header: string, base: string): AmountUnit | undefined {
  const key = toHalfWidth(header).replace(/\s+/g, '');
  if (key === base || key === `${base}(元)`) return '元';
  if (key === `${base}(万元)`) return '万元';
  return undefined;
}

/** The header fields of a CSV text (its first non-blank line), without BOM or quotes. */
export function headerFields(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  // Line by line from the top, so a large file is not split whole to read its first line.
  const lineBreak = /\r\n|\n|\r/g;
  let first = '';
  for (let start = 0; start <= body.length;) {
    const match = lineBreak.exec(body);
    const end = match ? match.index : body.length;
    const line = body.slice(start, end);
    if (line.trim() !== '') {
      first = line;
      break;
    }
    if (!match) break;
    start = lineBreak.lastIndex;
  }
  return first.split(',').map((f) =>
    f
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/**
 * Parses an amount written in `unit` and returns it in integer fen. 元 amounts follow
 * parseAmount (at most two decimals); 万元 amounts may have up to six decimals, which
 * convert exactly (1.234567 万元 = 12,345.67 元 = 1,234,567 fen); a seventh decimal is
 * "too-many-decimals", never rounded. Arithmetic is on the digit string, never floats.
 */
export function parseAmountIn(text: string, unit: AmountUnit): AmountParseResult {
  if (unit === '元') return parseAmount(text);
  const t = toHalfWidth(text)
    .trim()
    .replace(/万元?$/, '')
    .trimEnd();
  const match = /(\d[\d,]*)(?:\.(\d+))?/.exec(t);
  if (!match) return parseAmount(t);
  const decimals = match[2] ?? '';
  if (decimals.length > MAX_WAN_DECIMALS) return { ok: false, reason: 'too-many-decimals' };
  const digits = (match[1]!.replaceAll(',', '') + decimals.padEnd(MAX_WAN_DECIMALS, '0')).replace(/^0+(?=\d{3})/, '');
  const yuan = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return parseAmount(t.slice(0, match.index) + yuan + t.slice(match.index + match[0].length));
}

/**
 * The header fields of a table as its reader takes it: the first non-blank line of a CSV
 * text, or the header record of a worksheet's rows (src/lib/xlsx/sheet-table.ts).
 */
export function inputHeaderFields(input: string | { records: readonly { fields: readonly string[] }[] }): string[] {
  return typeof input === 'string' ? headerFields(input) : [...(input.records[0]?.fields ?? [])].map((f) => f.trim());
}

/**
 * The unit of the amount column whose header is one of `names` ("预算数", "本年预算数"),
 * bare or with a unit in brackets: 万元 when it says （万元）, otherwise 元; and the header as
 * written (for messages). A header not found, or with another unit, is 元 (the table
 * reader reports the other unit).
 */
export function columnUnit(fields: readonly string[], names: readonly string[]): { header?: string; unit: AmountUnit } {
  for (const field of fields) {
    for (const name of names) {
      const unit = unitOfHeader(field, name);
      if (unit !== undefined) return { header: field, unit };
    }
  }
  return { unit: '元' };
}

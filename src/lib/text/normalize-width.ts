/**
 * Full-width (全角) to half-width (半角) normalisation, applied before parsing
 * numbers and dates typed with a Chinese input method.
 */

const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_TO_HALF_OFFSET = 0xff01 - 0x21;
const IDEOGRAPHIC_SPACE = 0x3000;
/** Any character toHalfWidth changes. */
const CONVERTIBLE = /[\u3000\uff01-\uff5e]/;

/**
 * Converts the full-width ASCII variants U+FF01–U+FF5E to their ASCII
 * counterparts U+0021–U+007E and the ideographic space U+3000 to a plain space.
 * So '１２３４．５６' becomes '1234.56', '（' becomes '(' and '，' becomes ','.
 * Every other character is returned unchanged, notably the ideographic full
 * stop '。' (U+3002), '、' and the currency signs '¥' (U+00A5) and '￥' (U+FFE5). The result has the same number of
 * UTF-16 code units as the input, and is the input itself when nothing needed converting
 * (the common case, checked first with one regular expression: a ledger has millions of cells).
 */
export function toHalfWidth(s: string): string {
  if (!CONVERTIBLE.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      out += String.fromCharCode(code - FULL_TO_HALF_OFFSET);
    } else if (code === IDEOGRAPHIC_SPACE) {
      out += ' ';
    } else {
      out += s[i];
    }
  }
  return out;
}

/**
 * 大写金额: the amount in words as written on Chinese financial documents
 * (cheques, 收支表 sign-off), following the rules of the 支付结算办法.
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['', '拾', '佰', '仟'] as const;

/**
 * Writes a positive whole number of yuan (decimal digit string without leading zeros).
 * Each run of zero digits followed by a non-zero digit, within or across the 万/亿
 * groups, is written as a single 零; trailing zeros are not written.
 */
function integerWords(digits: string): string {
  let words = '';
  let pendingZero = false;
  for (let i = 0; i < digits.length; i++) {
    const position = digits.length - 1 - i;
    const digit = Number(digits[i]);
    if (digit === 0) {
      pendingZero = true;
    } else {
      words += (pendingZero ? '零' : '') + DIGITS[digit] + PLACES[position % 4];
      pendingZero = false;
    }
    if (position > 0 && position % 8 === 0) {
      words += '亿'; // the highest digit is non-zero, so every 亿 group is present
    } else if (position % 8 === 4 && /[1-9]/.test(digits.slice(Math.max(0, i - 3), i + 1))) {
      words += '万';
    }
  }
  return words;
}

/**
 * Converts an amount in fen (分, safe integer) to 大写金额:
 * 38736260 → "叁拾捌万柒仟叁佰陆拾贰元陆角", 100000 → "壹仟元整", 0 → "零元整",
 * 100507 → "壹仟零伍元零柒分", 56 → "伍角陆分", -1000 → "负壹拾元整".
 * Rules (支付结算办法, 正确填写票据和结算凭证的基本规定): 壹拾, never a bare 拾; one 零
 * for each run of zeros inside the yuan figure, including a zero at the 万 or 亿 place
 * (20100000 → "贰拾万零壹仟元整"); 元零 before 分 when 角 is zero (100000001 →
 * "壹佰万元零壹分"); no 零 between 元 and a non-zero 角 (168032 → "壹仟陆佰捌拾元叁角贰分",
 * one of the two forms the rules allow); 整 only when the words end in 元; no 零元 below
 * one yuan; 负 before a negative amount. Throws a RangeError unless `Number.isSafeInteger(fen)`.
 */
export function toChineseUppercase(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`amount must be a safe integer number of fen, got ${fen}`);
  }
  if (fen === 0) return '零元整';
  const abs = Math.abs(fen);
  const cents = abs % 100;
  const yuan = (abs - cents) / 100;
  const jiao = (cents - (cents % 10)) / 10;
  const fenDigit = cents % 10;

  let words = yuan > 0 ? `${integerWords(String(yuan))}元` : '';
  if (jiao > 0) words += `${DIGITS[jiao]}角`;
  if (fenDigit > 0) words += `${jiao === 0 && yuan > 0 ? '零' : ''}${DIGITS[fenDigit]}分`;
  if (cents === 0) words += '整';
  return (fen < 0 ? '负' : '') + words;
}

import { toHalfWidth } from '../text/normalize-width.ts';
import { fenToDecimalString, formatYuan } from './format-amount.ts';
import { parseAmount } from './parse-amount.ts';

/**
 * What a rejected amount most likely meant, for the 提示 of its message: the amount in
 * integer fen and the reason in Chinese staff understand.
 */
export interface LikelyAmount {
  /** The intended amount in fen (never -0). */
  fen: number;
  /** Why this reading: "小数点和千位分隔符用反了" … */
  because: string;
}

/** One way staff mistype an amount: a pattern on the trimmed text and how to read it. */
interface Misreading {
  pattern: RegExp;
  because: string;
  /** The text rewritten the way parseAmount accepts it. */
  rewrite: (text: string) => string;
}

/**
 * Habits seen in spreadsheets, in the order tried. Every reading is checked by
 * parseAmount, so a rewrite can never publish more than two decimals.
 */
const MISREADINGS: readonly Misreading[] = [
  {
    // 1.200,00 or 12.345.678,9: dots group thousands, the comma is the decimal mark
    pattern: /^\d{1,3}(?:\.\d{3})+,\d{1,2}$/,
    because: '小数点和千位分隔符用反了（“.”分千位、“,”作小数点是欧洲的写法）',
    rewrite: (t) => t.replaceAll('.', '').replace(',', '.'),
  },
  {
    // 1.200.000: dots used as thousands separators
    pattern: /^\d{1,3}(?:\.\d{3}){2,}$/,
    because: '用“.”作了千位分隔符',
    rewrite: (t) => t.replaceAll('.', ''),
  },
  {
    // 1200,50: a comma as the decimal mark
    pattern: /^\d+,\d{1,2}$/,
    because: '用“,”作了小数点',
    rewrite: (t) => t.replace(',', '.'),
  },
  {
    // 1,2000 or 12,00,000.5: commas not in groups of three
    pattern: /^\d+(?:,\d+)+(?:\.\d{1,2})?$/,
    because: '千位分隔符位置不对（应每三位一个“,”）',
    rewrite: (t) => t.replaceAll(',', ''),
  },
  {
    // 1200。50: the Chinese full stop as the decimal mark
    pattern: /^[\d,]+。\d{1,2}$/,
    because: '用中文句号“。”作了小数点',
    rewrite: (t) => t.replace('。', '.'),
  },
  {
    // 1 200.00: spaces as thousands separators
    pattern: /^\d{1,3}(?: \d{3})+(?:\.\d{1,2})?$/,
    because: '数字中间有空格',
    rewrite: (t) => t.replaceAll(' ', ''),
  },
  {
    // 1.200: one dot and three decimals reads as a thousands separator
    pattern: /^\d{1,3}\.\d{3}$/,
    because: '小数点后有三位，“.”可能是千位分隔符',
    rewrite: (t) => t.replace('.', ''),
  },
];

/**
 * The amount staff most likely meant by a cell parseAmount rejected ("1.200,00" →
 * 120000 fen, "1,2000" → 1200000 fen), or undefined when no habit explains it. A sign,
 * ¥/￥ and 元 around the number are kept. Pure text rewriting checked by parseAmount:
 * no floating point.
 */
export function likelyAmount(text: string): LikelyAmount | undefined {
  if (parseAmount(text).ok) return undefined;
  const t = toHalfWidth(text).trim();
  const parts = /^([-−]?[¥￥]?\s*[-−]?)(.*?)(\s*元?)$/.exec(t);
  const prefix = parts?.[1] ?? '';
  const body = parts?.[2] ?? t;
  const suffix = parts?.[3] ?? '';
  for (const m of MISREADINGS) {
    if (!m.pattern.test(body)) continue;
    const parsed = parseAmount(prefix + m.rewrite(body) + suffix);
    if (parsed.ok) return { fen: parsed.fen, because: m.because };
  }
  return undefined;
}

/** The 提示 for a mistyped amount: "可能是 1,200.00 元：小数点和千位分隔符用反了…。如果是这个金额，请改为 1200.00". */
export function likelyAmountHint(likely: LikelyAmount): string {
  return `可能是 ${formatYuan(likely.fen)} 元：${likely.because}。如果是这个金额，请改为 ${fenToDecimalString(likely.fen)}`;
}

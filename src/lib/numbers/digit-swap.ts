import { formatYuan } from '../money/format-amount.ts';

/**
 * The positions (0-based, in the digits of |declared| in fen) of two adjacent digits whose
 * swap turns `declared` into `computed`, or undefined. Both are integers in fen of the same sign.
 */
export function adjacentSwap(declared: number, computed: number): number | undefined {
  if (Math.sign(declared) !== Math.sign(computed)) return undefined;
  const a = String(Math.abs(declared));
  const b = String(Math.abs(computed));
  if (a.length !== b.length) return undefined;
  for (let i = 0; i + 1 < a.length; i++) {
    if (
      a[i] !== a[i + 1] &&
      a[i] === b[i + 1] &&
      a[i + 1] === b[i] &&
      a.slice(0, i) + a.slice(i + 2) === b.slice(0, i) + b.slice(i + 2)
    )
      return i;
  }
  return undefined;
}

/**
 * The hint for a declared figure that differs from the computed one by a multiple of 9 fen,
 * the mark of two transposed digits (12 typed as 21 differs by 9, 120 as 210 by 90): names
 * the swap when swapping two adjacent digits of the declared figure gives the computed one.
 * Undefined for any other difference (or none). Both are amounts in fen.
 */
export function digitSwapHint(declaredFen: number, computedFen: number): string | undefined {
  const difference = declaredFen - computedFen;
  if (difference === 0 || difference % 9 !== 0) return undefined;
  if (adjacentSwap(declaredFen, computedFen) !== undefined) {
    return `可能是两位数字颠倒：填写的 ${formatYuan(declaredFen)} 与计算结果 ${formatYuan(computedFen)} 只差相邻两位数字的顺序`;
  }
  return '相差的金额是 9 的倍数，可能是两位数字颠倒（如把 12 写成 21），请逐位核对';
}

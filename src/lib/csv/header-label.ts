import { toHalfWidth } from '../text/normalize-width.ts';

/**
 * A header label split into its name and the unit Excel users add in brackets:
 * "期初结余（元）" → { name: "期初结余", unit: "元" }, "金额(元)" → { name: "金额", unit: "元" },
 * "科目" → { name: "科目" }. Full-width brackets and spaces are accepted.
 */
export function splitHeaderUnit(label: string): { name: string; unit?: string } {
  const match = /^(.+?)\s*\(\s*([^()]+?)\s*\)$/.exec(toHalfWidth(label).trim());
  if (!match) return { name: label };
  return { name: match[1]!, unit: match[2]! };
}

/** Units a header may carry: amounts are always in 元 (yuan). */
export const ACCEPTED_UNITS: ReadonlySet<string> = new Set(['元']);

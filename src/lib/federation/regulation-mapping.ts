import type { AccountingSystem, Charts } from '../accounts/account.ts';
import { LEGACY_ACCOUNTS } from '../accounts/legacy-accounts.ts';
import { MAPPING_2009_TO_2021 } from '../accounts/system-mapping.ts';
import type { CodeMapping, ConsolidateOptions } from './consolidate.ts';

/**
 * 2021 code → the one official 2009 code of the same level that maps onto it; a legacy
 * account (an older report's informal name) goes to its own 2009 code. A 2021 account that
 * several 2009 accounts of its level map onto (510 其他支出 ← 507 and 508) has no entry:
 * figures kept under 2021 cannot be split back over them.
 */
const INVERSE: ReadonlyMap<string, string> = (() => {
  const legacy2009 = new Set(LEGACY_ACCOUNTS.map((a) => a.codes['2009']));
  const sources = new Map<string, string[]>();
  for (const [from, to] of Object.entries(MAPPING_2009_TO_2021)) {
    if (legacy2009.has(from) || from.length !== to.length) continue; // 50104 → 501 says nothing about 501 → 2009
    sources.set(to, [...(sources.get(to) ?? []), from]);
  }
  const official = [...sources].filter(([, from]) => from.length === 1).map(([to, [from]]) => [to, from!] as const);
  return new Map([...official, ...LEGACY_ACCOUNTS.map((a) => [a.codes['2021'], a.codes['2009']] as const)]);
})();

/**
 * The regulation's mapping between the 制度 (财会〔2021〕16号, MAPPING_2009_TO_2021): a 2009
 * code goes to the 2021 account holding the same content (several may share one, their
 * figures are added; 50104 其他活动支出 goes to the category 501 and so compares at level 1
 * only); a 2021 code goes back only where exactly one 2009 account of its level maps onto it.
 * A code without a counterpart (a union's own account) maps to undefined: consolidate then
 * counts it in its category, or leaves the unit out when a category has none.
 */
export const regulationMapping: CodeMapping = (code, from, to) => {
  if (from === to) return code;
  return from === '2009' ? MAPPING_2009_TO_2021[code] : INVERSE.get(code);
};

/**
 * The options of a federation's 汇总: codes mapped by the regulation, and every account
 * named as the federation's own chart of that 制度 names it (so units that kept the same
 * content under different names or 制度 appear under one line).
 */
export function regulationOptions(charts: Charts): ConsolidateOptions {
  return {
    mapCode: regulationMapping,
    nameOf: (code: string, system: AccountingSystem) => charts[system].byCode.get(code)?.name,
  };
}

/**
 * Small groups re-identify people: “大病帮扶 1 人 2,000.00 元” tells colleagues who was ill
 * and what they received. Health and financial data are sensitive personal information
 * (《个人信息保护法》第二十八条), so an aggregate is published only for groups of at least
 * `min` different people; smaller groups are merged into one group, together with as many
 * of the next smallest groups as it takes (complementary suppression) for the merged group
 * to hold at least two groups and `min` different people. The breakdown's total stays
 * published: total − the shown groups gives the merged group only, never one hidden group.
 */

/** Default minimum group size (人), when union.yaml does not set 最小公开人数. */
export const DEFAULT_MIN_GROUP_SIZE = 3;

/** A group of a breakdown: its label and the people in it (identity keys, never published). */
export interface CountedGroup {
  label: string;
  members: ReadonlySet<string>;
}

/** Why a group is not shown on its own. */
export type HiddenReason = 'small' | 'complementary';

/** A breakdown after suppression: the groups shown, and those merged with the reason for each. */
export interface SuppressedBreakdown<G extends CountedGroup> {
  shown: G[];
  /** In the order they were merged: the small groups first, then the complementary ones. */
  hidden: { group: G; reason: HiddenReason }[];
}

function union(groups: readonly CountedGroup[]): number {
  const all = new Set<string>();
  for (const g of groups) for (const m of g.members) all.add(m);
  return all.size;
}

/**
 * Splits a breakdown into shown and merged groups (see the module comment). Groups of fewer
 * than `min` people are merged; if that leaves a single merged group, or fewer than `min`
 * people merged, the smallest shown groups (fewest people, then label) are merged too until
 * neither holds, or every group is merged. With no small group nothing changes. Pure.
 */
export function suppressSmallGroups<G extends CountedGroup>(groups: readonly G[], min: number): SuppressedBreakdown<G> {
  const small = groups.filter((g) => g.members.size < min);
  if (small.length === 0) return { shown: [...groups], hidden: [] };
  const hidden: SuppressedBreakdown<G>['hidden'] = small.map((group) => ({ group, reason: 'small' }));
  const rest = groups
    .filter((g) => g.members.size >= min)
    .sort((a, b) => a.members.size - b.members.size || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  while (rest.length > 0 && (hidden.length < 2 || union(hidden.map((h) => h.group)) < min)) {
    hidden.push({ group: rest.shift()!, reason: 'complementary' });
  }
  const merged = new Set(hidden.map((h) => h.group));
  return { shown: groups.filter((g) => !merged.has(g)), hidden };
}

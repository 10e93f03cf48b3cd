import type { Account, Chart, UnionLevel } from './account.ts';
import { toHalfWidth } from '../text/normalize-width.ts';

const SEPARATORS = /[—–\-/／·:：]+/g;

/** The key an account name is looked up by: half-width, without spaces, lower case; "上级—明细" separators as "/". */
export function accountKey(name: string): string {
  return toHalfWidth(name).replace(/\s+/g, '').toLowerCase().replace(SEPARATORS, '/');
}

/** Why a chart could not be built: two accounts claim the same code or name. */
export interface ChartConflict {
  account: Account;
  /** The code, name or alias that is already taken. */
  taken: string;
  /** The account that holds it. */
  holder: Account;
}

/**
 * Builds lookup tables over a list of accounts of one 制度. The first account to claim a
 * code wins; a later claim is returned as a conflict for the caller to report. A name
 * held by two official accounts of different parents (the 制度 repeats 一般性转移支付补助
 * under income and expense) is ambiguous: it is left out of `byName` and kept in
 * `ambiguous`. Every account below level 1 is also found as "上级名称/名称" (any of the
 * separators — - / · :), which is how staff write an ambiguous name. With `level`, a shared
 * name goes to the one account whose category is on that union level's list (for a
 * 基层工会, 一般性转移支付补助 is 40301: 508 补助下级支出 is a 县级以上工会 account).
 */
export function createChart(
  accounts: readonly Account[],
  level?: UnionLevel,
): { chart: Chart; conflicts: ChartConflict[] } {
  const byCode = new Map<string, Account>();
  const byName = new Map<string, Account>();
  const ambiguous = new Map<string, Account[]>();
  const conflicts: ChartConflict[] = [];
  const kept: Account[] = [];
  for (const account of accounts) {
    const codeHolder = byCode.get(account.code);
    if (codeHolder) {
      conflicts.push({ account, taken: account.code, holder: codeHolder });
      continue;
    }
    const names = [account.name, ...account.aliases];
    const holders = names.map((n) => byName.get(accountKey(n)) ?? ambiguous.get(accountKey(n))?.[0]);
    const clash = holders.findIndex(
      (h) =>
        h !== undefined &&
        !(h.origin === 'official' && account.origin === 'official' && h.parentCode !== account.parentCode),
    );
    if (clash >= 0) {
      conflicts.push({ account, taken: names[clash]!, holder: holders[clash]! });
      continue;
    }
    byCode.set(account.code, account);
    for (const name of names) {
      const key = accountKey(name);
      const holder = byName.get(key);
      const shared = ambiguous.get(key);
      if (shared) shared.push(account);
      else if (holder) {
        byName.delete(key);
        ambiguous.set(key, [holder, account]);
      } else byName.set(key, account);
    }
    kept.push(account);
  }
  if (level) preferListed(byCode, byName, ambiguous, level);
  for (const account of kept) {
    if (account.level === 1) continue;
    const parent = byCode.get(account.parentCode);
    if (!parent) continue;
    for (const name of [account.name, ...account.aliases]) {
      const key = accountKey(`${parent.name}/${name}`);
      if (!byName.has(key)) byName.set(key, account);
    }
  }
  return { chart: { accounts: kept, byCode, byName, ambiguous }, conflicts };
}

function preferListed(
  byCode: ReadonlyMap<string, Account>,
  byName: Map<string, Account>,
  ambiguous: Map<string, Account[]>,
  level: UnionLevel,
): void {
  const listed = (a: Account): boolean => byCode.get(a.categoryCode)?.lists?.includes(level) ?? true;
  for (const [key, holders] of ambiguous) {
    const onList = holders.filter(listed);
    if (onList.length !== 1) continue;
    byName.set(key, onList[0]!);
    ambiguous.delete(key);
  }
}

/** The account written in a cell, by code or by name/alias (or "上级/名称"); undefined if unknown or ambiguous. */
export function resolveAccount(chart: Chart, written: string): Account | undefined {
  const trimmed = toHalfWidth(written).trim();
  return chart.byCode.get(trimmed) ?? chart.byName.get(accountKey(trimmed));
}

/** The accounts an ambiguous name could mean (empty when the name is not ambiguous). */
export function ambiguousAccounts(chart: Chart, written: string): readonly Account[] {
  return chart.ambiguous.get(accountKey(written)) ?? [];
}

/** All names and aliases of the chart, for "did you mean" hints. */
export function accountNames(chart: Chart): string[] {
  return chart.accounts.flatMap((a) => [a.name, ...a.aliases]);
}

/** The account a name or alias stands for, by its display name (for hints that name the target). */
export function describeAccount(account: Account): string {
  return `${account.name}（${account.code}）`;
}

/** The parent chain of an account, level 1 first, ending with the account itself. */
export function accountPath(chart: Chart, account: Account): Account[] {
  const path = [account];
  let current = account;
  while (current.level > 1) {
    const parent = chart.byCode.get(current.parentCode);
    if (!parent) break;
    path.unshift(parent);
    current = parent;
  }
  return path;
}

/** True when `account` is `ancestor` or lies under it. */
export function isUnder(account: Account, ancestor: Account): boolean {
  if (account.code === ancestor.code) return true;
  if (ancestor.level === 1) return account.categoryCode === ancestor.code;
  if (ancestor.level === 2) return account.level === 3 && account.parentCode === ancestor.code;
  return false;
}

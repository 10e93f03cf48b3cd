import type { Account, Chart } from './account.ts';
import { toHalfWidth } from '../text/normalize-width.ts';

/** The key an account name is looked up by: half-width, without spaces, lower case. */
export function accountKey(name: string): string {
  return toHalfWidth(name).replace(/\s+/g, '').toLowerCase();
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
 * Builds lookup tables over a list of accounts. The first account to claim a code or a
 * name wins; later claims are returned as conflicts for the caller to report.
 */
export function createChart(accounts: readonly Account[]): { chart: Chart; conflicts: ChartConflict[] } {
  const byCode = new Map<string, Account>();
  const byName = new Map<string, Account>();
  const conflicts: ChartConflict[] = [];
  const kept: Account[] = [];
  for (const account of accounts) {
    const codeHolder = byCode.get(account.code);
    if (codeHolder) {
      conflicts.push({ account, taken: account.code, holder: codeHolder });
      continue;
    }
    const names = [account.name, ...account.aliases];
    const nameHolder = names.map((n) => byName.get(accountKey(n))).find((a) => a !== undefined);
    if (nameHolder) {
      const taken = names.find((n) => byName.get(accountKey(n)) === nameHolder)!;
      conflicts.push({ account, taken, holder: nameHolder });
      continue;
    }
    byCode.set(account.code, account);
    for (const name of names) byName.set(accountKey(name), account);
    kept.push(account);
  }
  return { chart: { accounts: kept, byCode, byName }, conflicts };
}

/** The account written in a cell, by code or by name/alias; undefined if unknown. */
export function resolveAccount(chart: Chart, written: string): Account | undefined {
  const trimmed = toHalfWidth(written).trim();
  return chart.byCode.get(trimmed) ?? chart.byName.get(accountKey(trimmed));
}

/** All names and aliases of the chart, for "did you mean" hints. */
export function accountNames(chart: Chart): string[] {
  return chart.accounts.flatMap((a) => [a.name, ...a.aliases]);
}

/** The account a name or alias stands for, by its display name (for hints that name the target). */
export function describeAccount(account: Account): string {
  return `${account.name}（${account.code}）`;
}

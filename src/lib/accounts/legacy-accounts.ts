import type { Account, AccountingSystem } from './account.ts';
import { defineAccounts } from './define-accounts.ts';

/**
 * An informal account of older reports (they predate both 制度): its own name stays on the
 * statement, under the category it belongs to in each 制度, with a code of the category
 * followed by "9x" so it never takes an official code. `mapsTo` is the 2021 account whose
 * content it is (for comparisons across the change of 制度).
 */
export interface LegacyAccount {
  name: string;
  aliases: readonly string[];
  /** Code under each 制度. */
  codes: Readonly<Record<AccountingSystem, string>>;
  /** The 2021 account (level 1 or 2) holding the same content. */
  mapsTo: string;
}

/** The informal names of the seeds and older reports, each under its category in both charts. */
export const LEGACY_ACCOUNTS: readonly LegacyAccount[] = [
  {
    name: '行政拨入会费',
    aliases: ['行政拨入', '行政拨交经费', '行政拨缴经费'],
    codes: { '2009': '40291', '2021': '40291' },
    mapsTo: '402',
  },
  {
    name: '回拨会费',
    aliases: ['回拨', '回拨经费', '上级回拨'],
    codes: { '2009': '40391', '2021': '40391' },
    mapsTo: '40301',
  },
  {
    name: '上级补助经费',
    aliases: ['总工会补助经费', '总工会补助', '补助经费'],
    codes: { '2009': '40392', '2021': '40392' },
    mapsTo: '40301',
  },
  {
    name: '职工福利费',
    aliases: ['职工福利费支出', '职工福利支出', '福利费'],
    codes: { '2009': '50191', '2021': '50191' },
    mapsTo: '50105',
  },
  {
    name: '慰问吊唁费',
    aliases: ['职工慰问吊唁费', '职工慰问吊唁费支出', '慰问吊唁费支出', '吊唁慰问费'],
    codes: { '2009': '50192', '2021': '50192' },
    mapsTo: '50105',
  },
  {
    name: '困难职工补助',
    aliases: ['困难职工补助费', '困难补助'],
    codes: { '2009': '50291', '2021': '50491' },
    mapsTo: '50404',
  },
  {
    name: '办公费',
    aliases: ['办公费支出', '办公用品费'],
    codes: { '2009': '50391', '2021': '50591' },
    mapsTo: '50504',
  },
  {
    name: '上缴上级经费',
    aliases: ['上缴经费', '上解上级经费', '上缴上级支出'],
    codes: { '2009': '50891', '2021': '51091' },
    mapsTo: '510',
  },
];

/** The legacy accounts as accounts of the chart of `system`. */
export function legacyAccounts(system: AccountingSystem): Account[] {
  return defineAccounts(
    system,
    'legacy',
    LEGACY_ACCOUNTS.map((a) => [a.codes[system], a.name, a.aliases] as const),
  );
}

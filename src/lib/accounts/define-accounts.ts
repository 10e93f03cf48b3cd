import type { Account, AccountingSystem, AccountKind, AccountOrigin, UnionLevel } from './account.ts';

/** One account as written in a chart table: code, name, and optionally its aliases and lists. */
export type AccountRow = readonly [
  code: string,
  name: string,
  aliases?: readonly string[],
  lists?: readonly UnionLevel[],
];

/** The level an official code stands for: 3 digits level 1, 5 digits level 2, 7 digits level 3. */
export function levelOfCode(code: string): 1 | 2 | 3 {
  return code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3;
}

/** The kind of an account by its code: 4xx income, 5xx expense. */
export function kindOfCode(code: string): AccountKind {
  return code.startsWith('4') ? 'income' : 'expense';
}

/**
 * Accounts of one 制度 from rows whose codes carry their place: the parent of a level 2
 * code is its first three digits, of a level 3 code its first five (the 制度's numbering).
 */
export function defineAccounts(
  system: AccountingSystem,
  origin: AccountOrigin,
  rows: readonly AccountRow[],
): Account[] {
  return rows.map(([code, name, aliases = [], lists]) => {
    const level = levelOfCode(code);
    const parentCode = level === 1 ? code : level === 2 ? code.slice(0, 3) : code.slice(0, 5);
    return {
      code,
      name,
      kind: kindOfCode(code),
      level,
      parentCode,
      categoryCode: code.slice(0, 3),
      system,
      origin,
      aliases,
      ...(lists ? { lists } : {}),
    };
  });
}

import { toHalfWidth } from '../../text/normalize-width.ts';

/**
 * A memo compared for sameness: half-width, without spaces and punctuation, lower case.
 * "慰问住院职工 。" and "慰问住院职工" have the same key; digits and words are kept, so
 * "（内科）" and "（外科）" differ.
 */
export function memoKey(memo: string): string {
  return toHalfWidth(memo)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * A memo compared for the same purpose or payee: as {@link memoKey}, and without digits, so
 * "办公用品（第1批）" and "办公用品（第2批）" share a key.
 */
export function payeeKey(memo: string): string {
  return memoKey(memo).replace(/\d+/g, '');
}

/**
 * A memoised {@link memoKey} or {@link payeeKey}: a ledger repeats a few hundred memos over
 * many thousand lines, so each distinct memo is normalised once. One per use, not shared, so
 * the cache lives as long as the rule that needs it.
 */
export function cachedKey(key: (memo: string) => string): (memo: string) => string {
  const cache = new Map<string, string>();
  return (memo) => {
    let found = cache.get(memo);
    if (found === undefined) cache.set(memo, (found = key(memo)));
    return found;
  };
}

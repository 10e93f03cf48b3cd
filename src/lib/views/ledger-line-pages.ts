import type { LedgerPage } from './ledger-pages.ts';

/** The anchor of one ledger line on its page (without "#"): "l-123" for line 123 of the fund file. */
export function ledgerLineAnchor(line: number): string {
  return `l-${line}`;
}

/**
 * The ledger page (1-based) of every fund line, by its line number in the fund file. With
 * the line number as anchor, a link to a line stays the same across builds as long as the
 * line itself stays where it is in the file.
 */
export function ledgerLinePages(pages: readonly LedgerPage[]): Map<number, number> {
  const byLine = new Map<number, number>();
  for (const page of pages) {
    for (const side of page.sides) {
      for (const category of side.categories) {
        for (const account of category.accounts) for (const e of account.entries) byLine.set(e.line, page.number);
      }
    }
  }
  return byLine;
}

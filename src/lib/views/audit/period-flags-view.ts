import type { SiteData } from '../../site/site-data.ts';
import { ledgerLineAnchor, ledgerLinePages } from '../ledger-line-pages.ts';
import { ledgerPagePath, ledgerPages } from '../ledger-pages.ts';
import { flagsView } from './flags-view.ts';

/** The path of a fund line on its ledger page: "funds/2024/ledger/#l-123", "funds/2024/ledger/2/#l-1234". */
export function ledgerLinePath(periodId: string, page: number, line: number): string {
  return `funds/${periodId}/ledger/${ledgerPagePath(page)}#${ledgerLineAnchor(line)}`;
}

/** The 疑点提示 section of period `index`, its lines linked to the ledger pages they are on. */
export function periodFlagsView(site: SiteData, index: number) {
  const data = site.periods[index]!;
  const s = data.statement;
  const pageOf = s.isLedger ? ledgerLinePages(ledgerPages(s)) : new Map<number, number>();
  return flagsView(site.audit.flags[index]!, site.audit.thresholds, (line) =>
    ledgerLinePath(s.period.id, pageOf.get(line) ?? 1, line),
  );
}

import { routePath } from '../../routes/routes.ts';
import type { SiteData } from '../../model/site-data.ts';
import { ledgerLinePages } from '../ledger-line-pages.ts';
import { ledgerPages } from '../ledger-pages.ts';
import { flagsView } from './flags-view.ts';

/** The 疑点提示 section of period `index`, its lines linked to their rows on the ledger pages they are on. */
export function periodFlagsView(site: SiteData, index: number) {
  const data = site.periods[index]!;
  const s = data.statement;
  const pageOf = s.isLedger ? ledgerLinePages(ledgerPages(s)) : new Map<number, number>();
  return flagsView(site.audit.flags[index]!, site.audit.thresholds, (line) =>
    routePath({ to: 'ledger', period: s.period.id, page: pageOf.get(line) ?? 1, line }),
  );
}

import { routePath } from '../../routes/routes.ts';
import type { SiteData } from '../../model/site-data.ts';
import { statementLinePages } from '../ledger-line-pages.ts';
import { flagsView } from './flags-view.ts';

/** How many places of each rule the screen audit page lists (the audit pack lists them all). */
export const FLAG_GROUPS_LISTED = 30;

/** How many lines of each place the screen audit page lists (the audit pack lists them all). */
export const FLAG_LINES_LISTED = 20;

/**
 * The 疑点提示 section of period `index`, its lines linked to their rows on the ledger pages
 * they are on. `listed`: list at most FLAG_GROUPS_LISTED places of each rule and
 * FLAG_LINES_LISTED lines of each place, the rest being
 * in the 审计资料包 (the screen page); otherwise every place (the pack).
 */
export function periodFlagsView(site: SiteData, index: number, listed = false) {
  const data = site.periods[index]!;
  const s = data.statement;
  const pageOf: ReadonlyMap<number, number> = s.isLedger ? statementLinePages(s) : new Map<number, number>();
  return flagsView(
    site.audit.flags[index]!,
    site.audit.thresholds,
    (line) => routePath({ to: 'ledger', period: s.period.id, page: pageOf.get(line) ?? 1, line }),
    listed
      ? {
          groups: FLAG_GROUPS_LISTED,
          lines: FLAG_LINES_LISTED,
          fullList: (rule) => routePath({ to: 'audit-pack', period: s.period.id, flagRule: rule }),
        }
      : undefined,
  );
}

import { compareIso } from '../dates/calendar.ts';
import type { AidNoticeEntry } from '../records/aid-notice-log.ts';
import type { DisclosureItem } from './disclosure-item.ts';
import { routePath } from '../routes/routes.ts';

/** The page that shows open notices (masked names) and, always, the aid aggregates. */
export const AID_PAGE = routePath({ to: 'aid' });

/**
 * One item per 公示 notice of aid.csv, open or ended, built from the notice log: dates and
 * counts only, never a name (masked or not). The notice covers its payment days, counts as
 * disclosed from its first payment day (the site shows it from then) and ends on its
 * 公示截止. Only a notice open on `asOf` (the build date, ISO) links to the aid page, where
 * it is shown; an ended or future notice links nowhere. Addressed to members.
 */
export function aidNoticeItems(log: readonly AidNoticeEntry[], asOf: string): DisclosureItem[] {
  return log.map((n) => {
    const [year, month] = n.from.split('-');
    const open = compareIso(n.from, asOf) <= 0 && compareIso(asOf, n.until) <= 0;
    return {
      kind: 'aid-notice',
      title: `${year}年${Number(month)}月${n.occasion}公示（${n.count}人次）`,
      coversStart: n.from,
      coversEnd: n.to,
      publishedOn: n.from,
      audience: '会员',
      endsOn: n.until,
      ...(open ? { href: AID_PAGE } : {}),
    };
  });
}

import type { RegisterRow } from '../disclosure/register.ts';
import type { SiteData } from '../model/site-data.ts';

/**
 * 数据截至: the latest day the data speaks of that is not after the build date `asOf` (ISO):
 * the end of each period's statement, every dated ledger line, held activities, aid notices,
 * congress sessions, elections, answers to proposals and every disclosure date of the
 * register. Planned activities and dates after `asOf` do not count: they are not yet facts.
 * Undefined when the data holds no date at all. This is what the footer prints as 数据截至,
 * beside the build date (生成日期), so neither is passed off as the other.
 */
export function dataUntil(site: SiteData, register: readonly RegisterRow[], asOf: string): string | undefined {
  let latest: string | undefined;
  const see = (date: string | undefined): void => {
    if (date !== undefined && date <= asOf && (latest === undefined || date > latest)) latest = date;
  };
  for (const p of site.periods) {
    see(p.statement.period.end);
    for (const side of [p.statement.income, p.statement.expense])
      for (const category of side.categories)
        for (const line of category.lines) line.entries.forEach((e) => see(e.date));
  }
  const { records } = site;
  for (const a of records.activities) if (a.status === '已举办') see(a.endDate ?? a.date);
  for (const n of records.aid.noticeLog) see(n.to);
  for (const s of records.congress) see(s.date);
  for (const e of records.elections) see(e.date);
  for (const p of records.proposals) see(p.repliedOn);
  for (const row of register) see(row.item.publishedOn);
  return latest;
}

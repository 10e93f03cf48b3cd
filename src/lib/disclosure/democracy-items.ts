import { electionAnchor, type Election } from '../records/election-results.ts';
import type { CongressRecord } from '../model/records-data.ts';
import { sessionAnchor } from '../records/session-number.ts';
import type { Proposal } from '../records/tables/proposals.ts';
import type { DisclosureItem } from './disclosure-item.ts';
import { routePath } from '../routes/routes.ts';

/**
 * One item per congress session: its resolutions (决议), covering the meeting day, disclosed
 * on the session's 决议公开日期 in congress.csv (none yet when empty). `congress` is the
 * union's word for its congress (职代会, 教代会, 会员代表大会). Links to the session on the
 * congress page.
 */
export function congressItems(sessions: readonly CongressRecord[], congress: string): DisclosureItem[] {
  return sessions.map((s) => ({
    kind: 'congress-resolutions',
    title: `${s.session.label}${congress}决议`,
    coversStart: s.date,
    coversEnd: s.date,
    ...(s.resolutionsPublishedOn ? { publishedOn: s.resolutionsPublishedOn } : {}),
    audience: '全体',
    href: routePath({ to: 'congress', session: sessionAnchor(s.session) }),
  }));
}

/**
 * One item per congress session that received proposals or suggestions (proposals.csv): how
 * they were handled, disclosed on the session's 提案办理公开日期 in congress.csv. The
 * deadline counts from the meeting day. Links to the meeting on the proposals page.
 */
export function proposalItems(
  sessions: readonly CongressRecord[],
  proposals: readonly Proposal[],
  congress: string,
): DisclosureItem[] {
  return sessions
    .filter((s) => proposals.some((p) => p.session.label === s.session.label))
    .map((s) => ({
      kind: 'proposal-handling',
      title: `${s.session.label}${congress}提案办理情况`,
      coversStart: s.date,
      coversEnd: s.date,
      ...(s.proposalsPublishedOn ? { publishedOn: s.proposalsPublishedOn } : {}),
      audience: '全体',
      href: routePath({ to: 'proposals', anchor: sessionAnchor(s.session) }),
    }));
}

/**
 * One item per election (a committee for a term): its result, covering the election day,
 * disclosed on the 公开日期 of elections.csv. Links to the election on the elections page.
 */
export function electionItems(elections: readonly Election[]): DisclosureItem[] {
  return elections.map((e) => ({
    kind: 'election-result',
    title: `${e.termLabel}${e.committee}选举结果`,
    coversStart: e.date,
    coversEnd: e.date,
    ...(e.publishedOn ? { publishedOn: e.publishedOn } : {}),
    audience: '全体',
    href: routePath({ to: 'elections', election: electionAnchor(e) }),
  }));
}

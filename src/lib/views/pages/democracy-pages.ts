import { formatPercent } from '../../numbers/rates.ts';
import { proposalFigures } from '../../records/records-figures.ts';
import { routePath } from '../../routes/routes.ts';
import type { SiteData } from '../../model/site-data.ts';
import { CONGRESS_FULL_NAMES, congressRows } from '../records/congress-rows.ts';
import { electionViews } from '../records/election-rows.ts';
import { formatCountRate, rateCountsInWords } from '../records/format-records.ts';
import {
  ANSWER_WORDS,
  CLOSE_WORDS,
  FILING_WORDS,
  categoryBars,
  funnelRow,
  funnelStages,
  suggestionSummary,
} from '../records/proposal-rows.ts';
import {
  delegationFilters,
  filterRegisters,
  sessionRegisters,
  statusFilters,
  statusOfSlug,
  type ProposalFilter,
  type SessionRegister,
} from '../records/proposal-register.ts';
import type { KeyFigure } from './shared.ts';

/** The full name of the union's congress ("职工代表大会"), or its short name when unknown. */
function congressFullName(congress: string): string {
  return CONGRESS_FULL_NAMES[congress] ?? congress;
}

/** 民主管理 overview: sessions (latest first), the 提案 funnel and the elections at a glance. */
export function democracyPage(site: SiteData) {
  const congress = site.union.congress;
  const sessions = congressRows(site.records.congress, congress).reverse();
  // The same funnel <Count figure="立案提案"> and the other report figures read.
  const funnel = proposalFigures(site.records);
  const keyFigures: KeyFigure[] = [
    {
      label: `${congress}会议`,
      value: `${sessions.length} 次`,
      ...(sessions[0] ? { note: `最近一次：${sessions[0].name}（${sessions[0].date}）` } : {}),
    },
    {
      label: '代表提案',
      value: `收到 ${funnel.received} 件`,
      note: `合并后 ${funnel.afterMerge} 件，立案 ${funnel.filed} 件`,
    },
    {
      label: '办结率',
      value: funnel.closeRate.bp === null ? '—' : formatPercent(funnel.closeRate.bp),
      note: rateCountsInWords(funnel.closeRate, CLOSE_WORDS),
    },
  ];
  return {
    fullName: congressFullName(congress),
    keyFigures,
    sessions: sessions.map((s) => ({
      name: s.name,
      path: routePath({ to: 'congress', session: s.id }),
      date: s.date,
      attendance: formatPercent(s.attendanceBp),
      documents: s.documents.length,
      resolutions: s.resolutions.length,
    })),
    elections: electionViews(site.records.elections).map((e) => ({
      title: e.title,
      path: routePath({ to: 'elections', election: e.id }),
      date: e.date,
      seats: e.seats,
      candidates: e.candidates,
      margin: e.margin,
    })),
  };
}

/** 代表大会: every session (latest first) with attendance, documents and votes, and the attendance chart. */
export function congressPage(site: SiteData) {
  const congress = site.union.congress;
  const sessions = congressRows(site.records.congress, congress).reverse();
  return {
    congress,
    fullName: congressFullName(congress),
    sessions: sessions.map((s) => ({ ...s, documentList: s.documents.join('、') })),
    chart: {
      description: '历次会议出席率：' + sessions.map((x) => `${x.name} ${x.attendance}`).join('；') + '。',
      bars: [...sessions]
        .reverse()
        .map((x) => ({ label: x.name, value: x.attendanceBp, valueText: formatPercent(x.attendanceBp) })),
    },
  };
}

/** 选举: each election (latest first) with its key figures, candidates' votes and the chart of votes. */
export function electionsPage(site: SiteData) {
  const elections = electionViews(site.records.elections).sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : 0,
  );
  return {
    elections: elections.map((e) => ({
      ...e,
      keyFigures: [
        { label: '应选名额', value: `${e.seats} 名` },
        { label: '候选人', value: `${e.candidates} 名`, note: `差额 ${e.candidates - e.seats} 名` },
        { label: '差额比例', value: e.margin, note: `${e.marginWords}；规定不低于 ${e.minimum}` },
        { label: '当选', value: `${e.elected} 名` },
      ] satisfies KeyFigure[],
      chart: {
        description:
          `${e.title}各候选人得票：` +
          e.rows.map((r) => `${r.name} ${r.votes} 票${r.elected ? '，当选' : ''}`).join('；') +
          '。',
        bars: e.rows.map((r) => ({ label: r.name, value: r.votes, valueText: `${r.votes}${r.elected ? ' ✓' : ''}` })),
      },
    })),
  };
}

/** A session of the proposals register as a page shows it: its heading and counts in words. */
function registerView(site: SiteData, s: SessionRegister) {
  const congress = site.union.congress;
  const motions = proposalFigures(site.records, { sessions: [s.label], kind: '提案' });
  const suggestions = suggestionSummary(proposalFigures(site.records, { sessions: [s.label], kind: '合理化建议' }));
  return {
    ...s,
    name: `${s.label}${congress}`,
    motionsSummary: s.receivedMotions
      ? `收到代表提案 ${motions.received} 件，同类合并后 ${motions.afterMerge} 件，立案 ${motions.filed} 件，已答复 ${motions.answered} 件（其中已办结 ${motions.closed} 件）。`
      : '',
    suggestionsSummary: s.receivedSuggestions
      ? `合理化建议 ${suggestions.count} 件；采纳率 ${suggestions.adopted}；采纳的建议创造价值 ${suggestions.value} 万元。`
      : '',
  };
}

/** The filters of the proposals pages: by status and by 代表团, each with its own page. */
function proposalFilters(site: SiteData, registers: readonly SessionRegister[]) {
  return {
    statuses: statusFilters(registers),
    delegations: delegationFilters(site.records.proposals, registers),
    allPath: routePath({ to: 'proposals' }),
  };
}

/** The register of every meeting with proposals, latest meeting first. */
function latestFirst(site: SiteData): SessionRegister[] {
  return sessionRegisters(site.records.congress, site.records.proposals).reverse();
}

/**
 * 提案: every proposal and suggestion by meeting, latest meeting first, each with its
 * proposer, 代表团, 承办部门, status and answer, merged ones listed under the one they were
 * merged into; the filters by status and 代表团; and the 提案 funnel per session and in
 * total (from records-figures, as the reports' figures), its stages and categories.
 */
export function proposalsPage(site: SiteData) {
  const { records } = site;
  const congress = site.union.congress;
  const all = records.proposals;
  const motions = all.filter((p) => p.kind === '提案');
  const sessions = records.congress
    .map((c) => c.session.label)
    .filter((label) => all.some((p) => p.session.label === label));
  const funnel = proposalFigures(records);
  const stages = funnelStages(funnel);
  const categories = categoryBars(motions);
  const registers = latestFirst(site);
  return {
    congress,
    hasProposals: all.length > 0,
    hasMotions: motions.length > 0,
    /** The rates of all sessions in words: "立案率 100.00%（合并后 81 件中立案 81 件）；答复率 …". */
    funnelSummary: [
      `立案率 ${formatCountRate(funnel.filingRate, FILING_WORDS)}`,
      `答复率 ${formatCountRate(funnel.answerRate, ANSWER_WORDS)}`,
      `办结率 ${formatCountRate(funnel.closeRate, CLOSE_WORDS)}`,
    ].join('；'),
    register: registers.map((s) => registerView(site, s)),
    filters: proposalFilters(site, registers),
    funnelRows: [
      ...sessions
        .map((label) => funnelRow(`${label}${congress}`, proposalFigures(records, { sessions: [label] })))
        .filter((r) => r.received > 0),
      funnelRow('合计', proposalFigures(records)),
    ].map((r) => ({ ...r, total: r.label === '合计' })),
    stages: {
      bars: stages,
      description: '提案办理各阶段件数：' + stages.map((s) => `${s.label} ${s.valueText}`).join('；') + '。',
    },
    categories: {
      bars: categories,
      description: '合并后各类别提案件数：' + categories.map((c) => `${c.label} ${c.valueText}`).join('；') + '。',
    },
    csvPath: routePath({ to: 'proposals-csv' }),
  };
}

/** A filter page of the proposals: by status or by 代表团. */
export type ProposalFilterKind = 'status' | 'delegation';

/** Every filter page (Astro's static paths): one per status and one per 代表团 that keeps a proposal. */
export function proposalFilterPaths(site: SiteData): { params: { kind: ProposalFilterKind; slug: string } }[] {
  const filters = proposalFilters(site, latestFirst(site));
  return [
    ...filters.statuses.map((f) => ({ kind: 'status' as const, slug: f.slug })),
    ...filters.delegations.filter((f) => f.count > 0).map((f) => ({ kind: 'delegation' as const, slug: f.slug })),
  ].map((params) => ({ params }));
}

/**
 * The proposals of one status or one 代表团 (a proposal belongs to its own 代表团 and to those
 * of the proposals merged into it), latest meeting first, in the same form as the proposals
 * page; a page that works without JavaScript. Throws for an unknown slug (a build error).
 */
export function proposalFilterPage(site: SiteData, kind: ProposalFilterKind, slug: string) {
  const registers = latestFirst(site);
  const filters = proposalFilters(site, registers);
  const filter: ProposalFilter | undefined = (kind === 'status' ? filters.statuses : filters.delegations).find(
    (f) => f.slug === slug,
  );
  if (!filter) throw new Error(`no proposal filter ${kind}/${slug}`);
  const status = statusOfSlug(slug);
  const kept = filterRegisters(registers, (e) =>
    kind === 'status' ? e.status === status : e.delegationSlugs.includes(slug),
  );
  return {
    congress: site.union.congress,
    title: kind === 'status' ? `状态为“${filter.label}”的提案` : `${filter.label}的提案`,
    lead:
      kind === 'status'
        ? `各次会议中状态为“${filter.label}”的提案和合理化建议共 ${filter.count} 件，最近一次会议在前。`
        : `${filter.label}代表提出的提案，以及并入了该代表团提案的提案，共 ${filter.count} 件，最近一次会议在前。`,
    current: filter.path,
    register: kept.map((s) => registerView(site, s)),
    filters,
  };
}

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
  proposalListRows,
  suggestionSummary,
} from '../records/proposal-rows.ts';
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

/**
 * 提案: the 提案 funnel per session and in total (from records-figures, as the reports'
 * figures), its stages and categories, the 合理化建议 of each session, and the lists.
 */
export function proposalsPage(site: SiteData) {
  const { records } = site;
  const congress = site.union.congress;
  const all = records.proposals;
  const motions = all.filter((p) => p.kind === '提案');
  const suggestions = all.filter((p) => p.kind === '合理化建议');
  const sessions = records.congress
    .map((c) => c.session.label)
    .filter((label) => all.some((p) => p.session.label === label));
  const funnel = proposalFigures(records);
  const stages = funnelStages(funnel);
  const categories = categoryBars(motions);
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
    suggestions: sessions
      .filter((label) => suggestions.some((p) => p.session.label === label))
      .map((label) => ({
        label,
        anchor: `h-sugg-${label}`,
        summary: suggestionSummary(proposalFigures(records, { sessions: [label], kind: '合理化建议' })),
        rows: proposalListRows(suggestions.filter((p) => p.session.label === label)),
      })),
    /** The 提案 lists by session, latest first; sessions without 提案 are left out. */
    lists: [...sessions]
      .reverse()
      .map((label, i) => ({ label, open: i === 0, list: motions.filter((p) => p.session.label === label) }))
      .filter(({ list }) => list.length > 0)
      .map(({ label, open, list }) => ({
        label,
        open,
        going: list.filter((p) => p.status !== '已合并').length,
        received: list.length,
        rows: proposalListRows(list),
      })),
    hasSessions: sessions.length > 0,
    csvPath: routePath({ to: 'proposals-csv' }),
  };
}

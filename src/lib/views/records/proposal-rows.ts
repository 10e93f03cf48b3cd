import { formatWan } from '../../money/format-amount.ts';
import { formatPercent } from '../../numbers/rates.ts';
import type { CountRate, ProposalFunnel } from '../../records/proposal-funnel.ts';
import type { Proposal } from '../../records/tables/proposals.ts';
import { formatCountRate, type RateWords } from './format-records.ts';

/** The stages of a funnel as bars: 收到 → 合并后 → 立案 → 答复 → 办结. */
export function funnelStages(f: ProposalFunnel): { label: string; value: number; valueText: string }[] {
  return [
    { label: '收到', value: f.received },
    { label: '合并后', value: f.afterMerge },
    { label: '立案', value: f.filed },
    { label: '已答复', value: f.answered },
    { label: '已办结', value: f.closed },
  ].map((s) => ({ ...s, valueText: `${s.value} 件` }));
}

/** 立案率: filed among the distinct matters after merging. */
export const FILING_WORDS: RateWords = { whole: '合并后', part: '立案', unit: '件' };
/** 答复率: answered among the filed. */
export const ANSWER_WORDS: RateWords = { whole: '立案', part: '已答复', unit: '件' };
/** 办结率: closed among the filed. */
export const CLOSE_WORDS: RateWords = { whole: '立案', part: '已办结', unit: '件' };
/** 采纳率: adopted among the suggestions after merging. */
export const ADOPTION_WORDS: RateWords = { whole: '建议', part: '采纳', unit: '件' };

/** A rate's percentage alone, for a table whose other columns hold its counts; "—" without a denominator. */
function percentOf(rate: CountRate): string {
  return rate.bp === null ? '—' : formatPercent(rate.bp);
}

/** A funnel as a table row: the counts, and each rate as a percentage beside them. */
export interface FunnelRow {
  label: string;
  received: number;
  merged: number;
  afterMerge: number;
  filed: number;
  answered: number;
  closed: number;
  filingRate: string;
  answerRate: string;
  closeRate: string;
}

/** A funnel (from records-figures' proposalFigures) as a row labelled `label`. */
export function funnelRow(label: string, f: ProposalFunnel): FunnelRow {
  return {
    label,
    received: f.received,
    merged: f.merged,
    afterMerge: f.afterMerge,
    filed: f.filed,
    answered: f.answered,
    closed: f.closed,
    filingRate: percentOf(f.filingRate),
    answerRate: percentOf(f.answerRate),
    closeRate: percentOf(f.closeRate),
  };
}

/** Suggestions (合理化建议) of a session, from their funnel: adopted with its rate, and the value created in 万元. */
export function suggestionSummary(f: ProposalFunnel): { count: number; adopted: string; value: string } {
  return {
    count: f.afterMerge,
    adopted: formatCountRate(f.adoptionRate, ADOPTION_WORDS),
    value: formatWan(f.valueFen),
  };
}

/** Distinct matters (not merged) per category, most first. */
export function categoryBars(proposals: readonly Proposal[]): { label: string; value: number; valueText: string }[] {
  const counts = new Map<string, number>();
  for (const p of proposals) if (p.status !== '已合并') counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([label, value]) => ({ label, value, valueText: `${value} 件` }));
}

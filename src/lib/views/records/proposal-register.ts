import { Sha256 } from '../../hash/sha256.ts';
import { formatWan } from '../../money/format-amount.ts';
import type { CongressRecord } from '../../model/records-data.ts';
import { sessionAnchor } from '../../records/session-number.ts';
import { PROPOSAL_STATUSES, type Proposal, type ProposalStatus } from '../../records/tables/proposals.ts';
import { proposalAnchor, routePath } from '../../routes/routes.ts';

/** A proposal merged into another one, listed under it with its own number and anchor. */
export interface MergedEntry {
  anchor: string;
  number: string;
  title: string;
  /** "王建华（内科代表团）", "王建华", "内科代表团" or "". */
  from: string;
}

/** One proposal or suggestion that went on (not merged), as the proposals pages show it. */
export interface ProposalEntry {
  anchor: string;
  number: string;
  title: string;
  kind: '提案' | '合理化建议';
  category: string;
  proposer: string;
  delegation: string;
  department: string;
  status: ProposalStatus;
  /** The status's filter slug ("answered"). */
  statusSlug: string;
  /** Slugs of the 代表团 of this proposal and of those merged into it, distinct, in order. */
  delegationSlugs: string[];
  /** The same slugs separated by spaces, as the page's data-delegations attribute holds them. */
  delegationData: string;
  /** The answer as published, or "" when none is written. */
  reply: string;
  /** ISO date of the answer, or "". */
  repliedOn: string;
  /** "尚未答复" for one filed but not answered, "采纳，创造价值 3.60 万元" for a suggestion, or "". */
  note: string;
  merged: MergedEntry[];
}

/** The proposals and suggestions of one meeting, latest meeting first on the pages. */
export interface SessionRegister {
  /** The session's anchor on the proposals page ("s-8-2"), as on the congress page. */
  anchor: string;
  /** "八届二次". */
  label: string;
  /** ISO date of the meeting. */
  date: string;
  motions: ProposalEntry[];
  suggestions: ProposalEntry[];
  /** Rows received (merged ones included), of each kind. */
  receivedMotions: number;
  receivedSuggestions: number;
}

/** A filter of the proposals (a status or a 代表团) with its page and how many proposals it keeps. */
export interface ProposalFilter {
  label: string;
  slug: string;
  /** Proposals and suggestions (not merged) it keeps. */
  count: number;
  path: string;
}

/**
 * The slug of a status in URLs and filter data: its English alias ("已答复" → "answered"),
 * the first one declared in PROPOSAL_STATUSES.
 */
export function statusSlug(status: ProposalStatus): string {
  return PROPOSAL_STATUSES[status][0];
}

const encoder = new TextEncoder();

/**
 * The slug of a 代表团 in URLs: "d-" and the first 8 hex digits of the SHA-256 of its name, so
 * the page of a delegation keeps its address as long as its name is written the same way.
 */
export function delegationSlug(delegation: string): string {
  return `d-${new Sha256().update(encoder.encode(delegation)).hex().slice(0, 8)}`;
}

function from(p: Proposal): string {
  if (p.proposer && p.delegation) return `${p.proposer}（${p.delegation}）`;
  return p.proposer ?? p.delegation ?? '';
}

function note(p: Proposal): string {
  if (p.kind === '合理化建议') {
    if (p.adopted === undefined) return '';
    return p.adopted ? (p.valueFen ? `采纳，创造价值 ${formatWan(p.valueFen)} 万元` : '采纳') : '未采纳';
  }
  return p.status === '已立案' || p.status === '已收到' ? '尚未答复' : '';
}

/**
 * Every proposal that went on, by meeting: each with its merged ones under it, its anchor
 * (the number, or the session and number when a number repeats across meetings), and the
 * slugs the filters match on. Sessions in `sessions` order; proposals in file order.
 */
export function sessionRegisters(
  sessions: readonly CongressRecord[],
  proposals: readonly Proposal[],
): SessionRegister[] {
  const sessionsOfNumber = new Map<string, Set<string>>();
  for (const p of proposals) {
    const set = sessionsOfNumber.get(p.number) ?? new Set<string>();
    set.add(p.session.label);
    sessionsOfNumber.set(p.number, set);
  }
  const anchorOf = (p: Proposal): string =>
    (sessionsOfNumber.get(p.number)?.size ?? 0) > 1
      ? proposalAnchor(p.number, sessionAnchor(p.session).slice(2))
      : proposalAnchor(p.number);
  const entry = (p: Proposal, list: readonly Proposal[]): ProposalEntry => {
    const merged = list.filter((m) => m.status === '已合并' && m.mergedInto === p.number);
    const delegations = [p, ...merged].map((m) => m.delegation).filter((d): d is string => d !== undefined);
    const slugs = [...new Set(delegations.map(delegationSlug))];
    return {
      anchor: anchorOf(p),
      number: p.number,
      title: p.title,
      kind: p.kind,
      category: p.category,
      proposer: p.proposer ?? '',
      delegation: p.delegation ?? '',
      department: p.department ?? '',
      status: p.status,
      statusSlug: statusSlug(p.status),
      delegationSlugs: slugs,
      delegationData: slugs.join(' '),
      reply: p.reply ?? '',
      repliedOn: p.repliedOn ?? '',
      note: note(p),
      merged: merged.map((m) => ({ anchor: anchorOf(m), number: m.number, title: m.title, from: from(m) })),
    };
  };
  return sessions
    .map((s) => {
      const list = proposals.filter((p) => p.session.label === s.session.label);
      const going = (kind: Proposal['kind']) =>
        list.filter((p) => p.kind === kind && p.status !== '已合并').map((p) => entry(p, list));
      return {
        anchor: sessionAnchor(s.session),
        label: s.session.label,
        date: s.date,
        motions: going('提案'),
        suggestions: going('合理化建议'),
        receivedMotions: list.filter((p) => p.kind === '提案').length,
        receivedSuggestions: list.filter((p) => p.kind === '合理化建议').length,
      };
    })
    .filter((s) => s.receivedMotions + s.receivedSuggestions > 0);
}

const STATUS_ORDER = Object.keys(PROPOSAL_STATUSES) as ProposalStatus[];

/** The status filters that keep at least one proposal, in the order of the handling. */
export function statusFilters(registers: readonly SessionRegister[]): ProposalFilter[] {
  const entries = registers.flatMap((s) => [...s.motions, ...s.suggestions]);
  return STATUS_ORDER.filter((status) => status !== '已合并')
    .map((status) => ({
      label: status,
      slug: statusSlug(status),
      count: entries.filter((e) => e.status === status).length,
      path: routePath({ to: 'proposals-status', status: statusSlug(status) }),
    }))
    .filter((f) => f.count > 0);
}

/** The 代表团 filters, in the order they first appear; a proposal counts for its own and its merged ones' 代表团. */
export function delegationFilters(
  proposals: readonly Proposal[],
  registers: readonly SessionRegister[],
): ProposalFilter[] {
  const names = [...new Set(proposals.map((p) => p.delegation).filter((d): d is string => d !== undefined))];
  const entries = registers.flatMap((s) => [...s.motions, ...s.suggestions]);
  return names.map((label) => {
    const slug = delegationSlug(label);
    return {
      label,
      slug,
      count: entries.filter((e) => e.delegationSlugs.includes(slug)).length,
      path: routePath({ to: 'proposals-delegation', delegation: slug }),
    };
  });
}

/** The registers with only the entries `keep` accepts; sessions left empty are dropped. */
export function filterRegisters(
  registers: readonly SessionRegister[],
  keep: (entry: ProposalEntry) => boolean,
): SessionRegister[] {
  return registers
    .map((s) => ({ ...s, motions: s.motions.filter(keep), suggestions: s.suggestions.filter(keep) }))
    .filter((s) => s.motions.length + s.suggestions.length > 0);
}

/** The status a filter slug stands for ("answered" → 已答复), or undefined. */
export function statusOfSlug(slug: string): ProposalStatus | undefined {
  return STATUS_ORDER.find((s) => statusSlug(s) === slug);
}

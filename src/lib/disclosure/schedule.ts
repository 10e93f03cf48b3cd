import type { Audience, DisclosureKind } from './kinds.ts';

/**
 * How often a kind must be disclosed:
 * - 'per-period': once for every period of periods.csv (fund statement, budget);
 * - 'per-quarter': once for every calendar quarter that has ended by the build date;
 * - 'per-item': each item as it occurs (a congress session, an election, a notice).
 */
export type Frequency = 'per-period' | 'per-quarter' | 'per-item';

/** The Chinese word staff write for each frequency (first) and accepted variants. */
export const FREQUENCY_WORDS: Readonly<Record<Frequency, readonly string[]>> = {
  'per-period': ['每期', '每个期间', 'per-period', 'period'],
  'per-quarter': ['每季度', '按季度', '季度', 'quarterly'],
  'per-item': ['逐项', '每项', '每次', 'per-item', 'item'],
};

/**
 * One row of disclosure-schedule.csv: a kind must be disclosed `days` days after the
 * start or the end of what it covers (a period, a quarter, or the item itself).
 */
export interface ScheduleRule {
  /** Line in the schedule file, for messages. */
  line: number;
  kind: DisclosureKind;
  frequency: Frequency;
  /** Which end of the covered span the deadline counts from. */
  anchor: 'start' | 'end';
  /** Days after the anchor; the deadline day itself is still on time. Integer ≥ 0. */
  days: number;
  /** Who the kind is addressed to (公开对象). */
  audience: Audience;
  /** Obligations apply to spans starting on or after this day (起始日期), when given. */
  from?: string;
  /** Length of a notice (公示天数) in days, counting the publication day; ≥ 1. */
  noticeDays?: number;
  /** Free text shown with the rule, e.g. the regulation it follows. */
  note?: string;
}

/** The rule as staff read it, e.g. "每期，期末后 90 天内", "逐项，事项结束后 15 天内". */
export function describeRule(rule: ScheduleRule): string {
  const frequency = FREQUENCY_WORDS[rule.frequency][0];
  const anchors = {
    'per-period': { start: '期初', end: '期末' },
    'per-quarter': { start: '季初', end: '季末' },
    'per-item': { start: '事项开始', end: '事项结束' },
  }[rule.frequency];
  return `${frequency}，${anchors[rule.anchor]}后 ${rule.days} 天内`;
}

/**
 * Parses a 期限 cell: "期末后90天", "期初后60天", "季末后15天", "结束后15天" or "事项结束后15天"
 * (for items), "end+90", "start+60".
 */
export function parseDeadline(text: string): { anchor: 'start' | 'end'; days: number } | undefined {
  const t = text.replace(/\s+/g, '');
  const chinese = /^(期末|期初|季末|季初|事项结束|事项开始|结束|开始)后(\d{1,4})[天日]$/.exec(t);
  const english = /^(end|start)\+(\d{1,4})$/i.exec(t);
  const match = chinese ?? english;
  if (!match) return undefined;
  const word = match[1]!.toLowerCase();
  const anchor = ['期初', '季初', '事项开始', '开始', 'start'].includes(word) ? 'start' : 'end';
  return { anchor, days: Number(match[2]) };
}

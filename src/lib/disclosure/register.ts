import { addDays, compareIso } from '../dates/calendar.ts';
import { endedQuarters } from '../dates/quarters.ts';
import type { DisclosureItem } from './disclosure-item.ts';
import { KIND_ORDER, kindLabel, type DisclosureKind } from './kinds.ts';
import type { ScheduleRule } from './schedule.ts';
import { disclosureStatus, type StatusResult } from './status.ts';

/** A period of periods.csv, as the register needs it. */
export interface PeriodSpan {
  id: string;
  label: string;
  start: string;
  end: string;
}

/** One line of the register: an item (or a missing one the schedule expects) and its status. */
export interface RegisterRow extends StatusResult {
  /** The item; for a missing one, a stand-in without publishedOn or href. */
  item: DisclosureItem;
  /** The schedule rule the row answers to, when the kind is scheduled. */
  rule?: ScheduleRule;
  /** Last day to disclose on time, when a rule applies. */
  deadline?: string;
  /** What the obligation covers, e.g. "2024年度" or "2024年第1季度"; the item's period otherwise. */
  covers?: string;
  /** True when the schedule expects the item and the data has none. */
  missing: boolean;
}

/** Everything the register is computed from; `asOf` is the build date (ISO). */
export interface RegisterInput {
  items: readonly DisclosureItem[];
  rules: readonly ScheduleRule[];
  periods: readonly PeriodSpan[];
  asOf: string;
}

const onOrAfter = (date: string, from: string | undefined) => from === undefined || compareIso(date, from) >= 0;

function deadlineOf(rule: ScheduleRule, span: { start: string; end: string }): string {
  return addDays(rule.anchor === 'start' ? span.start : span.end, rule.days);
}

function row(
  item: DisclosureItem,
  asOf: string,
  rule?: ScheduleRule,
  deadline?: string,
  covers?: string,
  missing = false,
): RegisterRow {
  let shown = rule ? { ...item, audience: rule.audience } : item;
  if (rule?.noticeDays && shown.endsOn === undefined && shown.publishedOn !== undefined) {
    shown = { ...shown, endsOn: addDays(shown.publishedOn, rule.noticeDays - 1) };
  }
  const status = disclosureStatus({ ...shown, ...(deadline ? { deadline } : {}) }, asOf);
  return {
    item: shown,
    ...status,
    ...(rule ? { rule } : {}),
    ...(deadline ? { deadline } : {}),
    ...((covers ?? shown.periodLabel) ? { covers: covers ?? shown.periodLabel } : {}),
    missing,
  };
}

function missingItem(
  kind: DisclosureKind,
  rule: ScheduleRule,
  span: { start: string; end: string },
  covers: string,
  periodId?: string,
): DisclosureItem {
  return {
    kind,
    title: `${covers}${kindLabel(kind)}`,
    ...(periodId ? { periodId, periodLabel: covers } : {}),
    coversStart: span.start,
    coversEnd: span.end,
    audience: rule.audience,
  };
}

function kindRows(
  kind: DisclosureKind,
  items: DisclosureItem[],
  rule: ScheduleRule | undefined,
  input: RegisterInput,
): RegisterRow[] {
  const { asOf, periods } = input;
  if (!rule) return items.map((item) => row(item, asOf));
  const rows: RegisterRow[] = [];
  const used = new Set<DisclosureItem>();
  if (rule.frequency === 'per-item') {
    for (const item of items) {
      if (!onOrAfter(item.coversStart, rule.from)) continue;
      rows.push(row(item, asOf, rule, deadlineOf(rule, { start: item.coversStart, end: item.coversEnd })));
      used.add(item);
    }
  } else if (rule.frequency === 'per-period') {
    for (const period of periods) {
      if (!onOrAfter(period.start, rule.from)) continue;
      const deadline = deadlineOf(rule, period);
      const matched = items.filter((item) => item.periodId === period.id);
      for (const item of matched) rows.push(row(item, asOf, rule, deadline, period.label));
      for (const item of matched) used.add(item);
      if (matched.length === 0)
        rows.push(
          row(missingItem(kind, rule, period, period.label, period.id), asOf, rule, deadline, period.label, true),
        );
    }
  } else {
    const first = rule.from ?? periods[0]?.start;
    for (const quarter of first ? endedQuarters(first, asOf) : []) {
      const covers = `${quarter.year}年第${quarter.quarter}季度`;
      const deadline = deadlineOf(rule, quarter);
      const matched = items
        .filter(
          (item) => compareIso(item.coversStart, quarter.end) <= 0 && compareIso(item.coversEnd, quarter.end) >= 0,
        )
        .sort((a, b) => compareIso(a.publishedOn ?? '9999-12-31', b.publishedOn ?? '9999-12-31'))[0];
      if (matched) used.add(matched);
      rows.push(
        matched
          ? row(matched, asOf, rule, deadline, covers)
          : row(missingItem(kind, rule, quarter, covers), asOf, rule, deadline, covers, true),
      );
    }
  }
  for (const item of items) if (!used.has(item)) rows.push(row(item, asOf));
  return rows;
}

/**
 * The disclosure register as of `asOf`: every item the sources contributed, and for each
 * scheduled kind every obligation (per period, per quarter or per item) with its deadline
 * and status; an obligation no item meets appears as a missing row. Rows come in kind
 * order (KIND_ORDER), then latest deadline (or coverage) first; rows with the same one keep
 * the order the source gave them (e.g. the committees of one election day). Pure and
 * deterministic.
 */
export function buildRegister(input: RegisterInput): RegisterRow[] {
  const rules = new Map(input.rules.map((r) => [r.kind, r]));
  return KIND_ORDER.flatMap((kind) =>
    kindRows(
      kind,
      input.items.filter((item) => item.kind === kind),
      rules.get(kind),
      input,
    ).sort((a, b) => compareIso(b.deadline ?? b.item.coversEnd, a.deadline ?? a.item.coversEnd)),
  );
}

import type { HolidayCalendar } from '../holidays/day-kind.ts';
import { type AuditLine, FLAG_RULES, type FlagGroup, type FlagRule } from './audit-line.ts';
import { type BenfordTable, benfordTable } from './benford.ts';
import { type BudgetFigures, budgetFlags, type SpentAccount } from './budget-flags.ts';
import { likelyDuplicates } from './duplicates.ts';
import { roundAmounts } from './round-amounts.ts';
import { splitPayments } from './split-payments.ts';
import type { AuditThresholds } from './thresholds.ts';
import { weekendHolidayLines } from './weekend-holiday.ts';
import { type WelfareFigures, welfareFlag } from './welfare.ts';
import { yearEndConcentration } from './year-end.ts';

/** Everything the rules look at for one period: plain figures, prepared at the edge. */
export interface PeriodFlagInput {
  period: { start: string; end: string };
  /** The period's dated ledger lines (empty for a summary fund file). */
  lines: readonly AuditLine[];
  /** The dated lines of the union's other ledger periods (for round amounts). */
  otherPeriods: readonly (readonly AuditLine[])[];
  /** Budget execution rows, when the period has a budget. */
  budget?: readonly BudgetFigures[];
  /** Expense accounts with their statement totals (for "no budget"). */
  spent: readonly SpentAccount[];
  /** Welfare spending and members, when both are known; checked only with a 福利标准. */
  welfare?: Omit<WelfareFigures, 'standardPerMemberFen'>;
  thresholds: AuditThresholds;
  calendar: HolidayCalendar;
}

/** The places to look of one period. */
export interface PeriodFlags {
  /** Groups by rule in {@link FLAG_RULES} order; within a rule as the rule orders them. */
  groups: FlagGroup[];
  /** Groups per rule, every rule present (0 when none). */
  counts: Readonly<Record<FlagRule, number>>;
  /** Years of the period the holiday table lacks: the weekend/holiday flags are incomplete. */
  missingHolidayYears: number[];
  /** Whether the period has dated lines at all (the line rules need them). */
  ledger: boolean;
  /** The first-digit table, only for ≥ 500 lines. */
  benford?: BenfordTable;
}

/** The calendar years a period spans, from its start and end dates. */
export function periodYears(period: { start: string; end: string }): number[] {
  const years: number[] = [];
  for (let y = Number(period.start.slice(0, 4)); y <= Number(period.end.slice(0, 4)); y++) years.push(y);
  return years;
}

/** Runs every 疑点提示 rule over one period. Pure; the same input gives the same groups. */
export function periodFlags(input: PeriodFlagInput): PeriodFlags {
  const t = input.thresholds;
  const lines = input.lines;
  const ledger = lines.length > 0;
  const weekend = ledger
    ? weekendHolidayLines(lines, input.calendar, periodYears(input.period))
    : { groups: [], missingYears: [] };
  const welfare =
    input.welfare && t.welfarePerMemberFen !== undefined
      ? welfareFlag({ ...input.welfare, standardPerMemberFen: t.welfarePerMemberFen })
      : undefined;
  const all: FlagGroup[] = [
    ...splitPayments(lines, t),
    ...roundAmounts(lines, input.otherPeriods),
    ...weekend.groups,
    ...yearEndConcentration(lines, input.period, t.yearEndFactorTenths),
    ...likelyDuplicates(lines, t.duplicateDays),
    ...(input.budget
      ? budgetFlags(input.budget, input.spent, { upperBp: t.budgetUpperBp, lowerBp: t.budgetLowerBp })
      : []),
    ...(welfare ? [welfare] : []),
  ];
  const order = new Map(FLAG_RULES.map((rule, i) => [rule, i]));
  const groups = all.map((g, i) => ({ g, i })).sort((a, b) => order.get(a.g.rule)! - order.get(b.g.rule)! || a.i - b.i);
  const counts = Object.fromEntries(FLAG_RULES.map((rule) => [rule, 0])) as Record<FlagRule, number>;
  for (const { g } of groups) counts[g.rule]++;
  const benford = benfordTable(lines);
  return {
    groups: groups.map(({ g }) => g),
    counts,
    missingHolidayYears: weekend.missingYears,
    ledger,
    ...(benford ? { benford } : {}),
  };
}

/** Re-exported for callers that build the input. */
export type { AuditLine };

import { ratioBasisPoints, divideRounded } from '../numbers/rates.ts';
import type { ConsolidatedPeriod } from './consolidate.ts';
import type { UnitStanding } from './consolidate.ts';
import type { DisclosureSummary } from './unit-summaries.ts';

/** Whether an item was disclosed on time, in the words of the register. */
export type Timeliness = '按时公开' | '逾期公开' | '逾期未公开' | '待公开' | '无记录';

/** One row of the unit table of a period. Money in fen, rates in basis points; null where not known. */
export interface UnitTableRow {
  unitId: string;
  unitName: string;
  /** True when the unit's package has the period and was counted in the 汇总. */
  reporting: boolean;
  /** Why not, when it was not. */
  reason?: string;
  members: number | null;
  incomeFen: number | null;
  expenseFen: number | null;
  /** Income and expense per member, fen, rounded half away from zero; null without members. */
  incomePerMemberFen: number | null;
  expensePerMemberFen: number | null;
  /** Expense budget 完成率 (决算 ÷ 调整后预算 over level 1 rows). */
  budgetRateBp: number | null;
  closingFen: number | null;
  statement: Timeliness;
  auditReport: Timeliness;
  /** Days after the deadline, as the unit's register counts them (逾期公开: how late; 逾期未公开: overdue so far; else 0). */
  statementLateDays: number;
  auditReportLateDays: number;
  /** How many corrections of the period's published figures the unit recorded (0 when none or not known). */
  corrections: number;
  /** The dates of those corrections (ISO, earliest first, each once). */
  correctedOn: string[];
  /** 疑点提示 of the period summed over the rules (flags.csv); null when the package has no counts for it. */
  flags: number | null;
  /** True when some rule could not look at the period (a summary fund file: no line rules). */
  flagsPartial: boolean;
  /** The rules that found something, with their counts, in the package's order. */
  flagsByRule: { rule: string; title: string; count: number }[];
}

/** The corrections of a period, each counted once however many figures it changed. */
function correctionsOf(pkg: UnitStanding['package'], periodId: string): { count: number; dates: string[] } {
  const of = (pkg?.corrections ?? []).filter((c) => c.periodId === periodId);
  return {
    count: new Set(of.map((c) => `${c.date} ${c.reason}`)).size,
    dates: [...new Set(of.map((c) => c.date))].sort(),
  };
}

/** The flag counts of a period: their sum and the rules with a count, or null when the package has none for it. */
export function flagsOf(
  pkg: UnitStanding['package'],
  periodId: string,
): { total: number | null; partial: boolean; byRule: { rule: string; title: string; count: number }[] } {
  const of = (pkg?.flags ?? []).filter((f) => f.periodId === periodId);
  if (of.length === 0) return { total: null, partial: false, byRule: [] };
  return {
    total: of.reduce((n, f) => n + f.count, 0),
    partial: of.some((f) => !f.applies),
    byRule: of.filter((f) => f.count > 0).map((f) => ({ rule: f.rule, title: f.title, count: f.count })),
  };
}

/** The register's status of an item as the unit table words it; 无记录 when the register has no row for it. */
export function timeliness(summary: DisclosureSummary | undefined): Timeliness {
  if (!summary) return '无记录';
  if (summary.status === 'overdue') return '逾期未公开';
  if (summary.status === 'due') return '待公开';
  return summary.lateDays > 0 ? '逾期公开' : '按时公开';
}

/**
 * The unit table of a period: for every unit of units.csv (in its order), its members,
 * income, expense, per-member figures, expense budget 完成率 and closing balance when it is
 * counted in the period's 汇总, and in every case whether its 经费收支表 and 经审报告 of the
 * period were disclosed on time (from the unit's own register, with the days late), the
 * corrections of its published figures it recorded (how many, on which dates) and, when
 * counted, its 疑点提示 of the period summed over the rules (from its flags.csv). Pure.
 */
export function unitTable(consolidated: ConsolidatedPeriod, units: readonly UnitStanding[]): UnitTableRow[] {
  const periodId = consolidated.period.id;
  const reporting = new Set(consolidated.reporting.map((r) => r.unit.id));
  const reasons = new Map(consolidated.missing.map((m) => [m.unit.id, m.reason]));
  return units.map(({ unit, package: pkg }) => {
    const counted = reporting.has(unit.id) && pkg !== undefined;
    const period = counted ? pkg.periods.find((p) => p.id === periodId) : undefined;
    const members = counted ? (pkg.members.get(periodId) ?? null) : null;
    const perMember = (fen: number | undefined) =>
      fen === undefined || members === null || members === 0 ? null : divideRounded(fen, members);
    const budget = counted ? pkg.summaries.budgets.get(periodId) : undefined;
    const statement = pkg?.summaries.disclosures.get(`${periodId} fund-statement`);
    const auditReport = pkg?.summaries.disclosures.get(`${periodId} audit-report`);
    const corrections = correctionsOf(pkg, periodId);
    const flags = counted ? flagsOf(pkg, periodId) : { total: null, partial: false, byRule: [] };
    return {
      unitId: unit.id,
      unitName: unit.name,
      reporting: counted,
      ...(counted ? {} : { reason: reasons.get(unit.id) ?? '未计入汇总' }),
      members,
      incomeFen: period?.incomeFen ?? null,
      expenseFen: period?.expenseFen ?? null,
      incomePerMemberFen: perMember(period?.incomeFen),
      expensePerMemberFen: perMember(period?.expenseFen),
      budgetRateBp: budget ? ratioBasisPoints(budget.actualFen, budget.adjustedFen) : null,
      closingFen: period?.closingFen ?? null,
      statement: timeliness(statement),
      auditReport: timeliness(auditReport),
      statementLateDays: statement?.lateDays ?? 0,
      auditReportLateDays: auditReport?.lateDays ?? 0,
      corrections: corrections.count,
      correctedOn: corrections.dates,
      flags: flags.total,
      flagsPartial: flags.partial,
      flagsByRule: flags.byRule,
    };
  });
}

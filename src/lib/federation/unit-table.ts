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
  /** How many corrections of the period's published figures the unit recorded (0 when none or not known). */
  corrections: number;
}

/** The corrections of a period, each counted once however many figures it changed. */
function correctionCount(pkg: UnitStanding['package'], periodId: string): number {
  const of = (pkg?.corrections ?? []).filter((c) => c.periodId === periodId);
  return new Set(of.map((c) => `${c.date} ${c.reason}`)).size;
}

function timeliness(summary: DisclosureSummary | undefined): Timeliness {
  if (!summary) return '无记录';
  if (summary.status === 'overdue') return '逾期未公开';
  if (summary.status === 'due') return '待公开';
  return summary.lateDays > 0 ? '逾期公开' : '按时公开';
}

/**
 * The unit table of a period: for every unit of units.csv (in its order), its members,
 * income, expense, per-member figures, expense budget 完成率 and closing balance when it is
 * counted in the period's 汇总, and in every case whether its 经费收支表 and 经审报告 of the
 * period were disclosed on time (from the unit's own register) and how many corrections of
 * its published figures it recorded. Pure.
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
      statement: timeliness(pkg?.summaries.disclosures.get(`${periodId} fund-statement`)),
      auditReport: timeliness(pkg?.summaries.disclosures.get(`${periodId} audit-report`)),
      corrections: correctionCount(pkg, periodId),
    };
  });
}

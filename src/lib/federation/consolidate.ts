import type { UnitEntry } from './units-table.ts';
import type { UnitPackage, UnitStatementRow } from './unit-package.ts';

/** 会计制度 of a period. */
export type System = '2009' | '2021';

/** A period of the federation (its own periods.csv), with its 会计制度. */
export interface FederationPeriod {
  id: string;
  label: string;
  start: string;
  end: string;
  system: System;
}

/** A unit as the federation build sees it: its package when it could be read, else why not. */
export interface UnitStanding {
  unit: UnitEntry;
  package?: UnitPackage;
  /** Why the package cannot be used (the first problem found), when it cannot. */
  problem?: string;
}

/** What one reporting unit put into an account of the 汇总: its own lines (codes of its 制度) and their sum, in fen. */
export interface AccountPart {
  unit: UnitEntry;
  fen: number;
  /** The unit's own statement rows summed here, as its package names them. */
  lines: { code: string; name: string; fen: number }[];
}

/** One account of the 汇总 收入支出表: the sum over the reporting units, in fen. */
export interface ConsolidatedAccount {
  side: 'income' | 'expense';
  level: number;
  code: string;
  name: string;
  /** Code of the category, for a level 2 account. */
  parentCode?: string;
  fen: number;
  /** How many reporting units have the account on their statement. */
  units: number;
  /** Each reporting unit's share of the line, in units.csv order; their fen sum to `fen`. */
  parts: AccountPart[];
}

/** A unit counted in a period's 汇总, with its totals in fen. */
export interface ReportingUnit {
  unit: UnitEntry;
  system: System;
  /** True when its 会计制度 differs from the federation's for the period and its codes were mapped. */
  mapped: boolean;
  incomeFen: number;
  expenseFen: number;
  /** Its 上级补助收入 (level 1), in fen. */
  upperSubsidyFen: number;
}

/** A unit left out of a period's 汇总, and why (Chinese, for readers). */
export interface MissingUnit {
  unit: UnitEntry;
  reason: string;
}

/** The federation's own statement for a period, as rows of its own data package. */
export interface OwnStatement {
  incomeFen: number;
  expenseFen: number;
  rows: readonly UnitStatementRow[];
}

/** The 汇总 收入支出表 of one period. Every amount in fen; income and expense are sums of level 1 rows. */
export interface ConsolidatedPeriod {
  period: FederationPeriod;
  rows: ConsolidatedAccount[];
  incomeFen: number;
  expenseFen: number;
  reporting: ReportingUnit[];
  missing: MissingUnit[];
  /** The federation's own statement beside the 汇总, when it has one for the period. */
  own?: OwnStatement;
  /**
   * Money that moved between the federation and its units: what the units booked as
   * 上级补助收入 and what the federation booked as 补助下级支出. Adding the federation's own
   * statement to the 汇总 would count it twice (once as the federation's expense, once as
   * the units' income); the two differ when units also receive 补助 from elsewhere or book
   * in another period.
   */
  transfers: { unitsUpperSubsidyFen: number; federationSubsidyFen?: number };
}

/**
 * How a code of one 会计制度 reads in another: the code holding the same content, or
 * undefined when there is none (an account below level 1 is then compared at category
 * level only; a category makes the unit not comparable).
 */
export type CodeMapping = (code: string, from: System, to: System) => string | undefined;

/**
 * The default mapping: a code keeps its meaning within its 制度 and has none in the other
 * (503 is 业务支出 under 2009 and 维权支出 under 2021), so a unit under another 制度 is listed
 * as not comparable unless a mapping is given.
 */
export const SAME_CODES: CodeMapping = (code, from, to) => (from === to ? code : undefined);

/** Options of the 汇总: how codes map between 制度, and the federation's names for its codes. */
export interface ConsolidateOptions {
  mapCode?: CodeMapping;
  /** The name of an account code in the federation's 制度 (its chart); the unit's own name otherwise. */
  nameOf?: (code: string, system: System) => string | undefined;
}

/** Level 1 account names of the transfers; the same in both 制度. */
export const UPPER_SUBSIDY = '上级补助收入';
export const SUBSIDY_TO_UNITS = '补助下级支出';

const levelOneFen = (rows: readonly UnitStatementRow[], name: string) =>
  rows.filter((r) => r.level === 1 && r.name === name).reduce((n, r) => n + r.fen, 0);

function compareAccounts(a: ConsolidatedAccount, b: ConsolidatedAccount): number {
  if (a.side !== b.side) return a.side === 'income' ? -1 : 1;
  const ca = a.parentCode ?? a.code;
  const cb = b.parentCode ?? b.code;
  if (ca !== cb) return ca < cb ? -1 : 1;
  if (a.level !== b.level) return a.level - b.level;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Why a unit's package has nothing for the period, or undefined when it has it. */
function periodProblem(standing: UnitStanding, period: FederationPeriod): string | undefined {
  if (!standing.package) return standing.problem ?? '数据包无法读取';
  const own = standing.package.periods.find((p) => p.id === period.id);
  if (!own) return '数据包中还没有本期间（未按时公开或尚未生成）';
  if (own.start !== period.start || own.end !== period.end) {
    return `期间起止日期不同（${own.start} 至 ${own.end}）`;
  }
  if (own.scope !== '全部') return `本期公开范围为${own.scope}，不计入汇总`;
  return undefined;
}

/**
 * The 汇总 收入支出表 of one period: each account summed over the units whose package has
 * the period (same id and dates), level 1 rows exactly, level 2 rows where the code maps to
 * a level 2 account of the federation's 制度. A unit under another 会计制度 is mapped
 * (`mapCode`) and marked; a unit whose codes cannot be mapped, whose package failed or
 * which lacks the period is listed as missing with its reason. Units keep units.csv order.
 * Pure.
 */
export function consolidatePeriod(
  period: FederationPeriod,
  units: readonly UnitStanding[],
  own?: OwnStatement,
  options: ConsolidateOptions = {},
): ConsolidatedPeriod {
  const mapCode = options.mapCode ?? SAME_CODES;
  const accounts = new Map<string, ConsolidatedAccount>();
  const reporting: ReportingUnit[] = [];
  const missing: MissingUnit[] = [];
  for (const standing of units) {
    const problem = periodProblem(standing, period);
    if (problem !== undefined) {
      missing.push({ unit: standing.unit, reason: problem });
      continue;
    }
    const pkg = standing.package!;
    const unitPeriod = pkg.periods.find((p) => p.id === period.id)!;
    // Level 3 are each union's own 明细: their codes mean different things in different units.
    const rows = pkg.statements.filter((r) => r.periodId === period.id && r.level <= 2);
    const mapped = rows.map((r) => ({ row: r, code: mapCode(r.code, unitPeriod.system, period.system) }));
    const unmappable = mapped.find((m) => m.row.level === 1 && m.code === undefined);
    if (unmappable) {
      missing.push({
        unit: standing.unit,
        reason: `按 ${unitPeriod.system} 年制度记账，科目 ${unmappable.row.code} ${unmappable.row.name} 无法对照到 ${period.system} 年制度`,
      });
      continue;
    }
    const parts = new Map<string, AccountPart>();
    for (const { row, code } of mapped) {
      if (code === undefined) continue;
      const level = row.level;
      const parentCode =
        row.parentCode === undefined ? undefined : mapCode(row.parentCode, unitPeriod.system, period.system);
      if (level > 1 && (parentCode === undefined || code === parentCode)) continue; // only comparable at category level
      const key = `${row.side} ${code}`;
      const name = options.nameOf?.(code, period.system) ?? row.name;
      const account = accounts.get(key) ?? {
        side: row.side,
        level,
        code,
        name,
        ...(parentCode !== undefined ? { parentCode } : {}),
        fen: 0,
        units: 0,
        parts: [],
      };
      let part = parts.get(key);
      if (!part) {
        part = { unit: standing.unit, fen: 0, lines: [] };
        parts.set(key, part);
        account.parts.push(part);
        account.units += 1;
      }
      account.fen += row.fen;
      part.fen += row.fen;
      part.lines.push({ code: row.code, name: row.name, fen: row.fen });
      accounts.set(key, account);
    }
    reporting.push({
      unit: standing.unit,
      system: unitPeriod.system,
      mapped: unitPeriod.system !== period.system,
      incomeFen: unitPeriod.incomeFen,
      expenseFen: unitPeriod.expenseFen,
      upperSubsidyFen: levelOneFen(rows, UPPER_SUBSIDY),
    });
  }
  const rows = [...accounts.values()].sort(compareAccounts);
  const sideTotal = (side: 'income' | 'expense') =>
    rows.filter((r) => r.side === side && r.level === 1).reduce((n, r) => n + r.fen, 0);
  return {
    period,
    rows,
    incomeFen: sideTotal('income'),
    expenseFen: sideTotal('expense'),
    reporting,
    missing,
    ...(own ? { own } : {}),
    transfers: {
      unitsUpperSubsidyFen: reporting.reduce((n, r) => n + r.upperSubsidyFen, 0),
      ...(own ? { federationSubsidyFen: levelOneFen(own.rows, SUBSIDY_TO_UNITS) } : {}),
    },
  };
}

/** A unit's period that the federation does not have, to be noted (the unit is not wrong). */
export interface UnknownPeriod {
  unit: UnitEntry;
  periodId: string;
}

/** Periods units published that the federation's periods.csv does not list, in units.csv order. */
export function unknownPeriods(periods: readonly FederationPeriod[], units: readonly UnitStanding[]): UnknownPeriod[] {
  const ids = new Set(periods.map((p) => p.id));
  return units.flatMap((s) =>
    (s.package?.periods ?? []).filter((p) => !ids.has(p.id)).map((p) => ({ unit: s.unit, periodId: p.id })),
  );
}

import { IssueList, issuePosition, type DataIssue } from '../issues/data-issue.ts';
import type { DataFiles } from '../model/data-files.ts';
import type { SiteData } from '../model/site-data.ts';
import type { Period } from '../periods/period.ts';
import type { Statement, StatementSide } from '../statement/statement.ts';
import { decodeText } from '../text/decode-text.ts';
import {
  consolidatePeriod,
  unknownPeriods,
  type ConsolidateOptions,
  type ConsolidatedPeriod,
  type FederationPeriod,
  type OwnStatement,
  type UnitStanding,
  type UnknownPeriod,
} from './consolidate.ts';
import { regulationOptions } from './regulation-mapping.ts';
import { readUnitPackage, type UnitStatementRow } from './unit-package.ts';
import { readUnits, UNITS_FILE } from './units-table.ts';

/** What a federation build reads: units.csv and the unit packages (by path), and its own periods. */
export interface FederationInput {
  /** units.csv's bytes, or undefined when the file is absent. */
  unitsCsv: Uint8Array | undefined;
  /** Every file of every unit's package folder, by the path units.csv gives (folder + file name). */
  packageFiles: DataFiles;
  periods: readonly FederationPeriod[];
  /** The federation's own statement per period id. */
  own?: ReadonlyMap<string, OwnStatement>;
  options?: ConsolidateOptions;
}

/** The federation's view of its units: who could be read, every problem found, and the 汇总 per period. */
export interface FederationResult {
  units: UnitStanding[];
  /** Problems of units.csv (which stop a federation build) and of unit packages (which do only under --strict). */
  unitsIssues: DataIssue[];
  packageIssues: DataIssue[];
  consolidated: ConsolidatedPeriod[];
  /** Unit periods the federation does not have: noted, not counted. */
  unknownPeriods: UnknownPeriod[];
}

function sideRows(periodId: string, side: StatementSide): UnitStatementRow[] {
  return side.categories.flatMap((c) => [
    { periodId, side: side.kind, level: 1, code: c.account.code, name: c.account.name, fen: c.fen },
    ...c.lines
      .filter((l) => l.account.code !== c.account.code)
      .map((l) => ({
        periodId,
        side: side.kind,
        level: l.account.level,
        code: l.account.code,
        name: l.account.name,
        parentCode: c.account.code,
        fen: l.fen,
      })),
  ]);
}

/** The federation's own statement in the rows of a data package (the same rows its statements.csv holds). */
export function ownStatement(statement: Statement): OwnStatement {
  const id = statement.period.id;
  return {
    incomeFen: statement.income.totalFen,
    expenseFen: statement.expense.totalFen,
    rows: [...sideRows(id, statement.income), ...sideRows(id, statement.expense)],
  };
}

/**
 * Reads units.csv and every unit's package and computes the 汇总 of each federation period.
 * A unit whose package fails is kept, with its first problem, and counted as missing in
 * every period; the problems are returned, never thrown. Pure.
 */
export function loadFederation(input: FederationInput): FederationResult {
  const unitsIssues = new IssueList();
  if (input.unitsCsv === undefined) {
    unitsIssues.add({
      file: UNITS_FILE,
      line: 0,
      column: 0,
      code: 'units.missing',
      message: '县级以上工会的网站需要下属单位名单',
      expected: 'units.csv：单位编号,单位名称,上级,数据包',
      found: '没有这个文件',
    });
  }
  const entries = input.unitsCsv === undefined ? [] : readUnits(decodeText(input.unitsCsv).text, unitsIssues);
  const packageIssues: DataIssue[] = [];
  const units: UnitStanding[] = entries.map((unit) => {
    const result = readUnitPackage(unit, input.packageFiles);
    if (result.ok) return { unit, package: result.package };
    packageIssues.push(...result.issues);
    const first = result.issues[0]!;
    return { unit, problem: `${first.message}（${issuePosition(first)}）` };
  });
  return {
    units,
    unitsIssues: unitsIssues.sorted(),
    packageIssues,
    consolidated: input.periods.map((period) =>
      consolidatePeriod(period, units, input.own?.get(period.id), input.options),
    ),
    unknownPeriods: unknownPeriods(input.periods, units),
  };
}

/** A federation period as the 汇总 needs it, from one of the site's own periods. */
export function federationPeriod(period: Period): FederationPeriod {
  return { id: period.id, label: period.label, start: period.start, end: period.end, system: period.system };
}

/**
 * The federation of a checked site: its units (units.csv and their packages) summed over
 * the site's own periods, with the site's own statement beside each 汇总 where it publishes
 * both sides, codes mapped between the 制度 by the regulation and named as the site's chart
 * names them. The same call for `npm run federation` and the federation pages. Pure.
 */
export function siteFederation(
  site: SiteData,
  unitsCsv: Uint8Array | undefined,
  packageFiles: DataFiles,
): FederationResult {
  return loadFederation({
    unitsCsv,
    packageFiles,
    periods: site.periods.map((p) => federationPeriod(p.statement.period)),
    own: new Map(
      site.periods
        .filter((p) => p.statement.period.scope === '全部')
        .map((p) => [p.statement.period.id, ownStatement(p.statement)]),
    ),
    options: regulationOptions(site.charts),
  });
}

import { buildRegister, type RegisterRow } from '../disclosure/register.ts';
import { periodSpans, siteDisclosureItems } from '../disclosure/site-items.ts';
import type { DataIssue } from '../issues/data-issue.ts';
import type { CheckedReport } from '../reports/check-report.ts';
import { checkReports, type ReportFiles } from '../reports/check-reports.ts';
import type { DataFiles } from '../model/data-files.ts';
import { dataStamp, type DataStamp } from './data-stamp.ts';
import { dataUntil } from './data-until.ts';
import { loadSite } from '../site/load-site.ts';
import { siteReminders, unreadFileReminders } from '../reminders/site-reminders.ts';
import { sourceNames } from '../sources/sources.ts';
import type { SiteData } from '../model/site-data.ts';
import type { WorkbookRead } from '../xlsx/read-workbook.ts';
import { siteFederation, type FederationResult } from '../federation/load-federation.ts';
import { UNITS_FILE } from '../federation/units-table.ts';
import { pureSha256, type NewHasher } from '../hash/hasher.ts';

/** What a build is given besides the bytes: nothing here reads a clock or the environment. */
export interface BuildOptions {
  /** The build date (ISO "YYYY-MM-DD"): the register's "as of" day and the stamp's date. */
  buildDate: string;
  /** The path the site is served under, "/" or "/a/b/" (leading and trailing slash). */
  basePath: string;
  /** How messages name the reports folder, e.g. "content/reports". */
  reportsFolder: string;
  /** Federation mode: a unit package that fails its checks stops the build (--strict); otherwise it is a 提醒. */
  strictFederation?: boolean;
}

/** The disclosure register as of the build date. */
export interface BuildRegister {
  /** The build date (ISO). */
  asOf: string;
  rows: RegisterRow[];
}

/** Everything the pages of one build are rendered from: one object, computed once. */
export interface BuildContext {
  /** The checked data folder. */
  site: SiteData;
  /** Every report of the reports folder, checked against `site` (drafts included, `published` false). */
  reports: CheckedReport[];
  /** The disclosure register as of `options.buildDate`. */
  register: BuildRegister;
  /** Build date + SHA-256 of exactly the data bytes that were checked. */
  stamp: DataStamp;
  /**
   * 提醒, problems that do not stop the build: hidden sheets, rows and columns of workbooks,
   * then what the latest period lacks, disclosures due or overdue, negative balances.
   */
  warnings: DataIssue[];
  /** The options the context was prepared with. */
  options: BuildOptions;
  /** Federation mode (units.csv in the data folder): the units, their packages and the 汇总 of every period. */
  federation?: FederationResult;
}

/** Why a build cannot go ahead: every problem found, data folder first, then reports. */
export interface BuildFailure {
  issues: DataIssue[];
  /** 提醒 found while reading, printed after the problems. */
  warnings: DataIssue[];
}

/** True when `result` is a context (no issue stopped the build). */
export function isBuildContext(result: BuildContext | BuildFailure): result is BuildContext {
  return 'site' in result;
}

/** The stamp with 数据截至 (the latest date of the data), when the data holds a date. */
function withDataUntil(stamp: DataStamp, until: string | undefined): DataStamp {
  return until ? { ...stamp, dataUntil: until } : stamp;
}

/**
 * Checks the data folder and the reports and computes what every page needs, from one
 * read of the bytes: the site, the checked reports, the register and the footer stamp.
 * Pure: plain data in and out. Reports are checked even when the data has problems (for
 * syntax, headings and placeholders), so one run lists every problem. `workbooks` holds
 * every .xlsx of `files` already read into cells by the edge (src/build/read-workbooks.ts);
 * `newHash` makes the stamp's SHA-256 (the edge passes Node's native one: same digest).
 * With units.csv in `files` (a 县级以上工会), the units' packages are `unitPackages` (by the
 * path units.csv gives, read by the edge) and the context carries the federation: a problem
 * of units.csv stops the build, a unit package that fails is a 提醒 (an issue with
 * `strictFederation`), and the unit is listed as 未报送 with its problem.
 */
export function prepareBuild(
  files: DataFiles,
  reportFiles: ReportFiles,
  options: BuildOptions,
  workbooks: ReadonlyMap<string, WorkbookRead> = new Map(),
  newHash: NewHasher = pureSha256,
  unitPackages: DataFiles = new Map(),
): BuildContext | BuildFailure {
  const loaded = loadSite(files, { buildDate: options.buildDate, workbooks });
  const checked = checkReports(reportFiles, options.reportsFolder, loaded.site);
  if (!loaded.site || !checked.reports) {
    return {
      issues: [...loaded.issues, ...checked.issues],
      warnings: [...loaded.notes, ...unreadFileReminders(loaded.unreadFiles, sourceNames())],
    };
  }
  const site = loaded.site;
  const reports = checked.reports;
  const unitsCsv = files.get(UNITS_FILE);
  const federation = unitsCsv === undefined ? undefined : siteFederation(site, unitsCsv, unitPackages);
  if (federation) {
    const stopping = [...federation.unitsIssues, ...(options.strictFederation ? federation.packageIssues : [])];
    if (stopping.length > 0) return { issues: stopping, warnings: loaded.notes };
  }
  const asOf = options.buildDate;
  const items = siteDisclosureItems(site, reports, asOf);
  const rows = buildRegister({ items, rules: site.schedule, periods: periodSpans(site), asOf });
  return {
    site,
    reports,
    register: { asOf, rows },
    stamp: withDataUntil(dataStamp(files, asOf, newHash), dataUntil(site, rows, asOf)),
    warnings: [
      ...loaded.notes,
      ...siteReminders({ site, register: rows, unreadFiles: loaded.unreadFiles, knownNames: sourceNames() }),
      ...(federation && !options.strictFederation ? federation.packageIssues : []),
    ],
    options,
    ...(federation ? { federation } : {}),
  };
}

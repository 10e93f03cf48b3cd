import type { DataIssue } from '../issues/data-issue.ts';
import { IssueList } from '../issues/data-issue.ts';
import type { DataFiles } from '../model/data-files.ts';
import type { SiteData } from '../model/site-data.ts';
import { createChart } from '../accounts/create-chart.ts';
import { BUILT_IN_ACCOUNTS } from '../accounts/chart-2021.ts';
import type { LoadOptions, LoadState } from '../sources/data-source.ts';
import { DATA_SOURCES, sourceNames, sourceOf } from '../sources/sources.ts';
import { decodeText } from '../text/decode-text.ts';
import { checkEncodings } from '../text/encoding-issues.ts';
import { badBytesFirst } from './bad-bytes-first.ts';
import { coreFirst, isCoreIssue, isCoreSource } from './core-files.ts';
import { checkNamesInPublicText } from '../privacy/names-in-text.ts';
import { collectFreeTextCells, collectPrivateValues } from '../privacy/private-values.ts';

export type { LoadOptions };

/** The result of loading: the site data when there is no issue, and every issue found. */
export interface LoadResult {
  site?: SiteData;
  issues: DataIssue[];
  /** What does not stop the build but limits what the site can say (e.g. holiday flags incomplete). */
  warnings?: DataIssue[];
}

const SPREADSHEET = /\.(xlsx?|et|wps)$/i;

/** Every file of the folder belongs to a source; an Excel/WPS file gets its own advice. */
function checkFileNames(files: DataFiles, issues: IssueList): void {
  const names = sourceNames();
  const expected = `${names.slice(0, -1).join('、')} 或 ${names[names.length - 1]}`;
  for (const path of files.keys()) {
    if (sourceOf(path)) continue;
    issues.add({
      file: path,
      line: 0,
      column: 0,
      code: 'file.unexpected',
      message: SPREADSHEET.test(path) ? '不能直接读取 Excel/WPS 表格' : '不认识的数据文件',
      expected,
      found: path,
      hint: SPREADSHEET.test(path) ? '请在 Excel/WPS 中“另存为”CSV 文件' : '请移走或改名',
    });
  }
}

function emptyState(files: DataFiles, options: LoadOptions): LoadState {
  return {
    files,
    options,
    text: (path) => {
      const bytes = files.get(path);
      return bytes === undefined ? undefined : decodeText(bytes).text;
    },
    chart: createChart(BUILT_IN_ACCOUNTS).chart,
    periods: [],
    membership: [],
    schedule: [],
    signoffs: [],
    allowedText: [],
    fundLines: new Map(),
    periodData: [],
    statements: new Map(),
    warnings: [],
  };
}

/**
 * A recipient's name typed into a public column (事由, 摘要) would be published and
 * searchable: the private names of every source are searched for in the free-text columns
 * of every source (see privacy/names-in-text.ts). Nothing is read when there is no name.
 */
function checkPrivateNames(files: DataFiles, allowed: LoadState['allowedText'], issues: IssueList): void {
  const values = collectPrivateValues(files).filter((v) => v.personName);
  if (values.length === 0) return;
  checkNamesInPublicText(collectFreeTextCells(files), values, allowed, issues);
}

/**
 * Loads and checks the whole data folder: every source of DATA_SOURCES reads its files
 * (in list order), then every source runs its cross-file checks. Pure: reads only `files`
 * (and the build date it is given). Reports every issue it can find in one pass (a broken
 * file does not hide problems in the others); `site` is present only when there are none.
 */
export function loadSite(files: DataFiles, options: LoadOptions = {}): LoadResult {
  const issues = new IssueList();
  checkFileNames(files, issues);
  checkEncodings(files, issues);
  const state = emptyState(files, options);
  // Root cause first: the core files (the first sources of the list) are read before the
  // rest; when one is broken every later check would only repeat it, so none runs.
  for (const source of DATA_SOURCES.filter(isCoreSource)) source.read?.(state, issues);
  const coreIssues = new Set(issues.items.filter(isCoreIssue));
  if (coreIssues.size > 0) return { issues: badBytesFirst(coreFirst(issues.sorted(), coreIssues)) };
  for (const source of DATA_SOURCES.filter((s) => !isCoreSource(s))) source.read?.(state, issues);
  for (const source of DATA_SOURCES) source.check?.(state, issues);
  checkPrivateNames(files, state.allowedText, issues);
  const { union, chart, periodData, schedule, records, audit, warnings } = state;
  if (issues.count > 0 || !union || !records || !audit) return { issues: badBytesFirst(issues.sorted()) };
  return { site: { union, chart, periods: periodData, schedule, records, audit }, issues: [], warnings };
}

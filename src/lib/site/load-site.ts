import type { DataIssue } from '../issues/data-issue.ts';
import { IssueList } from '../issues/data-issue.ts';
import type { DataFiles } from '../model/data-files.ts';
import type { SiteData } from '../model/site-data.ts';
import { buildCharts } from '../accounts/charts.ts';
import type { LoadOptions, LoadState } from '../sources/data-source.ts';
import { DATA_SOURCES, sourceNames, sourceOf } from '../sources/sources.ts';
import { decodeText } from '../text/decode-text.ts';
import type { ColumnSpec } from '../csv/read-table.ts';
import { readTableFile } from '../xlsx/table-file.ts';
import { sheetSpecFor } from '../xlsx/table-spec.ts';
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
  /**
   * 提醒, never a reason to stop: found while reading the files (hidden sheets, rows and columns
   * of workbooks) and the workbench's (holiday flags incomplete for a period).
   */
  notes: DataIssue[];
  /** Files of the data folder that no source reads (a 提醒 each; their content is not published). */
  unreadFiles: string[];
}

const SPREADSHEET = /\.(xls|et|wps|xlsb|xlsm|ods)$/i;

/** The folder of the recorded published figures (issue 14). */
const PUBLISHED_FOLDER = 'published/';

/**
 * Every file of the folder belongs to a source. A file nothing reads is returned (a 提醒:
 * its content is not published, see reminders/site-reminders.ts); an Excel/WPS file of
 * another format, and anything inside published/ that is not a recording, stop the build:
 * the first is a table staff meant to publish, the second would take a period out of the
 * corrections check unseen.
 */
function checkFileNames(files: DataFiles, issues: IssueList): string[] {
  const names = sourceNames();
  const expected = `${names.slice(0, -1).join('、')} 或 ${names[names.length - 1]}`;
  const unread: string[] = [];
  for (const path of files.keys()) {
    if (sourceOf(path)) continue;
    const spreadsheet = SPREADSHEET.test(path);
    if (!spreadsheet && !path.startsWith(PUBLISHED_FOLDER)) {
      unread.push(path);
      continue;
    }
    issues.add({
      file: path,
      line: 0,
      column: 0,
      code: 'file.unexpected',
      message: spreadsheet ? '不能直接读取这种格式的表格' : '不认识的数据文件',
      expected,
      found: path,
      hint: spreadsheet
        ? '请在 Excel/WPS 中“另存为”Excel 工作簿（*.xlsx）或 CSV 文件，文件名与表名相同'
        : 'published 文件夹只放 npm run publish 写下的 <期间编号>.json，请移走或改名',
    });
  }
  return unread;
}

/** The columns a table path is declared with (its source's, for a folder the folder's). */
function columnsOf(csvPath: string): readonly ColumnSpec[] {
  const source = sourceOf(csvPath);
  if (!source) throw new Error(`no data source reads ${csvPath}`);
  return source.columns[csvPath] ?? Object.values(source.columns)[0] ?? [];
}

function emptyState(files: DataFiles, options: LoadOptions, issues: IssueList): LoadState {
  const notes: DataIssue[] = [];
  const tableFiles = { files, workbooks: options.workbooks ?? new Map() };
  return {
    files,
    options,
    text: (path) => {
      const bytes = files.get(path);
      return bytes === undefined ? undefined : decodeText(bytes).text;
    },
    table: (csvPath) => {
      const columns = columnsOf(csvPath);
      const spec = sheetSpecFor(csvPath, columns);
      const found = readTableFile(csvPath.replace(/\.csv$/, ''), spec, tableFiles, issues, notes);
      if (!found.found) return undefined;
      return {
        file: found.file,
        input: found.input,
        ...('unit' in found && found.unit === '万元' ? { sheetUnit: found.unit } : {}),
      };
    },
    notes,
    ...(() => {
      const { charts } = buildCharts();
      return { charts, chart: charts['2021'] };
    })(),
    periods: [],
    membership: [],
    schedule: [],
    signoffs: [],
    allowedText: [],
    fundLines: new Map(),
    periodData: [],
    statements: new Map(),
  };
}

/**
 * A recipient's name typed into a public column (事由, 摘要) would be published and
 * searchable: the private names of every source are searched for in the free-text columns
 * of every source (see privacy/names-in-text.ts). Nothing is read when there is no name.
 */
function checkPrivateNames(
  files: DataFiles,
  workbooks: LoadOptions['workbooks'],
  allowed: LoadState['allowedText'],
  issues: IssueList,
): void {
  const values = collectPrivateValues(files, undefined, workbooks).filter((v) => v.personName);
  if (values.length === 0) return;
  checkNamesInPublicText(collectFreeTextCells(files, undefined, workbooks), values, allowed, issues);
}

/**
 * Loads and checks the whole data folder: every source of DATA_SOURCES reads its files
 * (in list order), then every source runs its cross-file checks. Pure: reads only `files`
 * (and the build date and workbooks it is given). Workbooks must be in `options.workbooks`
 * (read by the edge) for every .xlsx of `files`. Reports every issue it can find in one pass (a broken
 * file does not hide problems in the others); `site` is present only when there are none.
 */
export function loadSite(files: DataFiles, options: LoadOptions = {}): LoadResult {
  const issues = new IssueList();
  const unreadFiles = checkFileNames(files, issues);
  checkEncodings(files, issues);
  const state = emptyState(files, options, issues);
  // Root cause first: the core files (the first sources of the list) are read before the
  // rest; when one is broken every later check would only repeat it, so none runs.
  for (const source of DATA_SOURCES.filter(isCoreSource)) source.read?.(state, issues);
  const coreIssues = new Set(issues.items.filter(isCoreIssue));
  if (coreIssues.size > 0) {
    return { issues: badBytesFirst(coreFirst(issues.sorted(), coreIssues)), notes: state.notes, unreadFiles };
  }
  for (const source of DATA_SOURCES.filter((s) => !isCoreSource(s))) source.read?.(state, issues);
  for (const source of DATA_SOURCES) source.check?.(state, issues);
  checkPrivateNames(files, options.workbooks, state.allowedText, issues);
  const { union, chart, charts, periodData, schedule, records, audit, notes } = state;
  if (issues.count > 0 || !union || !records || !audit)
    return { issues: badBytesFirst(issues.sorted()), notes, unreadFiles };
  return {
    site: { union, chart, charts, periods: periodData, schedule, records, audit },
    issues: [],
    notes,
    unreadFiles,
  };
}

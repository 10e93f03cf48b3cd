import type { WorkbookRead } from '../xlsx/read-workbook.ts';
import type { Chart, Charts } from '../accounts/account.ts';
import type { ColumnSpec, TableInput } from '../csv/read-table.ts';
import type { ScheduleRule } from '../disclosure/schedule.ts';
import type { FundLine } from '../funds/fund-line.ts';
import type { AuditData } from '../audit/audit-data.ts';
import type { DataIssue, IssueList } from '../issues/data-issue.ts';
import type { DataFiles } from '../model/data-files.ts';
import type { Membership } from '../model/membership.ts';
import type { RecordsData } from '../model/records-data.ts';
import type { PeriodData } from '../model/site-data.ts';
import type { Period } from '../periods/period.ts';
import type { Signoff } from '../signoffs/signoffs-table.ts';
import type { Statement } from '../statement/statement.ts';
import type { AllowedText } from '../text/allowed-text-table.ts';
import type { Union } from '../union/union.ts';

/** Options of a load that are not in the data folder. */
export interface LoadOptions {
  /** The build date (ISO "YYYY-MM-DD"): 公示 notices whose end date is before it are not published. */
  buildDate?: string;
  /** Every .xlsx of the data folder, read into cells by the edge (src/build/read-workbooks.ts). */
  workbooks?: ReadonlyMap<string, WorkbookRead>;
}

/** A table of the data folder as its reader takes it, and the file it came from. */
export interface TableSourceFile {
  /** "membership.csv" or "membership.xlsx". */
  file: string;
  /** The CSV text or the worksheet rows; undefined when the file is there but could not be read (reported). */
  input?: TableInput;
  /** 万元 when a workbook states "单位：万元" above its header (its amounts are already in 元). */
  sheetUnit?: '万元';
}

/**
 * What the sources have loaded so far. Each source reads its files and fills its part;
 * a later source may read what an earlier one filled (the list is in that order).
 */
export interface LoadState {
  readonly files: DataFiles;
  readonly options: LoadOptions;
  /** The decoded text of a data file, or undefined when the file is absent. */
  text(path: string): string | undefined;
  /**
   * A table named by its CSV path ("membership.csv", "funds/2024.csv"), kept either as that
   * CSV or as the workbook of the same name (.xlsx); undefined when neither is there. Both
   * present, or a workbook that cannot be read, is reported and gives no input.
   */
  table(csvPath: string): TableSourceFile | undefined;
  /**
   * 提醒 found while reading (hidden sheets, rows and columns of workbooks) and what only limits
   * the 疑点提示 (a holiday table without a period's year).
   */
  notes: DataIssue[];
  union?: Union;
  /** The chart of the 2021 制度 (the current one); `charts` has both. */
  chart: Chart;
  /** The chart of each 制度, with accounts.csv's accounts. */
  charts: Charts;
  periods: Period[];
  membership: Membership[];
  schedule: ScheduleRule[];
  signoffs: Signoff[];
  allowedText: AllowedText[];
  /** The lines of every fund file read, by path (for the published-text check). */
  fundLines: Map<string, readonly FundLine[]>;
  /** The periods whose fund file could be read, in time order. */
  periodData: PeriodData[];
  /** Statements of the periods whose fund data is sound, by period id. */
  statements: Map<string, Statement>;
  records?: RecordsData;
  /** 疑点提示, thresholds and corrections (the last source fills it). */
  audit?: AuditData;
}

/**
 * One data file, or one folder of per-period files, declared once. `names` are what staff
 * are told the folder may hold; `owns` says which paths are this source's. Loading runs in
 * two passes over the list: every `read` in list order, then every `check` in list order
 * (cross-file checks that need what a later source read).
 */
export interface DataSource {
  /** The names shown to staff, e.g. "periods.csv" or "funds/<期间编号>.csv". */
  names: readonly string[];
  /** True for a path of the data folder that this source reads. */
  owns(path: string): boolean;
  /** The columns of each CSV file of the source, by name (none for union.yaml). */
  columns: Readonly<Record<string, readonly ColumnSpec[]>>;
  /** Pass 1: reads the source's files into `state`, reporting to `issues`. */
  read?(state: LoadState, issues: IssueList): void;
  /** Pass 2: checks against what every source has read. */
  check?(state: LoadState, issues: IssueList): void;
}

/** A source that is one file at the top of the data folder. */
export function fileSource(
  path: string,
  columns: readonly ColumnSpec[] | undefined,
  steps: Pick<DataSource, 'read' | 'check'>,
): DataSource {
  const workbook = columns ? workbookName(path) : undefined;
  return {
    names: [path],
    owns: (p) => p === path || p === workbook,
    columns: columns ? { [path]: columns } : {},
    ...steps,
  };
}

/** The workbook a CSV table may be kept as instead: "activities.csv" → "activities.xlsx". */
export function workbookName(csvPath: string): string {
  return csvPath.replace(/\.csv$/, '.xlsx');
}

/** The text placeholder for a period id in a folder source's name. */
export const PERIOD_ID_NAME = '<期间编号>';

/** A source that is a folder of `<folder>/<period id>.csv` (or `.xlsx`) files. */
export function periodFolderSource(
  folder: string,
  columns: readonly ColumnSpec[],
  steps: Pick<DataSource, 'read' | 'check'>,
): DataSource {
  const name = `${folder}${PERIOD_ID_NAME}.csv`;
  return {
    names: [name],
    columns: { [name]: columns },
    owns: (p) => p.startsWith(folder) && /\.(csv|xlsx)$/.test(p) && !p.slice(folder.length).includes('/'),
    ...steps,
  };
}

import { describeSheetPlace } from '../xlsx/cell-address.ts';

/**
 * A problem found in a data file, reported to staff in Chinese. Errors are data: the
 * loaders collect them and the build prints them all, sorted, before stopping.
 */
export interface DataIssue {
  /** Path of the file relative to the data folder, e.g. "funds/2021.csv". */
  file: string;
  /** 1-based physical line in the file; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column: the field number in a CSV row, the character column in YAML/MDX; 0 when unknown. */
  column: number;
  /** The worksheet, when the file is a workbook: line and column are then its row and column (A = 1). */
  sheet?: string;
  /** Stable machine code, e.g. "amount.placeholder"; tests and docs refer to it. */
  code: string;
  /** What is wrong, in Chinese, for staff. */
  message: string;
  /** What was expected (应为). */
  expected?: string;
  /** What was found (实际为). */
  found?: string;
  /** How to fix it (提示), e.g. the nearest account name for a typo. */
  hint?: string;
}

/** Collects issues while loading; never throws. */
export class IssueList {
  readonly items: DataIssue[] = [];
  private readonly sources = new Map<string, { file: string; sheet: string }>();

  add(issue: DataIssue): void {
    const source = this.sources.get(issue.file);
    if (!source) {
      this.items.push(issue);
      return;
    }
    const sheet = issue.line > 0 && issue.sheet === undefined ? source.sheet : issue.sheet;
    this.items.push(sheet === undefined ? { ...issue, file: source.file } : { ...issue, file: source.file, sheet });
  }

  /**
   * Says that `file` is a workbook whose table was read from worksheet `sheet`: every issue
   * about a line of it added from now on names the sheet, so its position reads as Excel
   * shows it.
   */
  locateInSheet(file: string, sheet: string): void {
    this.readFrom(file, { file, sheet });
  }

  /**
   * Says that the table a reader knows as `name` (e.g. "membership.csv") was read from the
   * worksheet `sheet` of the workbook `source.file` ("membership.xlsx"): issues added from
   * now on about `name` are about that file, and those about a line name the sheet.
   */
  readFrom(name: string, source: { file: string; sheet: string }): void {
    this.sources.set(name, source);
  }

  get count(): number {
    return this.items.length;
  }

  /** Issues sorted by file, line and column (stable for equal positions). */
  sorted(): DataIssue[] {
    return this.items
      .map((issue, index) => ({ issue, index }))
      .sort(
        (a, b) =>
          compareText(a.issue.file, b.issue.file) ||
          a.issue.line - b.issue.line ||
          a.issue.column - b.issue.column ||
          a.index - b.index,
      )
      .map(({ issue }) => issue);
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The position prefix "file:line:column" (line and column omitted when 0); in a workbook
 * "file 工作表“明细账” C17，即第 17 行第 3 列".
 */
export function issuePosition(issue: DataIssue): string {
  if (issue.sheet !== undefined) return `${issue.file} ${describeSheetPlace(issue.sheet, issue.line, issue.column)}`;
  let position = issue.file;
  if (issue.line > 0) position += `:${issue.line}`;
  if (issue.line > 0 && issue.column > 0) position += `:${issue.column}`;
  return position;
}

/** One issue as the lines staff read: position and message, then 应为/实际为/提示. */
export function formatIssue(issue: DataIssue): string {
  const lines = [`${issuePosition(issue)}  ${issue.message} [${issue.code}]`];
  if (issue.expected !== undefined) lines.push(`    应为：${issue.expected}`);
  if (issue.found !== undefined) lines.push(`    实际为：${issue.found}`);
  if (issue.hint !== undefined) lines.push(`    提示：${issue.hint}`);
  return lines.join('\n');
}

/**
 * The whole report: every issue (sorted, at most `limit`) and a count line.
 * @param limit how many issues to print at most; the rest are counted.
 */
export function formatIssueReport(issues: readonly DataIssue[], limit = 200): string {
  const shown = issues.slice(0, limit).map(formatIssue);
  const more = issues.length > limit ? [`……另有 ${issues.length - limit} 处问题未列出。`] : [];
  const files = new Set(issues.map((i) => i.file)).size;
  const summary = `数据检查未通过：${files} 个文件中共有 ${issues.length} 处问题。网站未生成，请修改后重新运行。`;
  return [...shown, ...more, '', summary].join('\n');
}

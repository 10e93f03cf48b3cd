import type { ColumnSpec } from '../csv/read-table.ts';
import { readTable } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { findPlaceholders, isAllowedPlaceholder } from './find-placeholders.ts';

export const ALLOWED_TEXT_FILE = 'allowed-text.csv';

/** A text staff confirmed is meant literally although it looks like a placeholder. */
export interface AllowedText {
  text: string;
  /** Limits the exception to one data file (path as in messages); undefined: every file. */
  file?: string;
}

/** A cell of free text that will be published (a memo, a label, a name), with its position. */
export interface TextCell {
  file: string;
  line: number;
  column: number;
  /** The column header or key staff see, e.g. "摘要". */
  header: string;
  text: string;
}

const COLUMNS: readonly ColumnSpec<'text' | 'file' | 'note'>[] = [
  { key: 'text', header: '文字', aliases: ['text', '允许的文字'], required: true },
  { key: 'file', header: '文件', aliases: ['file', '限于文件'], required: false },
  { key: 'note', header: '说明', aliases: ['note', '原因'], required: false },
];

/** Reads allowed-text.csv (文字, 文件, 说明): exceptions to the placeholder check of data text. */
export function readAllowedText(text: string, issues: IssueList): AllowedText[] {
  const rows = readTable(ALLOWED_TEXT_FILE, text, COLUMNS, issues);
  if (!rows) return [];
  const out: AllowedText[] = [];
  for (const { line, cells } of rows) {
    const allowed = cells.text?.text ?? '';
    if (allowed === '') {
      issues.add({
        file: ALLOWED_TEXT_FILE,
        line,
        column: cells.text?.column ?? 0,
        code: 'allowed-text.empty',
        message: '“文字”不能为空',
        expected: '允许出现的文字，如 □满意',
        found: '空白',
      });
      continue;
    }
    const file = cells.file?.text;
    out.push(file ? { text: allowed, file } : { text: allowed });
  }
  return out;
}

/**
 * Reports every placeholder ("xx", "20xx", "××", "□", "____" …) in text that will be
 * published, unless allowed-text.csv lists a text that covers it for that file.
 */
export function checkPublishedText(
  cells: readonly TextCell[],
  allowed: readonly AllowedText[],
  issues: IssueList,
): void {
  for (const cell of cells) {
    const phrases = allowed.filter((a) => a.file === undefined || a.file === cell.file).map((a) => a.text);
    for (const match of findPlaceholders(cell.text)) {
      if (isAllowedPlaceholder(cell.text, match, phrases)) continue;
      issues.add({
        file: cell.file,
        line: cell.line,
        column: cell.column,
        code: 'text.placeholder',
        message: `“${cell.header}”中有未替换的占位符“${match.text}”`,
        expected: '实际的文字或数字',
        found: cell.text,
        hint: `请填入实际内容；如确需保留，在 ${ALLOWED_TEXT_FILE} 中登记这段文字`,
      });
    }
  }
}

/**
 * The text cells of a YAML file, line by line (values after "键:"; comment lines skipped),
 * with the character column of each value.
 */
export function yamlTextCells(file: string, text: string): TextCell[] {
  const cells: TextCell[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const match = /^(\s*([^#:\s][^:]*?)\s*:\s*)(.+?)\s*$/.exec(raw);
    if (!match || match[3]!.startsWith('#')) return;
    cells.push({ file, line: i + 1, column: match[1]!.length + 1, header: match[2]!, text: match[3]! });
  });
  return cells;
}

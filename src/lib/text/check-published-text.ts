import type { IssueList } from '../issues/data-issue.ts';
import { findPlaceholders, isAllowedPlaceholder, mayHoldPlaceholder } from './find-placeholders.ts';

import { ALLOWED_TEXT_FILE, type AllowedText } from './allowed-text-table.ts';

/** A cell of free text that will be published (a memo, a label, a name), with its position. */
export interface TextCell {
  file: string;
  line: number;
  column: number;
  /** The column header or key staff see, e.g. "摘要". */
  header: string;
  text: string;
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
  const phrasesOf = new Map<string, string[]>();
  for (const cell of cells) {
    if (!mayHoldPlaceholder(cell.text)) continue;
    let phrases = phrasesOf.get(cell.file);
    if (!phrases) {
      phrases = allowed.filter((a) => a.file === undefined || a.file === cell.file).map((a) => a.text);
      phrasesOf.set(cell.file, phrases);
    }
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

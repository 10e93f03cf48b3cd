import type { IssueList } from '../issues/data-issue.ts';
import { ALLOWED_TEXT_FILE, type AllowedText } from '../text/allowed-text-table.ts';
import type { TextCell } from '../text/check-published-text.ts';
import type { PrivateValue } from './private-values.ts';
import { findPrivateValues, indexPrivateValues } from './scan-output.ts';

/**
 * Names shorter than this are not searched for: a one-character name (or a surname alone)
 * occurs in ordinary words (“王”府井, 大“李”子), so searching for it would stop the build
 * on text that names nobody. Names of two or more characters are searched for everywhere.
 */
export const MIN_NAME_LENGTH = 2;

/** Whether allowed-text.csv lists a phrase of the cell's file that covers the name where it occurs. */
function allowedHere(cell: TextCell, name: string, allowed: readonly AllowedText[]): boolean {
  return allowed.some(
    (a) => (a.file === undefined || a.file === cell.file) && a.text.includes(name) && cell.text.includes(a.text),
  );
}

function hintFor(cell: TextCell): string {
  const example = cell.header === '摘要' ? '“职工住院慰问”' : '“某职工住院慰问”';
  return `写成${example}，不写姓名；受助人姓名只填在“受助人”列（不公开）。如确实不是这个人的姓名，在 ${ALLOWED_TEXT_FILE} 中登记这段文字`;
}

/**
 * Stops a recipient's name typed into a public column: every public free-text cell (事由
 * and 资金来源 of aid.csv, 摘要 of the fund files) is searched for every private name of
 * the data folder (the values of the columns declared private and personName, 受助人) of
 * at least MIN_NAME_LENGTH characters. A hit is reported at the cell (file, line, column)
 * with the row the name comes from, unless allowed-text.csv lists a phrase that covers it.
 */
export function checkNamesInPublicText(
  cells: readonly TextCell[],
  privateValues: readonly PrivateValue[],
  allowed: readonly AllowedText[],
  issues: IssueList,
): void {
  const names = privateValues.filter((v) => v.personName && [...v.value].length >= MIN_NAME_LENGTH);
  if (names.length === 0) return;
  const index = indexPrivateValues(names);
  for (const cell of cells) {
    const reported = new Set<string>();
    for (const name of findPrivateValues(cell.text, index)) {
      if (reported.has(name.value) || allowedHere(cell, name.value, allowed)) continue;
      reported.add(name.value);
      issues.add({
        file: cell.file,
        line: cell.line,
        column: cell.column,
        code: 'privacy.name-in-public-text',
        message: `“${cell.header}”是公开的列，其中写了受助人的姓名“${name.value}”（${name.file} 第 ${name.line} 行“${name.header}”）`,
        expected: '不含个人姓名的文字',
        found: cell.text,
        hint: hintFor(cell),
      });
    }
  }
}

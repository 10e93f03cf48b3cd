import type { FundLine } from '../funds/fund-line.ts';
import { PERIODS_FILE } from '../periods/read-periods.ts';
import type { Period } from '../periods/period.ts';
import { SIGNOFFS_FILE, type Signoff } from '../signoffs/signoffs-table.ts';
import type { TextCell } from '../text/check-published-text.ts';

/**
 * The published free text of the data folder: period labels, fund memos, sign-off names.
 * `keepMemo` picks the memos wanted (all by default): a check that can tell from the text
 * alone that a memo is clean spares a cell object for each of a ledger's many lines.
 */
export function dataTextCells(
  periods: readonly Period[],
  funds: ReadonlyMap<string, readonly FundLine[]>,
  signoffs: readonly Signoff[],
  keepMemo: (memo: string) => boolean = () => true,
): TextCell[] {
  const cells: TextCell[] = periods.map((p) => ({
    file: PERIODS_FILE,
    line: p.line,
    column: p.columns.label ?? 0,
    header: '名称',
    text: p.label,
  }));
  for (const [file, lines] of funds) {
    for (const line of lines) {
      if (line.memo && keepMemo(line.memo))
        cells.push({ file, line: line.line, column: line.columns.memo ?? 0, header: '摘要', text: line.memo });
    }
  }
  for (const s of signoffs) {
    cells.push(
      { file: SIGNOFFS_FILE, line: s.line, column: s.columns.chair, header: '工会主席', text: s.chair },
      { file: SIGNOFFS_FILE, line: s.line, column: s.columns.auditChair, header: '经审会主任', text: s.auditChair },
      { file: SIGNOFFS_FILE, line: s.line, column: s.columns.financeHead, header: '财务负责人', text: s.financeHead },
      { file: SIGNOFFS_FILE, line: s.line, column: s.columns.preparer, header: '制表人', text: s.preparer },
    );
  }
  return cells;
}

import type { CellPlace } from '../csv/cell-values.ts';
import type { Cell } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';

/**
 * True when the cell is absent or empty; reports `cell.empty` (with `expected` as 应为)
 * when the column is required. Every record cell parser starts with this one check.
 */
export function isEmptyCell(
  cell: Cell | undefined,
  place: CellPlace,
  issues: IssueList,
  required: boolean,
  expected: string,
): cell is undefined {
  if (cell && cell.text !== '') return false;
  if (required) {
    issues.add({
      file: place.file,
      line: place.line,
      column: cell?.column ?? 0,
      code: 'cell.empty',
      message: `“${place.header}”不能为空`,
      expected,
      found: '空白',
    });
  }
  return true;
}

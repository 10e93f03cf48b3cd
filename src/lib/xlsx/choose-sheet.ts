import type { DataIssue, IssueList } from '../issues/data-issue.ts';
import { toHalfWidth } from '../text/normalize-width.ts';
import type { SheetGrid, WorkbookGrid } from './workbook-grid.ts';

const sheetKey = (name: string): string => toHalfWidth(name).replace(/\s+/g, '').toLowerCase();

/** "funds/2024.xlsx" → "2024". */
export function fileStem(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * The worksheet a table is read from: the only visible one, or, when there are several,
 * the one named after the file ("2024") or after the table (one of `tableNames`, e.g.
 * "明细账"). Hidden sheets are never read; they are mentioned in `notes`. Reports to
 * `issues` and returns undefined when no sheet, or more than one, fits.
 */
export function chooseSheet(
  file: string,
  workbook: WorkbookGrid,
  tableNames: readonly string[],
  issues: IssueList,
  notes: DataIssue[],
): SheetGrid | undefined {
  const visible = workbook.sheets.filter((sheet) => !sheet.hidden);
  const hidden = workbook.sheets.filter((sheet) => sheet.hidden);
  if (hidden.length > 0) {
    notes.push({
      file,
      line: 0,
      column: 0,
      code: 'xlsx.hidden-sheets',
      message: `工作簿中的隐藏工作表未读取：${hidden.map((s) => `“${s.name}”`).join('、')}`,
      hint: '隐藏的工作表不会发布；如果其中有要发布的数据，请取消隐藏并放到要读取的工作表中',
    });
  }
  if (visible.length === 1) return visible[0];
  const wanted = [fileStem(file), ...tableNames];
  const keys = new Set(wanted.map(sheetKey));
  const named = visible.filter((sheet) => keys.has(sheetKey(sheet.name)));
  if (visible.length > 1 && named.length === 1) {
    const others = visible.filter((sheet) => sheet !== named[0]);
    notes.push({
      file,
      line: 0,
      column: 0,
      code: 'xlsx.other-sheets',
      message: `只读取了工作表“${named[0]!.name}”，其他工作表未读取：${others.map((s) => `“${s.name}”`).join('、')}`,
    });
    return named[0];
  }
  issues.add({
    file,
    line: 0,
    column: 0,
    code: visible.length === 0 ? 'xlsx.no-sheet' : 'xlsx.which-sheet',
    message:
      visible.length === 0
        ? '工作簿中没有可以读取的工作表（所有工作表都被隐藏了）'
        : `工作簿中有 ${visible.length} 个工作表，无法确定读取哪一个`,
    expected: `只有一个工作表，或其中一个工作表名为${wanted.map((n) => `“${n}”`).join('或')}`,
    found: visible.length === 0 ? '没有未隐藏的工作表' : visible.map((s) => `“${s.name}”`).join('、'),
    hint:
      visible.length === 0
        ? '请在 Excel 或 WPS 中右键点工作表标签，选择“取消隐藏”'
        : `请把要读取的工作表改名为“${wanted[0]}”，或把其他工作表移到别的文件中`,
  });
  return undefined;
}

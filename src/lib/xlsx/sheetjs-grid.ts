import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { GridCell, GridRow, GridValue, SheetGrid, WorkbookGrid } from './workbook-grid.ts';

/**
 * The thin adapter between SheetJS (@e965/xlsx) and the rest: turns the workbook object of
 * `XLSX.read(bytes, { dense: true, cellNF: true, cellStyles: true, cellText: false })`
 * into a {@link WorkbookGrid}. Only the library's types are imported here; the edge does
 * the reading, so this stays plain data in, plain data out.
 */

/** Options the edge reads with: dense rows, number formats, hidden rows/columns (cellStyles), raw values. */
export const SHEETJS_READ_OPTIONS = {
  type: 'array',
  dense: true,
  cellNF: true,
  cellStyles: true,
  cellText: false,
  cellHTML: false,
  cellDates: false,
} as const;

/**
 * SheetJS's format table lacks the built-in formats of Chinese Excel and WPS (ECMA-376 ids
 * 27–36 and 50–58, e.g. 31 = yyyy"年"m"月"d"日"), and it is rebuilt on every read, so they
 * cannot be added to it. A number cell whose style names a format the table does not know
 * therefore has no `z`; every built-in id it lacks is one of these, and all of them show
 * dates or times, so such a cell is read as a date.
 */
const CHINESE_BUILT_IN_DATE = 'yyyy"年"m"月"d"日"';

/** Error values by their BIFF code, as Excel shows them. */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function gridValue(cell: CellObject): GridValue | undefined {
  switch (cell.t) {
    case 's':
      return { kind: 'text', text: String(cell.v ?? '') };
    case 'n':
      return typeof cell.v === 'number'
        ? { kind: 'number', value: cell.v, format: cell.z === undefined ? CHINESE_BUILT_IN_DATE : String(cell.z) }
        : cell.f
          ? { kind: 'no-value', formula: cell.f }
          : undefined;
    case 'b':
      return { kind: 'boolean', value: Boolean(cell.v) };
    case 'e':
      return cell.v === undefined && cell.f
        ? { kind: 'no-value', formula: cell.f }
        : { kind: 'error', text: cell.w ?? ERROR_TEXT[Number(cell.v)] ?? '#错误' };
    case 'z':
      return cell.f ? { kind: 'no-value', formula: cell.f } : undefined;
    default:
      return cell.v === undefined ? undefined : { kind: 'text', text: String(cell.v) };
  }
}

function sheetGrid(name: string, hidden: boolean, sheet: WorkSheet): SheetGrid {
  const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
  const rowInfo = sheet['!rows'] ?? [];
  const rows: GridRow[] = [];
  const count = Math.max(data.length, rowInfo.length);
  for (let r = 0; r < count; r++) {
    const cells: GridCell[] = [];
    const line = data[r];
    if (line) {
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        const value = cell && gridValue(cell);
        if (!value) continue;
        cells.push(cell.f ? { column: c + 1, value, formula: cell.f } : { column: c + 1, value });
      }
    }
    const rowHidden = rowInfo[r]?.hidden === true;
    if (cells.length > 0 || rowHidden) rows.push({ row: r + 1, cells, hidden: rowHidden });
  }
  const hiddenColumns: number[] = [];
  (sheet['!cols'] ?? []).forEach((column, index) => {
    if (column?.hidden) hiddenColumns.push(index + 1);
  });
  const merges = (sheet['!merges'] ?? []).map((range) => ({
    top: range.s.r + 1,
    left: range.s.c + 1,
    bottom: range.e.r + 1,
    right: range.e.c + 1,
  }));
  return { name, hidden, rows, merges, hiddenColumns };
}

/** The workbook as plain data: sheets in tab order with their hidden flags, and the date system. */
export function gridFromSheetJs(workbook: WorkBook): WorkbookGrid {
  const info = workbook.Workbook?.Sheets ?? [];
  const sheets = workbook.SheetNames.map((name, index) =>
    sheetGrid(name, (info[index]?.Hidden ?? 0) !== 0, workbook.Sheets[name]!),
  );
  return { date1904: workbook.Workbook?.WBProps?.date1904 === true, sheets };
}

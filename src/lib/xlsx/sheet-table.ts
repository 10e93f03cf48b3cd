import type { ColumnSpec, SourceRecord, SourceType, TableRecords } from '../csv/read-table.ts';
import { headerKey } from '../csv/read-table.ts';
import { splitHeaderUnit } from '../csv/header-label.ts';
import type { DataIssue, IssueList } from '../issues/data-issue.ts';
import { cellAddress, columnLetters, rangeAddress } from './cell-address.ts';
import type { CellReading } from './cell-text.ts';
import { readGridValue } from './cell-text.ts';
import { chooseSheet } from './choose-sheet.ts';
import type { AmountUnit } from './find-header.ts';
import { findHeaderRow, HEADER_SEARCH_ROWS, isFooterRow, statedUnit } from './find-header.ts';
import { shiftDecimal } from './number-text.ts';
import { listNumbers } from './list-numbers.ts';
import type { GridRow, SheetGrid, WorkbookGrid } from './workbook-grid.ts';

/** What a table needs to be found in a workbook. */
export interface SheetTableSpec<K extends string = string> {
  /** The table's columns, as for CSV: the header row is the one that names them. */
  columns: readonly ColumnSpec<K>[];
  /** Keys of the amount columns: a "单位：万元" line above the header scales them to 元. */
  amountKeys?: readonly K[];
  /** Sheet names that mean this table besides the file's own name, e.g. ["明细账"]. */
  tableNames?: readonly string[];
}

/** A worksheet turned into the rows the CSV path reads. */
export interface SheetTable {
  /** Header first, then the data rows; title, unit, blank and footer lines left out. */
  input: TableRecords;
  /** The worksheet read. */
  sheet: string;
  /** The unit stated above the header (元 when none is). */
  unit: AmountUnit;
}

/** A row with each cell read once. */
interface ReadRow {
  row: GridRow;
  readings: CellReading[];
  /** The non-empty texts, trimmed, in column order (error values and missing results left out). */
  texts: string[];
}

function readRow(row: GridRow, date1904: boolean): ReadRow {
  const readings = row.cells.map((cell) => readGridValue(cell.value, date1904));
  const texts: string[] = [];
  for (const reading of readings) {
    if (!reading.ok) continue;
    const text = reading.text.trim();
    if (text !== '') texts.push(text);
  }
  return { row, readings, texts };
}

/**
 * Reads the table of a workbook as staff make it: the worksheet named after the table (or
 * the only one), the header row found below title and unit lines within the first
 * {@link HEADER_SEARCH_ROWS} rows, footer lines (制表人：…) and blank rows left out. Returns
 * rows in the form `forEachTableRow` reads, so every cell parser and message of the CSV
 * path applies; positions are the worksheet's rows and columns. Reports to `issues`:
 * no usable sheet, an empty sheet, no header, a second header row, merged cells at or
 * below the header, error values, formulas without a saved result, content outside the
 * header's columns, an unknown unit. Hidden sheets, rows and columns go to `notes`
 * (hidden rows and columns are read: they are data). Returns null when there is no table
 * to read.
 */
export function sheetTable<K extends string>(
  file: string,
  workbook: WorkbookGrid,
  spec: SheetTableSpec<K>,
  issues: IssueList,
  notes: DataIssue[],
): SheetTable | null {
  const sheet = chooseSheet(file, workbook, spec.tableNames ?? [], issues, notes);
  if (!sheet) return null;
  issues.locateInSheet(file, sheet.name);
  const rows = sheet.rows
    .map((row) => readRow(row, workbook.date1904))
    .filter(({ texts, readings }) => texts.length > 0 || readings.some((reading) => !reading.ok));
  if (rows.length === 0) {
    issues.add({
      file,
      line: 0,
      column: 0,
      sheet: sheet.name,
      code: 'xlsx.empty-sheet',
      message: `工作表“${sheet.name}”是空的`,
      expected: `表头一行：${spec.columns.map((c) => c.header).join('、')}，下面是数据`,
      found: '没有任何内容',
    });
    return null;
  }
  const header = findHeaderRow(rows, spec.columns);
  if (!header) {
    issues.add({
      file,
      line: 0,
      column: 0,
      sheet: sheet.name,
      code: 'xlsx.no-header',
      message: `工作表“${sheet.name}”的前 ${HEADER_SEARCH_ROWS} 行中没有找到表头`,
      expected: `表头一行，列名为 ${spec.columns.map((c) => c.header).join('、')}（标题行和“单位：元”可以写在表头之上）`,
      found: `第 ${rows[0]!.row.row} 行：${rows[0]!.texts.join('、')}`,
      hint: '请检查列名是否写对，表头之上的标题行不要超过 9 行',
    });
    return null;
  }
  const headerRow = header.row.row;
  const unit = readUnit(file, rows, headerRow, issues);
  const headerCells = headerTexts(header);
  const positions = headerCells.map((cell) => cell.column);
  const headerRecord: SourceRecord = {
    fields: headerCells.map((cell) => cell.text),
    line: headerRow,
    columns: positions,
  };
  const scaled = unit === '万元' ? amountPositions(file, headerRow, headerCells, spec, issues) : new Set<number>();
  const records: SourceRecord[] = [headerRecord];
  const footerRows = new Set<number>();
  const hiddenRows: number[] = [];
  // Rows under a merged range are reported once, by the merge, not cell by cell.
  const mergedRows = new Set<number>();
  for (const merge of sheet.merges) {
    if (merge.top > headerRow) for (let row = merge.top; row <= merge.bottom; row++) mergedRows.add(row);
  }
  for (const read of rows) {
    const { row, texts } = read;
    if (row.row <= headerRow) continue;
    if (texts.length > 0 && isFooterRow(texts[0]!)) {
      footerRows.add(row.row);
      continue;
    }
    if (repeatsHeader(read, headerCells)) {
      issues.add({
        file,
        line: row.row,
        column: 0,
        code: 'xlsx.two-header-rows',
        message: `第 ${row.row} 行又是一行表头（表头已在第 ${headerRow} 行）`,
        expected: '只有一行表头，下面都是数据',
        found: texts.join('、'),
        hint: '表头只能有一行：请删除重复的表头行，或把两行表头合成一行',
      });
      continue;
    }
    if (row.hidden) hiddenRows.push(row.row);
    if (mergedRows.has(row.row)) continue;
    const record = dataRecord(file, read, positions, scaled, issues);
    if (record) records.push(record);
  }
  checkMerges(file, sheet, headerRow, footerRows, issues);
  noteHidden(file, sheet, hiddenRows, positions, notes);
  return { input: { records }, sheet: sheet.name, unit };
}

/** The header's non-empty cells: column and trimmed text. */
function headerTexts({ row, readings }: ReadRow): { column: number; text: string }[] {
  const cells: { column: number; text: string }[] = [];
  readings.forEach((reading, index) => {
    const text = reading.ok ? reading.text.trim() : '';
    if (text !== '') cells.push({ column: row.cells[index]!.column, text });
  });
  return cells;
}

/** True when a row repeats the header: at least two of its cells (one in a one-column table) hold their column's header. */
function repeatsHeader({ row, readings }: ReadRow, headerCells: readonly { column: number; text: string }[]): boolean {
  let same = 0;
  let next = 0;
  row.cells.forEach((cell, index) => {
    while (next < headerCells.length && headerCells[next]!.column < cell.column) next++;
    const reading = readings[index]!;
    if (headerCells[next]?.column === cell.column && reading.ok && reading.text.trim() === headerCells[next]!.text)
      same++;
  });
  return same >= Math.min(2, headerCells.length);
}

/** The unit stated in the lines above the header; 元 when none is. */
function readUnit(file: string, rows: readonly ReadRow[], headerRow: number, issues: IssueList): AmountUnit {
  let unit: AmountUnit = '元';
  for (const { row, readings } of rows) {
    if (row.row >= headerRow) break;
    for (let index = 0; index < row.cells.length; index++) {
      const cell = row.cells[index]!;
      const reading = readings[index]!;
      const text = reading.ok ? reading.text.trim() : '';
      const stated = statedUnit(text);
      if (stated === undefined) continue;
      if (stated === '元' || stated === '万元') {
        unit = stated;
        continue;
      }
      issues.add({
        file,
        line: row.row,
        column: cell.column,
        code: 'xlsx.unit',
        message: `不支持的金额单位“${stated}”`,
        expected: '单位：元 或 单位：万元',
        found: text,
        hint: '请把金额换算为元或万元，并相应修改单位行',
      });
    }
  }
  return unit;
}

/**
 * Columns whose header is one of the spec's amount columns, scaled by a "单位：万元" line. A
 * header that states its own unit is read by it: "金额（万元）" by the table's reader, and
 * "金额（元）" under a 万元 line is a contradiction, reported at the header cell.
 */
function amountPositions<K extends string>(
  file: string,
  headerRow: number,
  headerCells: readonly { column: number; text: string }[],
  spec: SheetTableSpec<K>,
  issues: IssueList,
): Set<number> {
  const amountNames = new Set<string>();
  for (const column of spec.columns) {
    if (!spec.amountKeys?.includes(column.key)) continue;
    for (const name of [column.header, ...column.aliases]) amountNames.add(headerKey(splitHeaderUnit(name).name));
  }
  const positions = new Set<number>();
  for (const cell of headerCells) {
    const { name, unit } = splitHeaderUnit(cell.text);
    if (!amountNames.has(headerKey(name))) continue;
    if (unit === undefined) positions.add(cell.column);
    else if (unit === '元')
      issues.add({
        file,
        line: headerRow,
        column: cell.column,
        code: 'xlsx.unit-conflict',
        message: `表头之上写着“单位：万元”，列名“${cell.text}”却写着元`,
        expected: '单位行与列名的单位一致',
        found: cell.text,
        hint: '金额以万元填写的，把列名改为不带单位（如 金额）或“（万元）”；以元填写的，把单位行改为“单位：元”',
      });
  }
  return positions;
}

/** One data row's fields in the header's columns, or null when a cell of it could not be read. */
function dataRecord(
  file: string,
  { row, readings }: ReadRow,
  positions: readonly number[],
  scaled: ReadonlySet<number>,
  issues: IssueList,
): SourceRecord | null {
  const fields: string[] = new Array<string>(positions.length).fill('');
  const sources: (SourceType | undefined)[] = new Array<SourceType | undefined>(positions.length);
  let readable = true;
  let next = 0;
  for (let at = 0; at < row.cells.length; at++) {
    const cell = row.cells[at]!;
    while (next < positions.length && positions[next]! < cell.column) next++;
    const index = positions[next] === cell.column ? next : -1;
    const reading = readings[at]!;
    if (!reading.ok) {
      readable = false;
      issues.add(
        reading.problem === 'error-value'
          ? {
              file,
              line: row.row,
              column: cell.column,
              code: 'xlsx.error-value',
              message: `单元格 ${cellAddress(row.row, cell.column)} 的公式结果是错误值 ${reading.text}`,
              expected: '数值或文字',
              found: cell.formula ? `=${cell.formula} → ${reading.text}` : reading.text,
              hint: '请在 Excel 或 WPS 中修正公式（如除数为 0、引用的单元格已被删除）',
            }
          : {
              file,
              line: row.row,
              column: cell.column,
              code: 'xlsx.formula-no-value',
              message: `单元格 ${cellAddress(row.row, cell.column)} 的公式没有保存计算结果`,
              expected: '保存过计算结果的公式',
              found: `=${reading.formula}`,
              hint: '这个文件可能由其他程序生成：请用 Excel 或 WPS 打开它，保存一次，再重新检查',
            },
      );
      continue;
    }
    if (index < 0) {
      if (reading.text.trim() === '') continue;
      issues.add({
        file,
        line: row.row,
        column: cell.column,
        code: 'table.extra-field',
        message: `第 ${columnLetters(cell.column)} 列没有列名，但这一格有内容`,
        expected: '只在表头列出的列中填写',
        found: reading.text,
        hint: '请在表头补上这一列的列名，或删除这一格的内容',
      });
      continue;
    }
    fields[index] = scaled.has(cell.column) ? shiftDecimal(reading.text, 4) : reading.text;
    sources[index] = reading.source;
  }
  return readable ? { fields, line: row.row, columns: positions, sources } : null;
}

/** Merged cells are allowed only in the title lines above the header, and within footer lines. */
function checkMerges(
  file: string,
  sheet: SheetGrid,
  headerRow: number,
  footerRows: ReadonlySet<number>,
  issues: IssueList,
): void {
  for (const merge of sheet.merges) {
    if (merge.bottom < headerRow) continue;
    let inFooter = true;
    for (let row = merge.top; row <= merge.bottom && inFooter; row++) inFooter = footerRows.has(row);
    if (inFooter) continue;
    const range = rangeAddress(merge);
    issues.add({
      file,
      line: merge.top,
      column: merge.left,
      code: 'xlsx.merged-cells',
      message: `单元格 ${range} 是合并单元格：表头和数据中不能合并单元格`,
      expected: '每一格单独填写（只有表头之上的标题行可以合并）',
      found: `合并单元格 ${range}`,
      hint: '选中这些单元格，再点“合并后居中”取消合并，然后在每一格中填上内容',
    });
  }
}

/** Hidden rows and columns of the table are read, and mentioned so staff know. */
function noteHidden(
  file: string,
  sheet: SheetGrid,
  hiddenRows: readonly number[],
  positions: readonly number[],
  notes: DataIssue[],
): void {
  if (hiddenRows.length > 0) {
    notes.push({
      file,
      line: hiddenRows[0]!,
      column: 0,
      sheet: sheet.name,
      code: 'xlsx.hidden-rows',
      message: `第 ${listNumbers(hiddenRows)} 行是隐藏行，已照常读取`,
      hint: '隐藏的行也是数据，会和其他行一样发布；不要的行请删除',
    });
  }
  const hiddenColumns = positions.filter((column) => sheet.hiddenColumns.includes(column));
  if (hiddenColumns.length > 0) {
    notes.push({
      file,
      line: 0,
      column: 0,
      sheet: sheet.name,
      code: 'xlsx.hidden-columns',
      message: `第 ${hiddenColumns.map(columnLetters).join('、')} 列是隐藏列，已照常读取`,
      hint: '隐藏的列也是数据，会和其他列一样发布；不要的列请删除',
    });
  }
}

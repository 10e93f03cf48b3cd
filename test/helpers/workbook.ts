import * as XLSX from '@e965/xlsx';
import { library } from '../../src/build/read-workbooks.ts';
import { readWorkbook } from '../../src/lib/xlsx/read-workbook.ts';
import { SHEETJS_READ_OPTIONS } from '../../src/lib/xlsx/sheetjs-grid.ts';
import type { WorkbookGrid } from '../../src/lib/xlsx/workbook-grid.ts';

/** A cell for {@link makeWorkbook}: text, a number, or a SheetJS cell object (formulas, formats, errors). */
export type TestCell = string | number | boolean | null | XLSX.CellObject;

/** One sheet for {@link makeWorkbook}. */
export interface TestSheet {
  name: string;
  rows: TestCell[][];
  /** Ranges such as "A1:E1". */
  merges?: string[];
  /** 1-based rows to hide. */
  hiddenRows?: number[];
  /** 1-based columns to hide. */
  hiddenColumns?: number[];
  hidden?: boolean;
}

/**
 * Writes a workbook with SheetJS's writer the way Excel saves one: shared strings, a
 * styles part with the number formats used. Dates are serials with a date format
 * (`{ t: 'n', v: 45356, z: 'yyyy-mm-dd' }`).
 */
export function makeWorkbook(sheets: TestSheet[], options: { date1904?: boolean } = {}): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows.map((row) => row.map((cell) => cell ?? undefined)));
    if (sheet.merges) ws['!merges'] = sheet.merges.map((range) => XLSX.utils.decode_range(range));
    if (sheet.hiddenRows) {
      ws['!rows'] = [];
      for (const row of sheet.hiddenRows) ws['!rows'][row - 1] = { hidden: true };
    }
    if (sheet.hiddenColumns) {
      ws['!cols'] = [];
      for (const column of sheet.hiddenColumns) ws['!cols'][column - 1] = { hidden: true };
    }
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  book.Workbook = {
    Sheets: sheets.map((sheet) => ({ name: sheet.name, Hidden: sheet.hidden ? 1 : 0 })),
    WBProps: { date1904: options.date1904 === true },
  };
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }));
}

/** Rewrites parts of a workbook's ZIP by hand, as another program would have saved them. */
export function editParts(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  for (const [path, edit] of Object.entries(edits)) {
    const entry = XLSX.CFB.find(zip, `/${path}`);
    if (!entry) throw new Error(`no part ${path}`);
    const edited = edit(new TextDecoder().decode(entry.content as Uint8Array));
    entry.content = new TextEncoder().encode(edited) as unknown as typeof entry.content;
    entry.size = (entry.content as Uint8Array).length;
  }
  return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer);
}

/** One part of a workbook's ZIP as text. */
export function readPart(bytes: Uint8Array, path: string): string {
  const entry = XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), `/${path}`);
  if (!entry) throw new Error(`no part ${path}`);
  return new TextDecoder().decode(entry.content as Uint8Array);
}

/** SheetJS's reader, the build the site loads (src/build/read-workbooks.ts), with the options the site reads with. */
export const parseWithSheetJs = (bytes: Uint8Array): XLSX.WorkBook => library().read(bytes, SHEETJS_READ_OPTIONS);

/** The grid of a workbook that must be readable. */
export function gridOf(bytes: Uint8Array, file = 'funds/2024.xlsx'): WorkbookGrid {
  const read = readWorkbook(file, bytes, parseWithSheetJs);
  if (!read.ok) throw new Error(read.issue.message);
  return read.workbook;
}

import { createRequire } from 'node:module';
import type * as Sheets from '@e965/xlsx';
import type { DataFiles } from '../lib/model/data-files.ts';
import type { WorkbookRead } from '../lib/xlsx/read-workbook.ts';
import { readWorkbook } from '../lib/xlsx/read-workbook.ts';
import { SHEETJS_READ_OPTIONS } from '../lib/xlsx/sheetjs-grid.ts';

/** Every workbook of the data folder, read: its cells, or why it could not be read. */
export type WorkbookReads = ReadonlyMap<string, WorkbookRead>;

let sheetJs: typeof Sheets | undefined;

/**
 * The reader library, loaded the first time a workbook is read, so a data folder of CSV
 * files alone never loads it. SheetJS's core build: .xlsx (XML, always UTF-8) needs none of
 * the legacy code pages the full build sets up on loading (186 ms against 42 ms to load, on
 * every `npm run check` of a folder with a workbook). The tests read with this same build
 * (test/helpers/workbook.ts).
 */
export function library(): typeof Sheets {
  sheetJs ??= createRequire(import.meta.url)('@e965/xlsx/dist/xlsx.core.min.js') as typeof Sheets;
  return sheetJs;
}

/** True for the file names read as workbooks. */
export const isWorkbookPath = (path: string): boolean => /\.xlsx$/i.test(path);

/**
 * Reads every .xlsx file of the data folder into plain cells (src/lib/xlsx/workbook-grid.ts)
 * with SheetJS. The size and kind of each file are checked from its bytes before parsing;
 * problems are returned as issues, never thrown.
 */
export function readWorkbooks(files: DataFiles): WorkbookReads {
  const reads = new Map<string, WorkbookRead>();
  for (const [path, bytes] of files) {
    if (!isWorkbookPath(path)) continue;
    reads.set(
      path,
      readWorkbook(path, bytes, (b) => library().read(b, SHEETJS_READ_OPTIONS)),
    );
  }
  return reads;
}

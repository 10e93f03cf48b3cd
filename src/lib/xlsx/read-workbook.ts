import type { WorkBook } from '@e965/xlsx';
import type { DataIssue } from '../issues/data-issue.ts';
import { gridFromSheetJs } from './sheetjs-grid.ts';
import { sniffWorkbook } from './sniff-workbook.ts';
import { sniffDetail, workbookProblemIssue } from './workbook-problem.ts';
import type { WorkbookGrid } from './workbook-grid.ts';

/** A workbook file read: its cells, or the one issue that says why it could not be read. */
export type WorkbookRead = { ok: true; workbook: WorkbookGrid } | { ok: false; issue: DataIssue };

/** The parser the edge passes in: SheetJS's `read` with {@link SHEETJS_READ_OPTIONS}. */
export type ParseWorkbook = (bytes: Uint8Array) => WorkBook;

/**
 * Reads a workbook file: its size and kind are checked from the bytes first (too large,
 * .xls, password-protected, .xlsb, a renamed text file, not a workbook), and only then is
 * it parsed. A parser error becomes an issue too; nothing is thrown.
 */
export function readWorkbook(file: string, bytes: Uint8Array, parse: ParseWorkbook): WorkbookRead {
  const sniffed = sniffWorkbook(bytes);
  if (!sniffed.ok) {
    return {
      ok: false,
      issue: workbookProblemIssue(file, sniffed.problem, sniffDetail(sniffed.problem, sniffed.bytes)),
    };
  }
  try {
    return { ok: true, workbook: gridFromSheetJs(parse(bytes)) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issue: workbookProblemIssue(file, 'unreadable', detail) };
  }
}

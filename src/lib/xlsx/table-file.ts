import type { TableInput } from '../csv/read-table.ts';
import type { DataIssue, IssueList } from '../issues/data-issue.ts';
import type { DataFiles } from '../model/data-files.ts';
import { decodeText } from '../text/decode-text.ts';
import type { WorkbookRead } from './read-workbook.ts';
import type { SheetTableSpec } from './sheet-table.ts';
import type { AmountUnit } from './find-header.ts';
import { sheetTable } from './sheet-table.ts';

/** The data folder with its workbooks already read into cells by the edge. */
export interface TableFiles {
  files: DataFiles;
  /** Every .xlsx path of `files`, read (src/build/read-workbooks.ts). */
  workbooks: ReadonlyMap<string, WorkbookRead>;
}

/** A table found under one of its two names. */
export type TableFile =
  /** Absent under both names. */
  | { found: false }
  /** Present, but unusable: both names, or a workbook that could not be read (already reported). */
  | { found: true; file: string; input?: undefined }
  | {
      found: true;
      file: string;
      input: TableInput;
      /** A workbook's "单位：万元" line (its amount columns are already scaled to 元); absent for CSV. */
      unit?: AmountUnit;
    };

/**
 * Finds a table kept as `<stem>.csv` or `<stem>.xlsx` ("funds/2024" → funds/2024.csv or
 * funds/2024.xlsx) and returns what its reader takes: the CSV's decoded text, or the rows of
 * the workbook's sheet (src/lib/xlsx/sheet-table.ts). A table present under both names is
 * an error naming both; a workbook's problems are reported to `issues` and its notes
 * (hidden sheets, rows, columns) to `notes`. Issues reported afterwards about `<stem>.csv`
 * (readers know a table by its CSV name) are about the workbook's sheet.
 */
export function readTableFile<K extends string>(
  stem: string,
  spec: SheetTableSpec<K>,
  source: TableFiles,
  issues: IssueList,
  notes: DataIssue[],
): TableFile {
  const csv = `${stem}.csv`;
  const xlsx = `${stem}.xlsx`;
  const csvBytes = source.files.get(csv);
  const hasWorkbook = source.files.has(xlsx);
  if (csvBytes !== undefined && hasWorkbook) {
    issues.add({
      file: xlsx,
      line: 0,
      column: 0,
      code: 'file.csv-and-xlsx',
      message: `同一张表同时有 ${csv} 和 ${xlsx} 两个文件，无法确定以哪个为准`,
      expected: `只保留 ${csv} 或 ${xlsx} 之一`,
      found: `${csv}、${xlsx}`,
      hint: '请删除或移走其中一个文件',
    });
    return { found: true, file: xlsx };
  }
  if (csvBytes !== undefined) return { found: true, file: csv, input: decodeText(csvBytes).text };
  if (!hasWorkbook) return { found: false };
  const read = source.workbooks.get(xlsx);
  if (!read) throw new Error(`${xlsx} was not read by the edge (readWorkbooks)`);
  if (!read.ok) {
    issues.add(read.issue);
    return { found: true, file: xlsx };
  }
  const table = sheetTable(xlsx, read.workbook, spec, issues, notes);
  if (!table) return { found: true, file: xlsx };
  // Readers name their table by its CSV name; what they report is about the workbook's sheet.
  issues.readFrom(csv, { file: xlsx, sheet: table.sheet });
  return { found: true, file: xlsx, input: table.input, ...(table.unit === '万元' ? { unit: table.unit } : {}) };
}

// Reading a ledger as a workbook against reading it as CSV, in a fresh process: generates a
// ledger of N lines (the bench generator), writes it as an .xlsx the way Excel would
// (dates as date cells, amounts as numbers, shared strings), then times reading each form
// into fund lines. Prints one JSON line (XlsxStageResult).
// Usage: node scripts/bench/xlsx-stage.ts <lines>
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { BUILT_IN_ACCOUNTS } from '../../src/lib/accounts/chart-2021.ts';
import { createChart } from '../../src/lib/accounts/create-chart.ts';
import { FUND_COLUMNS, readFundFile } from '../../src/lib/funds/read-fund-file.ts';
import { IssueList } from '../../src/lib/issues/data-issue.ts';
import { parseAmount } from '../../src/lib/money/parse-amount.ts';
import { parseDate } from '../../src/lib/dates/parse-date.ts';
import { readWorkbook } from '../../src/lib/xlsx/read-workbook.ts';
import { SHEETJS_READ_OPTIONS } from '../../src/lib/xlsx/sheetjs-grid.ts';
import { sheetTable } from '../../src/lib/xlsx/sheet-table.ts';
import { generateLedger } from './generate/generate-ledger.ts';
import { createRandom } from './generate/random.ts';

/** Figures of one run. Times in milliseconds. */
export interface XlsxStageResult {
  lines: number;
  workbookBytes: number;
  csvMs: number;
  /** Unzip and parse (SheetJS) plus the cells as plain data. */
  xlsxParseMs: number;
  /** Header, rows and cell texts (src/lib/xlsx/sheet-table.ts). */
  xlsxTableMs: number;
  /** The same fund-line reader as for CSV. */
  xlsxFundMs: number;
  csvLinesPerSecond: number;
  xlsxLinesPerSecond: number;
  issues: number;
}

/** Days from 1899-12-30 to an ISO date (the 1900 date system). */
const serial = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25_569;

/** The generated CSV ledger as Excel would save it in a workbook. */
function toWorkbook(csv: string): Uint8Array {
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const cells = rows.map((row, index) => {
    if (index === 0) return row;
    const [date, voucher, account, amount, memo] = row as [string, string, string, string, string];
    const parsedDate = parseDate(date);
    const parsedAmount = parseAmount(amount);
    return [
      parsedDate.ok ? { t: 'n', v: serial(parsedDate.iso), z: 'yyyy-mm-dd' } : date,
      voucher,
      account,
      parsedAmount.ok ? { t: 'n', v: parsedAmount.fen / 100, z: '#,##0.00' } : amount,
      memo,
    ];
  });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(cells), '明细账');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }));
}

if (import.meta.main) {
  const lines = Number(process.argv[2] ?? 100_000);
  const chart = createChart(BUILT_IN_ACCOUNTS).chart;
  const ledger = generateLedger({ id: '2024', start: '2024-01-01', end: '2024-12-31', lines }, 1e9, createRandom(13));
  const bytes = toWorkbook(ledger.text);
  const issues = new IssueList();
  const t0 = performance.now();
  const fromCsv = readFundFile('funds/2024.csv', ledger.text, chart, issues);
  const t1 = performance.now();
  const read = readWorkbook('funds/2024.xlsx', bytes, (b) => XLSX.read(b, SHEETJS_READ_OPTIONS));
  const t2 = performance.now();
  if (!read.ok) throw new Error(read.issue.message);
  const table = sheetTable('funds/2024.xlsx', read.workbook, { columns: FUND_COLUMNS }, issues, []);
  const t3 = performance.now();
  const fromXlsx = readFundFile('funds/2024.xlsx', table!.input, chart, issues);
  const t4 = performance.now();
  if (fromXlsx.lines.length !== fromCsv.lines.length) throw new Error('the workbook and the CSV differ');
  const result: XlsxStageResult = {
    lines: fromCsv.lines.length,
    workbookBytes: bytes.length,
    csvMs: t1 - t0,
    xlsxParseMs: t2 - t1,
    xlsxTableMs: t3 - t2,
    xlsxFundMs: t4 - t3,
    csvLinesPerSecond: Math.round(fromCsv.lines.length / ((t1 - t0) / 1000)),
    xlsxLinesPerSecond: Math.round(fromXlsx.lines.length / ((t4 - t1) / 1000)),
    issues: issues.count,
  };
  console.log(JSON.stringify(result));
}

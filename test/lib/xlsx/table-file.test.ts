import { describe, expect, it } from 'vitest';
import { FUND_COLUMNS } from '../../../src/lib/funds/read-fund-file.ts';
import type { DataIssue } from '../../../src/lib/issues/data-issue.ts';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { readWorkbook } from '../../../src/lib/xlsx/read-workbook.ts';
import { readTableFile } from '../../../src/lib/xlsx/table-file.ts';
import { makeWorkbook, parseWithSheetJs } from '../../helpers/workbook.ts';

const CSV = new TextEncoder().encode('科目,金额\n会费收入,1\n');
const XLSX_BYTES = makeWorkbook([
  {
    name: 'S',
    rows: [
      ['科目', '金额'],
      ['会费收入', 1],
    ],
  },
]);

function find(files: Record<string, Uint8Array>) {
  const map = new Map(Object.entries(files));
  const workbooks = new Map(
    [...map]
      .filter(([path]) => path.endsWith('.xlsx'))
      .map(([path, bytes]) => [path, readWorkbook(path, bytes, parseWithSheetJs)]),
  );
  const issues = new IssueList();
  const notes: DataIssue[] = [];
  const table = readTableFile('funds/2024', { columns: FUND_COLUMNS }, { files: map, workbooks }, issues, notes);
  return { table, codes: issues.items.map((i) => i.code) };
}

describe('readTableFile', () => {
  it('reads a CSV as its text', () => {
    expect(find({ 'funds/2024.csv': CSV })).toEqual({
      table: { found: true, file: 'funds/2024.csv', input: '科目,金额\n会费收入,1\n' },
      codes: [],
    });
  });

  it('reads a workbook of the same name as its rows', () => {
    const { table, codes } = find({ 'funds/2024.xlsx': XLSX_BYTES });
    expect(codes).toEqual([]);
    expect(table).toMatchObject({ found: true, file: 'funds/2024.xlsx' });
    expect(table.found && typeof table.input === 'object' && table.input.records.map((r) => r.fields)).toEqual([
      ['科目', '金额'],
      ['会费收入', '1'],
    ]);
  });

  it('reports a table kept both as CSV and as a workbook, naming both', () => {
    const { table, codes } = find({ 'funds/2024.csv': CSV, 'funds/2024.xlsx': XLSX_BYTES });
    expect(codes).toEqual(['file.csv-and-xlsx']);
    expect(table).toEqual({ found: true, file: 'funds/2024.xlsx' });
  });

  it('reports a workbook that cannot be read, and an absent table as not found', () => {
    expect(find({ 'funds/2024.xlsx': CSV }).codes).toEqual(['xlsx.csv-text']);
    expect(find({}).table).toEqual({ found: false });
  });
});

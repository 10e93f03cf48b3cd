// Every table's template (npm run template) is read back by the loader: its sheet found, its
// header naming every declared column, and its example row valid for the table's own reader.
import { describe, expect, it } from 'vitest';
import { readLocalAccounts } from '../../src/lib/accounts/accounts-table.ts';
import { buildCharts } from '../../src/lib/accounts/charts.ts';
import { readBalanceSheet } from '../../src/lib/balance-sheet/read-balance-sheet.ts';
import type { TableInput } from '../../src/lib/csv/read-table.ts';
import { readTable } from '../../src/lib/csv/read-table.ts';
import { readSchedule } from '../../src/lib/disclosure/schedule-table.ts';
import { IssueList, type DataIssue } from '../../src/lib/issues/data-issue.ts';
import { readMembership } from '../../src/lib/membership/membership-table.ts';
import { readPeriods } from '../../src/lib/periods/read-periods.ts';
import { readRecords, type RecordTable } from '../../src/lib/records/record-table.ts';
import { recordTables } from '../../src/lib/records/registry.ts';
import { readSignoffs } from '../../src/lib/signoffs/signoffs-table.ts';
import { DATA_SOURCES } from '../../src/lib/sources/sources.ts';
import { TABLE_TEMPLATE_FILES, tableTemplate } from '../../src/lib/templates/table-templates.ts';
import { readAllowedText } from '../../src/lib/text/allowed-text-table.ts';
import { sheetTable } from '../../src/lib/xlsx/sheet-table.ts';
import { sheetSpecFor } from '../../src/lib/xlsx/table-spec.ts';
import { writeTemplate } from '../../scripts/lib/write-template.ts';
import { gridOf, readPart } from '../helpers/workbook.ts';

const { charts } = buildCharts();
const chart = charts['2021'];
const records: RecordTable[] = Object.values(recordTables(chart));
const columnsOf = (path: string) =>
  DATA_SOURCES.flatMap((s) => Object.entries(s.columns)).find(([name]) => name === path)![1];

/** The table's own reader on the template's rows; what it reports goes to `issues`. */
const READERS: Record<string, (input: TableInput, issues: IssueList) => unknown[]> = {
  'periods.csv': readPeriods,
  'accounts.csv': (input, issues) => readLocalAccounts(input, charts, issues),
  'membership.csv': readMembership,
  'disclosure-schedule.csv': readSchedule,
  'signoffs.csv': readSignoffs,
  'allowed-text.csv': readAllowedText,
  'balance-sheets/<期间编号>.csv': (input, issues) =>
    readBalanceSheet('balance-sheets/2025.csv', '2025', input, issues).lines.filter((l) => l.line !== undefined),
};

describe('the templates of the other tables', () => {
  it('cover every table of the data folder besides funds and budgets', () => {
    const tables = DATA_SOURCES.flatMap((s) => Object.keys(s.columns)).filter(
      // corrections.csv and units.csv (a federation's units) are read as CSV only, so they get no workbook template.
      (name) =>
        !name.startsWith('funds/') &&
        !name.startsWith('budgets/') &&
        name !== 'corrections.csv' &&
        name !== 'units.csv',
    );
    expect([...TABLE_TEMPLATE_FILES].sort()).toEqual(tables.sort());
  });

  it.each(TABLE_TEMPLATE_FILES)('%s is read back with one valid example row', (path) => {
    const columns = columnsOf(path);
    const spec = tableTemplate(path, columns, chart);
    const file = spec.file.replace('期间编号', '2025');
    const bytes = writeTemplate(spec);
    const sheet = readPart(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('state="frozen"');
    const issues = new IssueList();
    const notes: DataIssue[] = [];
    const csvPath = path.replace('<期间编号>', '2025');
    const table = sheetTable(file, gridOf(bytes, file), sheetSpecFor(csvPath, columns), issues, notes);
    expect(issues.items).toEqual([]);
    expect(table!.input.records[0]!.fields).toEqual(columns.map((c) => c.header));
    const rows = readTable(csvPath, table!.input, columns, issues) ?? [];
    expect(rows).toHaveLength(1);
    const record = records.find((r) => r.file === path);
    const read = record ? readRecords(record, table!.input, issues) : READERS[path]!(table!.input, issues);
    expect(issues.items).toEqual([]);
    expect(read).toHaveLength(1);
  });

  it('formats dates as dates, amounts with two decimals and ids as text, and offers the accounts in activities', () => {
    const spec = tableTemplate('activities.csv', columnsOf('activities.csv'), chart);
    const format = (header: string) => spec.columns.find((c) => c.header === header)!.format;
    expect([format('日期'), format('费用'), format('名称'), format('科目')]).toEqual([
      'date',
      'amount',
      'text',
      'text',
    ]);
    expect(spec.columns.find((c) => c.header === '科目')!.list).toBe('科目表');
    expect(tableTemplate('periods.csv', columnsOf('periods.csv'), chart).columns[0]).toMatchObject({
      header: '编号',
      format: 'text',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACCOUNTS } from '../../src/lib/accounts/chart-2021.ts';
import { createChart } from '../../src/lib/accounts/create-chart.ts';
import { FUND_COLUMNS, readFundFile } from '../../src/lib/funds/read-fund-file.ts';
import type { DataIssue } from '../../src/lib/issues/data-issue.ts';
import { IssueList } from '../../src/lib/issues/data-issue.ts';
import { accountsForNewPeriods, FUND_SHEET, fundTemplate } from '../../src/lib/templates/fund-template.ts';
import { readWorkbook } from '../../src/lib/xlsx/read-workbook.ts';
import { sheetTable } from '../../src/lib/xlsx/sheet-table.ts';
import { writeTemplate } from '../../scripts/lib/write-template.ts';
import { parseWithSheetJs, readPart } from '../helpers/workbook.ts';

const chart = createChart(BUILT_IN_ACCOUNTS).chart;
const bytes = writeTemplate(fundTemplate(chart, 500));

describe('the fund template', () => {
  it('freezes the header row, formats whole columns and offers the accounts as a drop-down', () => {
    const sheet = readPart(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toMatch(
      /<dataValidation type="list"[^>]* sqref="C2:C501"><formula1>'科目表'!\$A\$2:\$A\$\d+<\/formula1>/,
    );
    expect(sheet.match(/<col [^>]*style="\d+"\/>/g)).toHaveLength(5);
    const styles = readPart(bytes, 'xl/styles.xml');
    expect(styles).toContain('formatCode="yyyy-mm-dd"');
    expect(styles).toMatch(/numFmtId="(2|49)"/);
    const list = readPart(bytes, 'xl/sharedStrings.xml');
    for (const name of accountsForNewPeriods(chart).slice(0, 5)) expect(list).toContain(`<t>${name}</t>`);
  });

  it('offers only accounts of the current system', () => {
    const names = accountsForNewPeriods(chart);
    expect(names).toContain('会费收入');
    expect(names).not.toContain('困难职工补助');
  });

  it('is read back by the loader: its example row is a valid fund line', () => {
    const read = readWorkbook('funds/2025.xlsx', bytes, parseWithSheetJs);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const issues = new IssueList();
    const notes: DataIssue[] = [];
    const table = sheetTable(
      'funds/2025.xlsx',
      read.workbook,
      { columns: FUND_COLUMNS, tableNames: [FUND_SHEET] },
      issues,
      notes,
    );
    const fund = readFundFile('funds/2025.xlsx', table!.input, chart, issues);
    expect(issues.items).toEqual([]);
    expect(notes.map((n) => n.code)).toEqual(['xlsx.other-sheets']);
    expect(fund.lines.map((l) => [l.date, l.voucher, l.account.name, l.fen, l.memo])).toEqual([
      ['2025-01-06', '记-0001', '会费收入', 436050, '1月会员会费（工资代扣）'],
    ]);
  });
});

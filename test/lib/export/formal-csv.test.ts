import { describe, expect, it } from 'vitest';
import { readWorkbooks } from '../../../src/build/read-workbooks.ts';
import { closingColumnLabel } from '../../../src/lib/balance-sheet/balance-sheet.ts';
import { balanceSheetCsv } from '../../../src/lib/export/balance-sheet-csv.ts';
import { loadSite } from '../../../src/lib/site/load-site.ts';
import {
  balanceSheetPage,
  incomeExpenseCsvText,
  incomeExpensePage,
} from '../../../src/lib/views/pages/formal-statement-pages.ts';
import { DEMO_FILES } from '../../helpers/demo-data.ts';

const site = loadSite(DEMO_FILES, { workbooks: readWorkbooks(DEMO_FILES) }).site!;
const ids = site.periods.map((p) => p.statement.period.id);

/** A CSV download's rows (BOM and CRLF off), split at commas (the demo's cells hold none). */
const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((r) => r.split(','));
const plain = (yuan: string) => yuan.replaceAll(',', '');

describe('收入支出表 CSV (工会02表): the page rows, one for one', () => {
  it.each(ids)('%s', (id) => {
    const page = incomeExpensePage(site, id);
    const [title, header, ...rows] = rowsOf(incomeExpenseCsvText(site, id));
    expect(title!.slice(0, 2)).toEqual([`${site.union.name} 收入支出表（工会02表）`, page.period.label]);
    expect(header).toEqual(['项目', '科目编码', '级次', page.currentHeader, '占比', page.previousHeader]);
    expect(rows.map((r) => [r[0], r[1], Number(r[2]), r[3], r[4], r[5]])).toEqual(
      page.rows.map((r) => [r.label, r.code, r.level, plain(r.current), r.share, plain(r.previous)]),
    );
  });

  it('2024 reads 年初, 收入合计, 支出合计, 差额 and 年末 as printed', () => {
    const rows = rowsOf(incomeExpenseCsvText(site, '2024'));
    const row = (label: string) => rows.find((r) => r[0] === label)!.slice(3, 6);
    expect(row('年初资金结转结余')).toEqual(['63873.93', '', '59065.38']);
    expect(row('收入合计')[0]).toBe('223262.33');
    expect(row('支出合计')[0]).toBe('220231.40');
    expect(row('本期收支差额')[0]).toBe('3030.93');
    expect(row('年末资金结转结余')[0]).toBe('66904.86');
  });
});

describe('资产负债表: 年末余额 at a year end, 期末余额 otherwise', () => {
  it.each([
    ['2024-12-31', '年末余额'],
    ['2025-06-30', '期末余额'],
    ['2020-12-31', '年末余额'],
    ['2023-11-30', '期末余额'],
  ])('a period ending %s', (end, label) => {
    expect(closingColumnLabel(end)).toBe(label);
  });

  it('the page and the CSV use the period’s heading', () => {
    const sheet = site.periods.find((p) => p.statement.period.id === '2024')!.balanceSheet!;
    expect(balanceSheetPage(site, '2024').closingLabel).toBe('年末余额');
    expect(rowsOf(balanceSheetCsv(sheet, '工会', '2024年度', '2024-12-31'))[1]).toEqual([
      '项目',
      '年初余额',
      '年末余额',
    ]);
    expect(rowsOf(balanceSheetCsv(sheet, '工会', '2025年上半年', '2025-06-30'))[1]).toEqual([
      '项目',
      '年初余额',
      '期末余额',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACCOUNTS } from '../../../src/lib/accounts/chart-2021.ts';
import { createChart } from '../../../src/lib/accounts/create-chart.ts';
import { readTable } from '../../../src/lib/csv/read-table.ts';
import { FUND_COLUMNS, readFundFile } from '../../../src/lib/funds/read-fund-file.ts';
import type { DataIssue } from '../../../src/lib/issues/data-issue.ts';
import { formatIssue, IssueList } from '../../../src/lib/issues/data-issue.ts';
import { sheetTable } from '../../../src/lib/xlsx/sheet-table.ts';
import type { TestCell, TestSheet } from '../../helpers/workbook.ts';
import { gridOf, makeWorkbook } from '../../helpers/workbook.ts';

const chart = createChart(BUILT_IN_ACCOUNTS).chart;
const FILE = 'funds/2024.xlsx';
const date = (serial: number): TestCell => ({ t: 'n', v: serial, z: 'yyyy-mm-dd' });
const HEADER = ['日期', '凭证号', '科目', '金额', '摘要'];

/** Reads a one-sheet workbook's fund table: the issues as "code@address" and the notes. */
function read(sheet: Partial<TestSheet> & { rows: TestCell[][] }, options: { date1904?: boolean } = {}) {
  const issues = new IssueList();
  const notes: DataIssue[] = [];
  const bytes = makeWorkbook([{ name: '明细账', ...sheet }], options);
  const table = sheetTable(FILE, gridOf(bytes), { columns: FUND_COLUMNS, amountKeys: ['amount'] }, issues, notes);
  const fund = table ? readFundFile(FILE, table.input, chart, issues) : undefined;
  return {
    table,
    fund,
    issues: issues.items,
    notes,
    codes: issues.items.map((i) => `${i.code}@${i.line}:${i.column}`),
  };
}

describe('sheetTable', () => {
  it('finds the header below a merged title and a unit line, and leaves the footer out', () => {
    const { table, fund, codes } = read({
      rows: [
        ['2024年工会经费收支明细表'],
        ['编制单位：某某工会', null, null, '单位：元'],
        HEADER,
        [date(45296), '0012', '会费收入', 1234.56, '1月会费'],
        [date(45297), '0013', '职工集体福利支出', 400, '结婚慰问'],
        [null, null, '收入合计', { t: 'n', f: 'SUM(D4:D4)', v: 1234.56 }, null],
        ['制表人：张三', null, '审核人：李四'],
      ],
      merges: ['A1:E1'],
    });
    expect(codes).toEqual([]);
    expect(table!.unit).toBe('元');
    expect(fund!.lines.map((l) => [l.line, l.date, l.voucher, l.account.name, l.fen, l.memo])).toEqual([
      [4, '2024-01-05', '0012', '会费收入', 123456, '1月会费'],
      [5, '2024-01-06', '0013', '职工集体福利支出', 40000, '结婚慰问'],
    ]);
    expect(fund!.totals).toMatchObject([{ line: 6, column: 4, fen: 123456, scope: { kind: 'income' } }]);
  });

  it('reads 万元 amounts as exact yuan when the unit line says so', () => {
    const { table, fund } = read({
      rows: [['单位：万元'], ['科目', '金额'], ['会费收入', 12.3456], ['职工集体福利支出', 0.05]],
    });
    expect(table!.unit).toBe('万元');
    expect(fund!.lines.map((l) => l.fen)).toEqual([12345600, 50000]);
  });

  it('rejects another unit', () => {
    expect(read({ rows: [['单位：千元'], ['科目', '金额'], ['会费收入', 1]] }).codes).toEqual(['xlsx.unit@1:1']);
  });

  it('turns stored binary floats into exact fen and reports a fraction of a fen as 超过两位小数', () => {
    const { fund, codes } = read({
      rows: [
        ['科目', '金额'],
        ['会费收入', 0.1 + 0.2],
        ['会费收入', 1234.5600000000002],
        ['会费收入', 1234.567],
      ],
    });
    expect(fund!.lines.map((l) => l.fen)).toEqual([30, 123456]);
    expect(codes).toEqual(['amount.too-many-decimals@4:2']);
  });

  it('keeps leading zeros of text cells, and pads numbers formatted "0000"', () => {
    const { fund } = read({
      rows: [
        ['科目', '金额', '凭证号'],
        ['会费收入', 1, '0012'],
        ['会费收入', 2, { t: 'n', v: 13, z: '0000' }],
      ],
    });
    expect(fund!.lines.map((l) => l.voucher)).toEqual(['0012', '0013']);
  });

  it('reads date cells of the 1904 date system', () => {
    const { fund } = read({ rows: [HEADER, [date(43894), '1', '会费收入', 1, '']] }, { date1904: true });
    expect(fund!.lines[0]!.date).toBe('2024-03-05');
  });

  it('reports a date cell in an amount column, and a number in a date column with a hint', () => {
    const { issues } = read({ rows: [HEADER, [45296, '1', '会费收入', date(45296), '']] });
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['amount.date-cell', 2, 4],
      ['date.excel-serial', 2, 1],
    ]);
    expect(issues[0]!.found).toBe('日期 2024-01-05');
    expect(issues[1]!.hint).toBe(
      '这一格在 Excel 中是数字而不是日期（作为日期序号，45296 表示 2024-01-05）；如果它原本是日期，请把单元格格式改为“日期”',
    );
  });

  it('names the sheet and the cell as Excel shows them', () => {
    const { issues } = read({
      rows: [
        ['科目', '金额'],
        ['会费收入', 'xx'],
      ],
    });
    expect(formatIssue(issues[0]!).split('\n')[0]).toBe(
      'funds/2024.xlsx 工作表“明细账” B2，即第 2 行第 2 列  “金额”不是有效金额：占位符（如 xx、××） [amount.placeholder]',
    );
  });

  it('reports error values and formulas without a saved result', () => {
    const { codes, issues } = read({
      rows: [
        ['科目', '金额'],
        ['会费收入', { t: 'e', v: 0x07, f: 'A1/0' }],
        ['会费收入', { t: 'e', v: 0x17 }],
      ],
    });
    expect(codes).toEqual(['xlsx.error-value@2:2', 'xlsx.error-value@3:2']);
    expect(issues.map((i) => i.found)).toEqual(['=A1/0 → #DIV/0!', '#REF!']);
  });

  it('reports merged cells in the header and the body with their range, not in the title', () => {
    const { codes, issues } = read({
      rows: [['标题'], ['科目', '金额'], ['会费收入', 1], [null, 2]],
      merges: ['A1:B1', 'A3:A4'],
    });
    expect(codes).toEqual(['xlsx.merged-cells@3:1']);
    expect(issues[0]!.message).toContain('A3:A4');
  });

  it('reads hidden rows and columns, with a note', () => {
    const { fund, notes } = read({
      rows: [
        ['科目', '金额'],
        ['会费收入', 1],
        ['会费收入', 2],
        ['会费收入', 3],
      ],
      hiddenRows: [3],
      hiddenColumns: [2],
    });
    expect(fund!.lines.map((l) => l.fen)).toEqual([100, 200, 300]);
    expect(notes.map((n) => [n.code, n.line, n.message])).toEqual([
      ['xlsx.hidden-rows', 3, '第 3 行是隐藏行，已照常读取'],
      ['xlsx.hidden-columns', 0, '第 B 列是隐藏列，已照常读取'],
    ]);
  });

  it('reports a second header row, content outside the header, and no header in the first 10 rows', () => {
    expect(
      read({
        rows: [
          ['科目', '金额'],
          ['会费收入', 1],
          ['科目', '金额'],
        ],
      }).codes,
    ).toEqual(['xlsx.two-header-rows@3:0']);
    expect(
      read({
        rows: [
          ['科目', '金额'],
          ['会费收入', 1, '备注'],
        ],
      }).codes,
    ).toEqual(['table.extra-field@2:3']);
    const titles: TestCell[][] = Array.from({ length: 10 }, (_, i) => [`标题 ${i + 1}`]);
    expect(read({ rows: [...titles, ['科目', '金额'], ['会费收入', 1]] }).codes).toEqual(['xlsx.no-header@0:0']);
  });

  it('reports an empty sheet', () => {
    expect(read({ rows: [] }).codes).toEqual(['xlsx.empty-sheet@0:0']);
  });

  it('reports a missing column like the CSV path, at the header cell positions', () => {
    const { codes } = read({ rows: [['标题'], [null, '科目', '金 额x'], [null, '会费收入', 1]] });
    expect(codes).toEqual(['table.unknown-column@2:3', 'table.missing-column@2:0']);
  });
});

describe('sheet choice', () => {
  const fund: TestCell[][] = [
    ['科目', '金额'],
    ['会费收入', 1],
  ];
  function choose(sheets: TestSheet[]) {
    const issues = new IssueList();
    const notes: DataIssue[] = [];
    const table = sheetTable(
      FILE,
      gridOf(makeWorkbook(sheets)),
      { columns: FUND_COLUMNS, tableNames: ['明细账'] },
      issues,
      notes,
    );
    return { sheet: table?.sheet, codes: issues.items.map((i) => i.code), notes: notes.map((n) => n.code) };
  }

  it('reads the only visible sheet and notes hidden ones', () => {
    expect(
      choose([
        { name: '说明', rows: [['x']], hidden: true },
        { name: 'Sheet1', rows: fund },
      ]),
    ).toEqual({
      sheet: 'Sheet1',
      codes: [],
      notes: ['xlsx.hidden-sheets'],
    });
  });

  it('reads the sheet named after the file or the table among several', () => {
    expect(
      choose([
        { name: 'Sheet1', rows: [['x']] },
        { name: '2024', rows: fund },
      ]).sheet,
    ).toBe('2024');
    expect(
      choose([
        { name: '明细账', rows: fund },
        { name: '汇总', rows: [['x']] },
      ]).sheet,
    ).toBe('明细账');
  });

  it('refuses to guess among several sheets', () => {
    expect(
      choose([
        { name: 'Sheet1', rows: fund },
        { name: 'Sheet2', rows: fund },
      ]).codes,
    ).toEqual(['xlsx.which-sheet']);
  });
});

describe('a workbook and its CSV twin', () => {
  it('give the same lines and totals', () => {
    const csv = [
      '日期,凭证号,科目,金额,摘要',
      '2024-01-05,0012,会费收入,1234.56,1月会费',
      '2024-02-29,0013,职工集体福利支出,400.00,"结婚慰问，两人"',
      ',,收入合计,1234.56,',
    ].join('\n');
    const fromCsv = readFundFile('funds/2024.csv', csv, chart, new IssueList());
    const { fund, codes } = read({
      rows: [
        ['2024年工会经费收支明细表'],
        ['单位：元'],
        HEADER,
        [date(45296), '0012', '会费收入', 1234.5599999999999, '1月会费'],
        [date(45351), '0013', '职工集体福利支出', 400, '结婚慰问，两人'],
        [null, null, '收入合计', { t: 'n', f: 'SUM(D4)', v: 1234.56 }, null],
        ['制表人：张三'],
      ],
      merges: ['A1:E1'],
    });
    expect(codes).toEqual([]);
    const figures = (f: typeof fromCsv) => ({
      lines: f.lines.map(({ account, fen, date, voucher, memo }) => ({
        account: account.code,
        fen,
        date,
        voucher,
        memo,
      })),
      totals: f.totals.map(({ fen, label }) => ({ fen, label })),
    });
    expect(figures(fund!)).toEqual(figures(fromCsv));
  });

  it('read through readTable like any CSV table', () => {
    const issues = new IssueList();
    const table = sheetTable(
      FILE,
      gridOf(
        makeWorkbook([
          {
            name: 'S',
            rows: [
              ['科目', '金额'],
              ['会费收入', 5],
            ],
          },
        ]),
      ),
      { columns: FUND_COLUMNS },
      issues,
      [],
    );
    expect(readTable(FILE, table!.input, FUND_COLUMNS, issues)).toEqual([
      {
        line: 2,
        cells: {
          account: { text: '会费收入', column: 1, source: 'text' },
          amount: { text: '5', column: 2, source: 'number' },
        },
      },
    ]);
  });
});

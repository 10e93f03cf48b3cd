import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACCOUNTS } from '../../../src/lib/accounts/chart-2021.ts';
import { createChart } from '../../../src/lib/accounts/create-chart.ts';
import { FUND_COLUMNS, readFundFile } from '../../../src/lib/funds/read-fund-file.ts';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { readWorkbook } from '../../../src/lib/xlsx/read-workbook.ts';
import { sheetTable } from '../../../src/lib/xlsx/sheet-table.ts';
import { MAX_WORKBOOK_BYTES } from '../../../src/lib/xlsx/sniff-workbook.ts';
import type { TestCell } from '../../helpers/workbook.ts';
import { editParts, makeWorkbook, parseWithSheetJs, readPart } from '../../helpers/workbook.ts';

const chart = createChart(BUILT_IN_ACCOUNTS).chart;
const FILE = 'funds/2024.xlsx';

const CSV_TWIN = [
  '日期,凭证号,科目,金额,摘要',
  '2024-03-05,0012,会费收入,1234.56,3月会费',
  '2024-03-06,0013,职工集体福利支出,400.00,结婚慰问',
  ',,支出合计,400.00,',
].join('\n');

/** The ledger of CSV_TWIN as staff keep it in a workbook: title, unit line, 合计 formula, footer. */
function ledger(serials: [number, number]): Uint8Array {
  const date = (v: number): TestCell => ({ t: 'n', v, z: 'yyyy-mm-dd' });
  return makeWorkbook(
    [
      {
        name: '明细账',
        rows: [
          ['2024年工会经费收支明细账'],
          ['单位：元'],
          ['日期', '凭证号', '科目', '金额', '摘要'],
          [date(serials[0]), '0012', '会费收入', 1234.56, '3月会费'],
          [date(serials[1]), '0013', '职工集体福利支出', 400, '结婚慰问'],
          [null, null, '支出合计', { t: 'n', f: 'SUM(D5:D5)', v: 400 }, null],
          ['制表人：张三', null, '审核人：李四'],
        ],
        merges: ['A1:E1'],
      },
    ],
    { date1904: serials[0] < 45000 },
  );
}

/** The figures a fund file yields: the same for a workbook and its CSV twin. */
function figures(file: string, input: Parameters<typeof readFundFile>[1]) {
  const issues = new IssueList();
  const fund = readFundFile(file, input, chart, issues);
  return {
    issues: issues.items.map((i) => i.code),
    lines: fund.lines.map(({ account, fen, date, voucher, memo }) => [account.code, fen, date, voucher, memo]),
    totals: fund.totals.map(({ fen, label }) => [fen, label]),
  };
}

function workbookFigures(bytes: Uint8Array) {
  const read = readWorkbook(FILE, bytes, parseWithSheetJs);
  if (!read.ok) throw new Error(read.issue.message);
  const issues = new IssueList();
  const table = sheetTable(FILE, read.workbook, { columns: FUND_COLUMNS }, issues, []);
  expect(issues.items).toEqual([]);
  return figures(FILE, table!.input);
}

/** Shared strings written inline, as some exporters and WPS do. */
function inlineStrings(bytes: Uint8Array): Uint8Array {
  const strings = [...readPart(bytes, 'xl/sharedStrings.xml').matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map(
    (m) => m[1]!,
  );
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) =>
      xml.replace(
        /<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g,
        (_, ref: string, style = '', index: string) =>
          `<c r="${ref}"${style} t="inlineStr"><is><t>${strings[Number(index)]}</t></is></c>`,
      ),
  });
}

describe('workbooks saved by Excel and by WPS build to the same figures as their CSV twin', () => {
  const twin = figures('funds/2024.csv', CSV_TWIN);

  it('the CSV twin itself is clean', () => {
    expect(twin.issues).toEqual([]);
    expect(twin.lines).toHaveLength(2);
  });

  it('as written by the library (shared strings, styles)', () => {
    expect(workbookFigures(ledger([45356, 45357]))).toEqual(twin);
  });

  it('like Excel: 17-digit floats, rich-text shared strings, an array of styles', () => {
    const bytes = editParts(ledger([45356, 45357]), {
      'xl/worksheets/sheet1.xml': (xml) => xml.replace('<v>1234.56</v>', '<v>1234.5600000000002</v>'),
      'xl/sharedStrings.xml': (xml) =>
        xml.replace('<si><t>3月会费</t></si>', '<si><r><rPr><b/></rPr><t>3月</t></r><r><t>会费</t></r></si>'),
    });
    expect(readPart(bytes, 'xl/worksheets/sheet1.xml')).toContain('1234.5600000000002');
    expect(workbookFigures(bytes)).toEqual(twin);
  });

  it('like WPS: inline strings and the built-in Chinese date format yyyy"年"m"月"d"日"', () => {
    const bytes = editParts(inlineStrings(ledger([45356, 45357])), {
      'xl/styles.xml': (xml) => xml.replace(/<xf numFmtId="(?!0")\d+"/g, '<xf numFmtId="31"'),
    });
    expect(readPart(bytes, 'xl/worksheets/sheet1.xml')).toContain('inlineStr');
    expect(workbookFigures(bytes)).toEqual(twin);
  });

  it('a workbook in the 1904 date system', () => {
    const bytes = ledger([45356 - 1462, 45357 - 1462]);
    expect(readPart(bytes, 'xl/workbook.xml')).toMatch(/date1904="(1|true)"/);
    expect(workbookFigures(bytes)).toEqual(twin);
  });
});

describe('readWorkbook', () => {
  it('reads formulas with their saved result, and reports one saved without it', () => {
    const bytes = editParts(ledger([45356, 45357]), {
      'xl/worksheets/sheet1.xml': (xml) => xml.replace(/(<f>SUM\(D5:D5\)<\/f>)<v>400<\/v>/, '$1'),
    });
    const read = readWorkbook(FILE, bytes, parseWithSheetJs);
    expect(read.ok).toBe(true);
    const issues = new IssueList();
    sheetTable(FILE, read.ok ? read.workbook : { date1904: false, sheets: [] }, { columns: FUND_COLUMNS }, issues, []);
    expect(issues.items.map((i) => [i.code, i.line, i.column, i.sheet])).toEqual([
      ['xlsx.formula-no-value', 6, 4, '明细账'],
    ]);
    expect(issues.items[0]!.hint).toContain('保存一次');
  });

  const cfb = (stream: string): Uint8Array => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, stream, new Uint8Array(600).fill(1));
    return new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayBuffer);
  };
  const xls = (): Uint8Array => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['科目', '金额']]), 'S');
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
  };
  const zipWithout = (): Uint8Array => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, 'word/document.xml', new TextEncoder().encode('<w:document/>'));
    return new Uint8Array(XLSX.CFB.write(container, { fileType: 'zip', type: 'array' }) as ArrayBuffer);
  };

  it.each([
    ['a CSV file renamed to .xlsx', () => new TextEncoder().encode('科目,金额\n会费收入,1\n'), 'xlsx.csv-text'],
    ['random bytes', () => new Uint8Array(256).map((_, i) => (i * 7919) % 256), 'xlsx.not-a-workbook'],
    ['an empty file', () => new Uint8Array(0), 'xlsx.not-a-workbook'],
    ['a ZIP that is not a workbook (.docx)', zipWithout, 'xlsx.not-a-workbook'],
    ['a truncated workbook', () => ledger([45356, 45357]).slice(0, 2000), 'xlsx.not-a-workbook'],
    ['an Excel 97-2003 .xls', xls, 'xlsx.xls'],
    ['a password-protected workbook', () => cfb('EncryptedPackage'), 'xlsx.encrypted'],
    ['a workbook over the size limit', () => new Uint8Array(MAX_WORKBOOK_BYTES + 1), 'xlsx.too-large'],
  ])('reports %s before parsing', (_, bytes, code) => {
    let parsed = false;
    const read = readWorkbook(FILE, bytes(), (b) => {
      parsed = true;
      return parseWithSheetJs(b);
    });
    expect(read.ok).toBe(false);
    expect(parsed).toBe(false);
    if (!read.ok) expect(read.issue).toMatchObject({ file: FILE, line: 0, code });
  });

  it('tells staff how to save an .xls or remove a password', () => {
    const hint = (bytes: Uint8Array) => {
      const read = readWorkbook(FILE, bytes, parseWithSheetJs);
      return read.ok ? '' : read.issue.hint;
    };
    expect(hint(xls())).toContain('另存为');
    expect(hint(xls())).toContain('.xlsx');
    expect(hint(cfb('EncryptedPackage'))).toContain('密码');
  });

  it('turns a parser error into an issue', () => {
    const read = readWorkbook(FILE, ledger([45356, 45357]), () => {
      throw new Error('bad part');
    });
    expect(read).toMatchObject({ ok: false, issue: { code: 'xlsx.unreadable', found: 'bad part' } });
  });
});

import { describe, expect, it } from 'vitest';
import {
  collectFreeTextCells,
  collectPrivateValues,
  privateValuesToScan,
} from '../../../src/lib/privacy/private-values.ts';
import { readWorkbook } from '../../../src/lib/xlsx/read-workbook.ts';
import { makeWorkbook, parseWithSheetJs } from '../../helpers/workbook.ts';

const HEADER = ['日期', '事由', '类别', '受助人', '部门', '联系电话', '情况说明', '金额', '资金来源', '公示截止'];
const ROWS = [
  ['2019-01-16', '住院慰问', '慰问', '程怡洋', '', '', '本人住院手术', '400.00', '工会经费', ''],
  ['2019-01-22', '春节帮扶', '困难帮扶', '罗佳洋', '', '13800008629', '家中遭遇火灾', '600.00', '工会经费', ''],
];
const csv = [HEADER, ...ROWS].map((r) => r.join(',')).join('\n');
/** The same table kept as aid.xlsx below a title line, as staff keep it. */
const xlsx = makeWorkbook([{ name: 'aid', rows: [['2019年帮扶慰问明细'], HEADER, ...ROWS] }]);
const workbooks = new Map([['aid.xlsx', readWorkbook('aid.xlsx', xlsx, parseWithSheetJs)]]);

describe('private values of a table kept as a workbook', () => {
  it('are the same as those of its CSV twin, at the workbook rows', () => {
    const fromCsv = collectPrivateValues(new Map([['aid.csv', new TextEncoder().encode(csv)]]));
    const fromXlsx = collectPrivateValues(new Map([['aid.xlsx', xlsx]]), undefined, workbooks);
    expect(fromXlsx.map((v) => [v.header, v.value])).toEqual(fromCsv.map((v) => [v.header, v.value]));
    expect(fromXlsx.map((v) => v.value)).toEqual(expect.arrayContaining(['程怡洋', '罗佳洋', '13800008629']));
    // Title on row 1, header on row 2: the first recipient is on row 3.
    expect(fromXlsx.find((v) => v.value === '程怡洋')).toMatchObject({ file: 'aid.xlsx', line: 3, personName: true });
  });

  it('are searched for in the output and the free text, and never skipped unread', () => {
    const files = new Map([['aid.xlsx', xlsx]]);
    expect(privateValuesToScan(files, undefined, workbooks).map((v) => v.value)).toContain('程怡洋');
    expect(collectFreeTextCells(files, undefined, workbooks).map((c) => c.text)).toContain('住院慰问');
    expect(() => collectPrivateValues(files)).toThrow('aid.xlsx was not read by the edge');
  });
});

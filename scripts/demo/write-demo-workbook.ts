// Writes data/funds/2019-2020.xlsx, the demo's fund file kept as an Excel workbook the way
// staff keep one: a merged title, the union and "单位：元", the header, the lines, 收入合计 and
// 支出合计 as SUM formulas with their results saved, and a footer with who made and checked
// it. Run once (node scripts/demo/write-demo-workbook.ts); the workbook is committed and
// replaces the CSV, kept as its twin in test/fixtures/demo-twins/funds/2019-2020.csv;
// test/lib/funds/demo-workbook.test.ts checks both give the same figures.
import * as XLSX from '@e965/xlsx';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const AMOUNT = '#,##0.00';
const income: [string, number, string][] = [
  ['会费收入', 40502.6, '职工个人缴纳会费（两年）'],
  ['行政拨入会费', 316860, '行政按工资总额拨入的工会经费（两年）'],
  ['回拨会费', 20000, '卫生系统工会回拨会费'],
  ['上级补助经费', 10000, '市总工会补助经费'],
];
const expense: [string, number, string][] = [
  ['职工福利费', 274945, '节日慰问、生日慰问等职工福利'],
  ['困难职工补助', 7220, '困难职工补助'],
  ['文体活动费', 33818, '文体活动'],
  ['慰问吊唁费', 12630, '职工慰问及吊唁'],
  ['会议费', 20100, '职代会及工会会议'],
  ['办公费', 837.6, '办公用品'],
];

const amount = (v: number): XLSX.CellObject => ({ t: 'n', v, z: AMOUNT });
const sum = (from: number, to: number, v: number): XLSX.CellObject => ({
  t: 'n',
  f: `SUM(B${from}:B${to})`,
  v,
  z: AMOUNT,
});
const total = (rows: [string, number, string][]) => Math.round(rows.reduce((s, r) => s + r[1] * 100, 0)) / 100;

const firstIncome = 4;
const incomeTotalRow = firstIncome + income.length;
const firstExpense = incomeTotalRow + 1;
const expenseTotalRow = firstExpense + expense.length;
const rows: (string | XLSX.CellObject | null)[][] = [
  ['临江市第一人民医院工会委员会2019—2020年度经费收支表'],
  ['编制单位：临江市第一人民医院工会委员会', null, '单位：元'],
  ['科目', '金额', '摘要'],
  ...income.map(([account, v, memo]) => [account, amount(v), memo]),
  ['收入合计', sum(firstIncome, incomeTotalRow - 1, total(income)), null],
  ...expense.map(([account, v, memo]) => [account, amount(v), memo]),
  ['支出合计', sum(firstExpense, expenseTotalRow - 1, total(expense)), null],
  [],
  ['制表人：张晓燕', '审核人：李秀兰', '负责人：周文斌'],
];
const sheet = XLSX.utils.aoa_to_sheet(rows.map((row) => row.map((cell) => cell ?? undefined)));
sheet['!merges'] = [XLSX.utils.decode_range('A1:C1')];
sheet['!cols'] = [{ wch: 16 }, { wch: 14 }, { wch: 40 }];
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, sheet, '2019-2020');
const target = resolve(import.meta.dirname, '../../data/funds/2019-2020.xlsx');
writeFileSync(
  target,
  new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true })),
);
console.log(`已写入 ${target}`);

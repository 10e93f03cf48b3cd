import { describe, expect, it } from 'vitest';
import type { FundLine } from '../../../src/lib/funds/fund-line.ts';
import { nextPeriodLineReminders } from '../../../src/lib/funds/next-period-lines.ts';
import type { Period } from '../../../src/lib/periods/period.ts';
import { loadFixture } from '../../helpers/fixture.ts';

const year2024 = { id: '2024', label: '2024年度', start: '2024-01-01', end: '2024-12-31' } as Period;
const half2025 = { id: '2025H1', label: '2025年上半年', start: '2025-01-01', end: '2025-06-30' } as Period;

const line = (n: number, date: string, voucher: string, memo: string): FundLine =>
  ({ line: n, date, voucher, memo, fen: 100, columns: { date: 1, voucher: 2, memo: 4 } }) as FundLine;

describe('lines in the last days that point at the next period', () => {
  it.each([
    [
      'a voucher of the next year',
      line(2, '2024-12-30', '记-2025-0001', '办公用品'),
      '凭证号“记-2025-0001”是 2025 年的',
    ],
    ['the next year in the memo', line(3, '2024-12-29', '记-2024-0160', '2025年春节慰问品预订'), '摘要写的是 2025 年'],
    ['next January in the memo', line(4, '2024-12-29', '记-2024-0161', '1月职工生日蛋糕卡'), '摘要写的是1月'],
    [
      'next January in Chinese numerals',
      line(5, '2024-12-25', '记-2024-0162', '一月份会员活动场地费'),
      '摘要写的是一月',
    ],
  ])('flags %s', (_name, flagged, why) => {
    const [reminder, ...rest] = nextPeriodLineReminders('funds/2024.csv', year2024, [flagged]);
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({
      file: 'funds/2024.csv',
      line: flagged.line,
      column: 1,
      code: 'remind.next-period-line',
    });
    expect(reminder!.message).toBe(
      `第 ${flagged.line} 行日期为 ${flagged.date}（期间“2024年度”的最后几天），${why}：是否属于下一期间？`,
    );
  });

  it.each([
    ['a line a week before the end', line(2, '2024-12-24', '记-2025-0001', '1月职工生日蛋糕卡')],
    ['the period’s own month', line(3, '2024-12-30', '记-2024-0159', '12月会员会费（工资代扣）')],
    ['November and 迎新年', line(4, '2024-12-27', '记-2024-0157', '11月补记；迎新年文艺汇演')],
    ['this year', line(5, '2024-12-31', '记-2024-0170', '2024年度审计费')],
    ['a month that is not the next', line(6, '2024-12-28', '记-2024-0171', '3月培训预付款')],
  ])('leaves %s alone', (_name, quiet) => {
    expect(nextPeriodLineReminders('funds/2024.csv', year2024, [quiet])).toEqual([]);
  });

  it('knows the next month of a half-year period', () => {
    const lines = [line(2, '2025-06-28', '记-2025-0090', '7月职工疗休养定金'), line(3, '2025-06-28', '', '6月会费')];
    expect(nextPeriodLineReminders('funds/2025H1.csv', half2025, lines).map((r) => r.line)).toEqual([2]);
  });

  it('is a 提醒 of the load, never an error', () => {
    const fund = [
      '日期,凭证号,科目,金额,摘要',
      '2023-01-15,记-001,会费收入,1500.00,一季度会费',
      '2023-04-15,记-002,会费收入,1500.00,二季度会费',
      '2023-03-31,记-003,拨缴经费收入,5000.00,行政拨缴',
      '2023-02-01,记-004,会员活动支出,4000.00,春节慰问品',
      '2023-02-01,记-004,文体活动支出,500.00,春节联欢会',
      '2023-05-20,记-005,困难职工帮扶支出,2000.00,困难职工帮扶',
      '2023-12-28,记-006,文体活动支出,1000.00,1月羽毛球比赛场地预付',
    ].join('\n');
    const { site, notes } = loadFixture({ 'funds/2023.csv': `${fund}\n` });
    expect(site).toBeDefined();
    expect(notes.map((n) => [n.code, n.file, n.line])).toEqual([['remind.next-period-line', 'funds/2023.csv', 8]]);
  });
});

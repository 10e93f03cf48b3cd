import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { noticeLog } from '../../../src/lib/records/aid-notice-log.ts';
import { readRecords } from '../../../src/lib/records/record-table.ts';
import { aidTable } from '../../../src/lib/records/tables/aid.ts';

const HEADER = '日期,事由,类别,受助人,联系电话,情况说明,金额,资金来源,公示截止';
const log = (...lines: string[]) => {
  const issues = new IssueList();
  const rows = readRecords(aidTable(), [HEADER, ...lines].join('\n') + '\n', issues);
  expect(issues.count).toBe(0);
  return noticeLog(rows);
};

describe('noticeLog', () => {
  it.each([
    {
      name: 'no notice when no row has an end date',
      lines: ['2023-03-02,住院慰问,慰问,张小三,,,400.00,工会经费,'],
      expected: [],
    },
    {
      name: 'one notice over the payment days of the same end date and occasion',
      lines: [
        '2023-01-19,春节帮扶,困难帮扶,欧阳小明,,,1000.00,工会经费,2023-02-10',
        '2023-01-17,春节帮扶,困难帮扶,张小三,13800000001,本人患病,1000.00,工会经费,2023-02-10',
        '2023-01-18,春节帮扶,困难帮扶,李四,,,1000.00,工会经费,2023-02-10',
      ],
      expected: [{ occasion: '春节帮扶', from: '2023-01-17', to: '2023-01-19', until: '2023-02-10', count: 3 }],
    },
    {
      name: 'separate notices for another occasion or another end date, by first payment day',
      lines: [
        '2023-08-20,金秋助学,金秋助学,李四,,,1500.00,工会经费,2023-09-05',
        '2023-01-18,春节帮扶,困难帮扶,张小三,,,1000.00,工会经费,2023-02-10',
        '2023-08-21,金秋助学,金秋助学,王五,,,1500.00,工会经费,2023-09-12',
        '2023-01-18,大病帮扶,困难帮扶,赵六,,,2000.00,工会经费,2023-02-10',
      ],
      expected: [
        { occasion: '大病帮扶', from: '2023-01-18', to: '2023-01-18', until: '2023-02-10', count: 1 },
        { occasion: '春节帮扶', from: '2023-01-18', to: '2023-01-18', until: '2023-02-10', count: 1 },
        { occasion: '金秋助学', from: '2023-08-20', to: '2023-08-20', until: '2023-09-05', count: 1 },
        { occasion: '金秋助学', from: '2023-08-21', to: '2023-08-21', until: '2023-09-12', count: 1 },
      ],
    },
  ])('$name', ({ lines, expected }) => {
    expect(log(...lines)).toEqual(expected);
  });

  it('holds no name, phone or circumstance of a recipient', () => {
    const text = JSON.stringify(
      log('2023-01-18,春节帮扶,困难帮扶,张小三,13800000001,本人患病,1000.00,工会经费,2023-02-10'),
    );
    for (const value of ['张小三', '张*三', '13800000001', '本人患病']) expect(text).not.toContain(value);
  });
});

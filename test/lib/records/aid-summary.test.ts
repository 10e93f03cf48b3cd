import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { openNotices, summariseAid } from '../../../src/lib/records/aid-summary.ts';
import { readRecords } from '../../../src/lib/records/record-table.ts';
import { aidTable } from '../../../src/lib/records/tables/aid.ts';
import type { Period } from '../../../src/lib/periods/period.ts';

const CSV = `日期,事由,类别,受助人,联系电话,情况说明,金额,资金来源,公示截止
2023-01-18,春节帮扶,困难帮扶,张小三,13800000001,本人患病,1000.00,工会经费,2023-02-10
2023-01-18,春节帮扶,困难帮扶,欧阳小明,,,1000.00,工会经费,2023-02-10
2023-03-02,住院慰问,慰问,张小三,,,400.00,工会经费,
2023-08-20,金秋助学,金秋助学,李四,,,1500.00,上级工会专项,2023-09-05
`;
const period: Period = {
  id: '2023',
  label: '2023年度',
  start: '2023-01-01',
  end: '2023-12-31',
  line: 2,
  columns: { opening: 0, closing: 0 },
};
const rows = readRecords(aidTable(), CSV, new IssueList());

describe('summariseAid', () => {
  // Groups of one or two people: these tests are of the arithmetic (minimum group size 1).
  const [s] = summariseAid(rows, [period], ['困难帮扶', '金秋助学', '慰问', '送温暖', '其他'], new IssueList(), 1);

  it('counts 人次 and different people, totals and averages', () => {
    expect(s).toMatchObject({ periodId: '2023', count: 4, people: 3, fen: 390_000, averageFen: 97_500 });
  });

  it('breaks the total down by category in the declared order, shares summing to 100.00%', () => {
    expect(s!.byCategory.map((g) => [g.label, g.count, g.fen, g.shareBp])).toEqual([
      ['困难帮扶', 2, 200_000, 5128],
      ['金秋助学', 1, 150_000, 3846],
      ['慰问', 1, 40_000, 1026],
    ]);
  });

  it('holds no name, phone or circumstance', () => {
    const text = JSON.stringify(s);
    for (const secret of ['张小三', '欧阳小明', '李四', '13800000001', '本人患病']) expect(text).not.toContain(secret);
  });
});

describe('openNotices', () => {
  it.each([
    ['before the aid was given', '2023-01-17', []],
    ['on the day it was given', '2023-01-18', ['春节帮扶']],
    ['on the last day of the notice', '2023-02-10', ['春节帮扶']],
    ['the day after', '2023-02-11', []],
    ['during another notice', '2023-09-01', ['金秋助学']],
  ])('on a build %s shows %j', (_, date, occasions) => {
    expect(openNotices(aidTable(), rows, date as string).map((n) => n.occasion)).toEqual(occasions);
  });

  it('shows nothing without a build date', () => {
    expect(openNotices(aidTable(), rows, undefined)).toEqual([]);
  });

  it('masks the names and leaves out private columns without a mask', () => {
    const [notice] = openNotices(aidTable(), rows, '2023-02-01');
    expect(notice!.headers).toEqual(['日期', '事由', '类别', '受助人', '金额', '资金来源']);
    expect(notice!.rows).toEqual([
      ['2023-01-18', '春节帮扶', '困难帮扶', '张*三', '1,000.00', '工会经费'],
      ['2023-01-18', '春节帮扶', '困难帮扶', '欧阳*明', '1,000.00', '工会经费'],
    ]);
  });

  it('shows a column made public as it is: the flag alone decides', () => {
    const table = aidTable();
    table.columns.recipient = { ...table.columns.recipient!, private: false };
    table.columns.phone = { ...table.columns.phone!, private: false };
    const [notice] = openNotices(table, rows, '2023-02-01');
    expect(notice!.rows[0]).toContain('张小三');
    expect(notice!.rows[0]).toContain('13800000001');
  });
});

describe('summariseAid with the minimum group size', () => {
  const order = ['困难帮扶', '金秋助学', '慰问', '送温暖', '其他'];
  const more = `${CSV}2023-04-01,住院慰问,慰问,王五,,,400.00,工会经费,
2023-05-01,住院慰问,慰问,赵六,,,400.00,工会经费,
2023-06-01,住院慰问,慰问,钱七,,,400.00,工会经费,
`;
  const [s] = summariseAid(readRecords(aidTable(), more, new IssueList()), [period], order, new IssueList(), 3);

  it('merges a category of fewer than 3 people with the next smallest, shares still summing to 100.00%', () => {
    // 困难帮扶 2 people, 金秋助学 1 person (both small), 慰问 4 people
    expect(s!.byCategory.map((x) => [x.label, x.count, x.fen, x.shareBp, x.merged])).toEqual([
      ['慰问', 4, 160_000, 3137, undefined],
      ['其他（合并列示）', 3, 350_000, 6863, 2],
    ]);
    expect(s!.hiddenCategories.sort()).toEqual(['困难帮扶', '金秋助学']);
  });

  it('merges small occasions and sources the same way, naming none of them', () => {
    expect(s!.byOccasion.map((x) => x.label)).toEqual(['住院慰问', '其他（合并列示）']);
    // 上级工会专项 has one person; 工会经费, the only other source, is merged with it
    expect(s!.bySource.map((x) => x.label)).toEqual(['其他（合并列示）']);
    const text = JSON.stringify(s!.byOccasion) + JSON.stringify(s!.bySource);
    expect(text).not.toContain('金秋助学');
    expect(text).not.toContain('上级工会专项');
  });

  it('publishes no figure of a period with aid for fewer than 3 people', () => {
    const [few] = summariseAid(rows.slice(0, 3), [period], order, new IssueList(), 3);
    expect(few).toMatchObject({
      hidden: true,
      count: 0,
      people: 0,
      fen: 0,
      byCategory: [],
      byOccasion: [],
      bySource: [],
    });
  });
});

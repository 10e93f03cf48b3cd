import { describe, expect, it } from 'vitest';
import { builtInAccounts } from '../../../src/lib/accounts/charts.ts';
const BUILT_IN_ACCOUNTS = builtInAccounts('2021');
import { createChart } from '../../../src/lib/accounts/create-chart.ts';
import { recordsCsv } from '../../../src/lib/export/records-csv.ts';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { readRecords } from '../../../src/lib/records/record-table.ts';
import { recordTables } from '../../../src/lib/records/registry.ts';
import { decodeText } from '../../../src/lib/text/decode-text.ts';

const tables = recordTables(createChart(BUILT_IN_ACCOUNTS).chart);

describe('recordsCsv', () => {
  it('writes activities in the format of activities.csv, so they read back the same', () => {
    const text = `日期,结束日期,名称,类别,组织单位,级别,参与人数,费用,科目,成果,状态
2022-04-06,2022-06-29,职工篮球赛,文体,院工会,本单位,8支队,7560.00,文体活动支出,"急诊联队获冠军,奖杯一座",
2022-12-15,,慰问发热门诊,慰问,院工会,市,近70人,4860.00,送温暖支出,,计划
`;
    const rows = readRecords(tables.activities, text, new IssueList()).map((r) => r.value);
    const csv = recordsCsv(tables.activities, rows);
    expect(csv.startsWith('\uFEFF日期,结束日期,名称,类别')).toBe(true);
    expect(csv).toContain('2022-12-15,,慰问发热门诊,慰问,院工会,市,近70人,4860.00,送温暖支出,,计划');
    const issues = new IssueList();
    expect(
      readRecords(tables.activities, decodeText(new TextEncoder().encode(csv)).text, issues).map((r) => r.value),
    ).toEqual(rows);
    expect(issues.items).toEqual([]);
  });

  it('leaves private columns out even when the rows hold them', () => {
    const csv = recordsCsv(tables.aid, [
      {
        date: '2023-01-18',
        occasion: '春节帮扶',
        category: '困难帮扶',
        recipient: '张小三',
        phone: '13800000001',
        amountFen: 100_000,
        source: '工会经费',
      },
    ]);
    expect(csv).not.toContain('受助人');
    expect(csv).not.toContain('张小三');
    expect(csv).not.toContain('13800000001');
    expect(csv).toContain('2023-01-18,春节帮扶,困难帮扶,1000.00,工会经费,');
  });
});

import { describe, expect, it } from 'vitest';
import { builtInAccounts } from '../../../src/lib/accounts/charts.ts';
const BUILT_IN_ACCOUNTS = builtInAccounts('2021');
import { createChart, resolveAccount } from '../../../src/lib/accounts/create-chart.ts';
import { checkDuplicateVouchers } from '../../../src/lib/funds/check-fund-file.ts';
import type { FundLine } from '../../../src/lib/funds/fund-line.ts';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';

const chart = createChart(BUILT_IN_ACCOUNTS).chart;

/** Lines from "voucher date account fen" rows; line numbers follow the order given. */
function lines(rows: readonly string[]): FundLine[] {
  return rows.map((row, i) => {
    const [voucher, date, account, fen] = row.split(' ');
    return {
      line: i + 2,
      account: resolveAccount(chart, account!)!,
      fen: Number(fen),
      date: date!,
      ...(voucher === '-' ? {} : { voucher }),
      columns: { date: 1, voucher: 2 },
    };
  });
}

function duplicates(rows: readonly string[]): string[] {
  const issues = new IssueList();
  checkDuplicateVouchers('funds/2023.csv', lines(rows), issues);
  return issues.items.map((i) => `${i.line}:${i.column} ${i.message} | ${i.found}`);
}

// Each case is checked as given (in voucher order, compared run by run) and with a line out
// of voucher order in front (compared through a table of all numbers): same findings.
describe('checkDuplicateVouchers', () => {
  it.each([
    {
      name: 'one voucher, several accounts, one date',
      rows: ['V01 2023-02-01 文体活动支出 500', 'V01 2023-02-01 职工集体福利支出 4000', 'V02 2023-03-01 办公费 20'],
      found: [],
    },
    {
      name: 'one voucher, one account, two amounts',
      rows: ['V01 2023-02-01 办公费 500', 'V01 2023-02-01 办公费 600'],
      found: [],
    },
    {
      name: 'lines without a voucher number',
      rows: ['- 2023-02-01 办公费 500', 'V01 2023-02-01 办公费 500', '- 2023-02-01 办公费 500'],
      found: [],
    },
    {
      name: 'a number reused on another date',
      rows: ['V01 2023-02-01 办公费 500', 'V02 2023-03-01 办公费 20', 'V02 2023-03-02 会议支出 30'],
      found: ['4:2 凭证号“V02”重复，第 3 行已使用 | 2023-03-02'],
    },
    {
      name: 'a line pasted twice under one voucher',
      rows: ['V01 2023-02-01 办公费 500', 'V01 2023-02-01 会议支出 80', 'V01 2023-02-01 会议支出 80'],
      found: ['4:2 凭证号“V01”重复，第 3 行已使用 | 会议支出 0.80'],
    },
  ])('$name', ({ rows, found }) => {
    expect(duplicates(rows)).toEqual(found);
    const shift = (f: string) =>
      f
        .replace(/^(\d+)/, (n) => String(Number(n) + 1))
        .replace(/第 (\d+) 行/, (_, n: string) => `第 ${Number(n) + 1} 行`);
    expect(duplicates(['V99 2023-01-01 办公费 1', ...rows])).toEqual(found.map(shift));
  });

  it('finds a number reused far apart when the file is not in voucher order', () => {
    expect(duplicates(['V02 2023-01-05 办公费 10', 'V01 2023-01-06 办公费 20', 'V02 2023-01-07 会议支出 30'])).toEqual([
      '4:2 凭证号“V02”重复，第 2 行已使用 | 2023-01-07',
    ]);
  });
});

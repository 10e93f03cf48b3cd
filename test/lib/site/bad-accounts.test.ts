import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { readPeriods } from '../../../src/lib/periods/read-periods.ts';
import { loadFixture } from '../../helpers/fixture.ts';

const PERIODS_HEAD = '编号,名称,开始日期,结束日期,期初结余,期末结余,会计制度,期末结转,公开范围\n';
const periods = (row2022: string, row2023 = '2023,2023年度,2023-01-01,2023-12-31,,12500.00,,,') =>
  PERIODS_HEAD + row2022 + '\n' + row2023 + '\n';
const fund2022 = (...rows: string[]) =>
  '科目,金额,摘要\n会费收入,3000.00,会员会费\n拨缴经费收入,7000.00,行政拨缴\n' + rows.join('\n') + '\n';

/** One case per bad input of issue 11: each stops the build with file, line, column, 应为/实际为 and a hint. */
const cases: { name: string; files: Record<string, string | null>; expected: string[] }[] = [
  {
    name: 'a code that does not exist in its period’s 制度',
    files: {
      'periods.csv': periods('2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00,2009,,'),
      'funds/2022.csv': fund2022('510,8000.00,其他'),
    },
    expected: [
      'funds/2022.csv:4:1  科目编码“510”不在2009年制度的科目表中 [account.unknown]',
      '应为：本期间会计制度的科目名称、别名或编码',
      '实际为：510',
      '提示：2009年制度中相近的科目：其他支出（508）、事业支出（507）、补助下级支出（506）',
    ],
  },
  {
    name: 'a 2021 name in a 2009 period that maps to several 2009 accounts',
    files: {
      'periods.csv': periods('2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00,2009,,'),
      'funds/2022.csv': fund2022('专项业务支出,8000.00,调研'),
    },
    expected: [
      'funds/2022.csv:4:1  “专项业务支出”是2021年制度的科目（50503），在2009年制度中对应 外事费（50303）、专项业务费（50304） 多个科目，无法确定记入哪一个 [account.unmapped]',
      '实际为：专项业务支出',
      '提示：本期间按2009年制度记账',
    ],
  },
  {
    name: 'a level 3 account whose parent is not level 2',
    files: { 'accounts.csv': '编码,名称,上级,级次\n5019901,节日慰问,职工活动支出,3\n' },
    expected: [
      'accounts.csv:2:4  三级科目的上级应为二级科目，“职工活动支出”（501）是1级科目 [account.local-bad-level]',
      '应为：二级科目，如 会员活动支出（50105）',
      '实际为：职工活动支出（1级）',
      '提示：三级科目写在二级科目之下',
    ],
  },
  {
    name: 'an account under a level 3 account',
    files: { 'accounts.csv': '编码,名称,上级\n5010501,节日慰问,会员活动支出\n501050101,春节慰问,节日慰问\n' },
    expected: ['accounts.csv:3:3  上级“节日慰问”已是三级科目，科目最多三级 [account.local-bad-level]'],
  },
  {
    name: 'a 万元 amount with seven decimals',
    files: {
      'funds/2022.csv': '科目,金额（万元）\n会费收入,0.3\n拨缴经费收入,0.7\n会员活动支出,0.6000001\n文体活动支出,0.2\n',
    },
    expected: [
      'funds/2022.csv:4:2  “金额（万元）”不是有效的万元金额：超过 6 位小数，不能精确到分 [amount.too-many-decimals]',
      '应为：以万元为单位的金额，最多 6 位小数（精确到分），如 38.736260',
      '实际为：0.6000001',
      '提示：万元金额的第七位小数已小于一分',
    ],
  },
  {
    name: '公开范围 with an unknown value',
    files: { 'periods.csv': periods('2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00,,,部分') },
    expected: [
      'periods.csv:2:9  “公开范围”不认识：部分 [period.bad-scope]',
      '应为：全部、仅收入、仅支出（不填为 全部）',
      '实际为：部分',
      '提示：只公开收入的期间填 仅收入',
    ],
  },
  {
    name: 'a 项目支出 line without its project',
    files: {
      'funds/2022.csv':
        '科目,金额,支出类型,项目名称\n会费收入,3000.00,,\n拨缴经费收入,7000.00,,\n会员活动支出,6000.00,基本,\n文体活动支出,2000.00,项目,\n',
    },
    expected: [
      'funds/2022.csv:5:4  项目支出要写明项目名称 [fund.bad-spending-type]',
      '应为：项目名称，如 职工之家建设',
      '实际为：空白',
      '提示：项目支出按具体项目核算',
    ],
  },
  {
    name: 'an unknown 会计制度',
    files: { 'periods.csv': periods('2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00,2019,,') },
    expected: ['periods.csv:2:7  “会计制度”应为 2009 或 2021 [period.bad-system]', '实际为：2019'],
  },
];

describe('bad accounts, units and periods stop the build with file, line and column', () => {
  it.each(cases)('$name', ({ files, expected }) => {
    const { site, report } = loadFixture(files);
    expect(site).toBeUndefined();
    for (const part of expected) expect(report).toContain(part);
  });
});

describe('what is accepted', () => {
  it('reads a 万元 file exactly', () => {
    const { site, report } = loadFixture({
      'funds/2022.csv': '科目,金额（万元）\n会费收入,0.3\n拨缴经费收入,0.7\n会员活动支出,0.6\n文体活动支出,0.2\n',
    });
    expect(report).toBe('');
    expect(site!.periods[0]!.statement.income.totalFen).toBe(1_000_000);
    expect(site!.periods[0]!.unit).toBe('万元');
  });

  it('books a 2021 name in a 2009 period through the mapping, with a note', () => {
    const { site, report } = loadFixture({
      'periods.csv': periods('2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00,2009,,'),
      'funds/2022.csv': fund2022('文体活动支出,8000.00,'),
    });
    expect(report).toBe('');
    const data = site!.periods[0]!;
    expect(data.statement.expense.categories[0]!.lines[0]!.account).toMatchObject({
      code: '50102',
      name: '文体活动费',
    });
    expect(data.notes.map((n) => `${n.line} ${n.note}`)).toEqual([
      '4 “文体活动支出”是2021年制度的科目（50102），按新旧科目对照记入2009年制度的“文体活动费”（50102）',
    ]);
  });

  it('defaults the 制度 from the end date', () => {
    const issues = new IssueList();
    const read = readPeriods(
      '编号,名称,开始日期,结束日期,期初结余,会计制度\n2021,2021年度,2021-01-01,2021-12-31,0,\n2022,2022年度,2022-01-01,2022-12-31,,\n2023,2023年度,2023-01-01,2023-12-31,,2021\n',
      issues,
    );
    expect(issues.items).toEqual([]);
    expect(read.map((p) => [p.system, p.systemStated, p.scope])).toEqual([
      ['2009', false, '全部'],
      ['2021', false, '全部'],
      ['2021', true, '全部'],
    ]);
  });
});

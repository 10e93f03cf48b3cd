import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../helpers/fixture.ts';

const LEDGER_HEAD = '日期,凭证号,科目,金额,摘要\n';
const ledger = (...rows: string[]) => LEDGER_HEAD + rows.join('\n') + '\n';
const good2023 = [
  '2023-01-15,记-001,会费收入,1500.00,一季度会费',
  '2023-04-15,记-002,会费收入,1500.00,二季度会费',
  '2023-03-31,记-003,拨缴经费收入,5000.00,行政拨缴',
  '2023-02-01,记-004,职工集体福利支出,4000.00,春节慰问品',
  '2023-02-01,记-004,文体活动支出,500.00,春节联欢会',
  '2023-05-20,记-005,困难职工帮扶支出,2000.00,困难职工帮扶',
  '2023-06-30,记-006,文体活动支出,1000.00,羽毛球比赛',
];
const with2023 = (index: number, row: string) => ledger(...good2023.map((r, i) => (i === index ? row : r)));

/**
 * One case per bad input the build must stop on. `expected` are lines (or parts of lines)
 * of the report staff read: the position "file:line:column" and the message, as documented
 * in docs/数据文件说明.md.
 */
const cases: { name: string; files: Record<string, string | Uint8Array | null>; expected: string[] }[] = [
  {
    name: 'an empty amount',
    files: { 'funds/2023.csv': with2023(0, '2023-01-15,记-001,会费收入,,一季度会费') },
    expected: ['funds/2023.csv:2:4  “金额”不能为空 [amount.empty]', '实际为：空白'],
  },
  {
    name: 'a non-numeric amount',
    files: { 'funds/2023.csv': with2023(1, '2023-04-15,记-002,会费收入,一千五,二季度会费') },
    expected: ['funds/2023.csv:3:4  “金额”不是有效金额：不是数字 [amount.not-a-number]', '实际为：一千五'],
  },
  {
    name: 'a placeholder amount (20xx0, as in the seed)',
    files: { 'funds/2023.csv': with2023(2, '2023-03-31,记-003,拨缴经费收入,20xx0,行政拨缴') },
    expected: ['funds/2023.csv:4:4  “金额”不是有效金额：占位符', '实际为：20xx0'],
  },
  {
    name: 'a ×× placeholder amount',
    files: { 'funds/2023.csv': with2023(2, '2023-03-31,记-003,拨缴经费收入,××,行政拨缴') },
    expected: ['funds/2023.csv:4:4', '[amount.placeholder]', '实际为：××'],
  },
  {
    name: 'an amount with three decimals',
    files: { 'funds/2023.csv': with2023(3, '2023-02-01,记-004,职工集体福利支出,4000.005,春节慰问品') },
    expected: ['funds/2023.csv:5:4  “金额”不是有效金额：超过两位小数 [amount.too-many-decimals]', '实际为：4000.005'],
  },
  {
    name: 'an amount typed the European way, with the amount it likely meant',
    files: { 'funds/2023.csv': with2023(3, '2023-02-01,记-004,职工集体福利支出,"4.000,00",春节慰问品') },
    expected: [
      'funds/2023.csv:5:4  “金额”不是有效金额：不是数字 [amount.not-a-number]',
      '实际为：4.000,00',
      '提示：可能是 4,000.00 元：小数点和千位分隔符用反了',
      '请改为 4000.00',
    ],
  },
  {
    name: 'an amount with a misplaced thousands separator',
    files: { 'funds/2023.csv': with2023(3, '2023-02-01,记-004,职工集体福利支出,"1,2000",春节慰问品') },
    expected: [
      '实际为：1,2000',
      '提示：可能是 12,000.00 元：千位分隔符位置不对（应每三位一个“,”）。如果是这个金额，请改为 12000.00',
    ],
  },
  {
    name: 'an unknown account, with the nearest name as hint',
    files: { 'funds/2023.csv': with2023(3, '2023-02-01,记-004,职工集体福力支出,4000.00,春节慰问品') },
    expected: [
      'funds/2023.csv:5:3  科目“职工集体福力支出”不在2021年制度的科目表中 [account.unknown]',
      '提示：是否应为“职工集体福利支出”？',
    ],
  },
  {
    name: 'a date outside the period',
    files: { 'funds/2023.csv': with2023(6, '2024-01-02,记-006,文体活动支出,1000.00,羽毛球比赛') },
    expected: [
      'funds/2023.csv:8:1  日期不在期间“2023年度”之内 [date.outside-period]',
      '应为：2023-01-01 至 2023-12-31 之间',
      '实际为：2024-01-02',
    ],
  },
  {
    name: 'an impossible date',
    files: { 'funds/2023.csv': with2023(6, '2023-02-30,记-006,文体活动支出,1000.00,羽毛球比赛') },
    expected: ['funds/2023.csv:8:1  “日期”不是有效日期', '[date.no-such-day]', '实际为：2023-02-30'],
  },
  {
    name: 'a fund file with no period',
    files: { 'funds/2024.csv': '科目,金额\n会费收入,100.00\n' },
    expected: ['funds/2024.csv  文件名“2024”不是 periods.csv 中的期间编号 [fund.no-period]', '应为：2022、2023'],
  },
  {
    name: 'a period with no fund file',
    files: { 'funds/2023.csv': null },
    expected: ['periods.csv:3:1  期间“2023”没有经费文件 [fund.missing]', '应为：funds/2023.csv'],
  },
  {
    name: 'a voucher number reused on another date',
    files: { 'funds/2023.csv': with2023(6, '2023-06-30,记-005,文体活动支出,1000.00,羽毛球比赛') },
    expected: ['funds/2023.csv:8:2  凭证号“记-005”重复，第 7 行已使用 [voucher.duplicate]'],
  },
  {
    name: 'a line pasted twice under one voucher',
    files: { 'funds/2023.csv': ledger(...good2023, '2023-02-01,记-004,文体活动支出,500.00,春节联欢会') },
    expected: [
      'funds/2023.csv:9:2  凭证号“记-004”重复，第 6 行已使用 [voucher.duplicate]',
      '实际为：文体活动支出 500.00',
    ],
  },
  {
    name: 'a 合计 row that does not equal its parts',
    files: {
      'funds/2022.csv':
        '科目,金额,摘要\n会费收入,3000.00,\n拨缴经费收入,7000.00,\n收入合计,10000.00,\n职工集体福利支出,6000.00,\n文体活动支出,2000.00,\n支出合计,8200.00,\n',
    },
    expected: [
      'funds/2022.csv:7:2  “支出合计”与各分项之和不符，相差 200.00 元 [total.mismatch]',
      '应为：8,000.00（2 行分项之和）',
      '实际为：8,200.00',
    ],
  },
  {
    name: 'a category 小计 that does not equal its parts',
    files: {
      'funds/2022.csv':
        '科目,金额\n会费收入,3000.00\n拨缴经费收入,7000.00\n职工集体福利支出,6000.00\n文体活动支出,2000.00\n职工活动支出小计,7000.00\n',
    },
    expected: ['funds/2022.csv:6:2  “职工活动支出小计”与各分项之和不符，相差 -1,000.00 元 [total.mismatch]'],
  },
  {
    name: 'a declared closing balance that does not add up',
    files: {
      'periods.csv':
        '编号,名称,开始日期,结束日期,期初结余,期末结余\n2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.50\n2023,2023年度,2023-01-01,2023-12-31,,12500.00\n',
    },
    expected: [
      'periods.csv:2:6  期间“2022”申报的期末结余与计算结果不符，相差 0.50 元 [balance.mismatch]',
      '应为：期初结余 + 收入 − 支出：10,000.00 + 10,000.00 − 8,000.00 = 12,000.00',
    ],
  },
  {
    name: 'an opening balance that is not the previous closing',
    files: {
      'periods.csv':
        '编号,名称,开始日期,结束日期,期初结余,期末结余\n2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00\n2023,2023年度,2023-01-01,2023-12-31,12100.00,12500.00\n',
    },
    expected: [
      'periods.csv:3:5  期间“2023”的期初结余不等于上一期间“2022”的期末结余，相差 100.00 元 [balance.continuity]',
      '应为：12,000.00',
    ],
  },
  {
    name: 'a gap between periods',
    files: {
      'periods.csv':
        '编号,名称,开始日期,结束日期,期初结余\n2022,2022年度,2022-01-01,2022-12-31,10000.00\n2023,2023年度,2023-02-01,2023-12-31,\n',
    },
    expected: ['periods.csv:3  期间“2023”与上一期间“2022”之间有空档', '应为：开始日期为 2023-01-01'],
  },
  {
    name: 'a missing required column',
    files: { 'funds/2022.csv': '科目,摘要\n会费收入,会员会费\n' },
    expected: ['funds/2022.csv:1  缺少必填列“金额” [table.missing-column]'],
  },
  {
    name: 'an unknown union.yaml key',
    files: { 'union.yaml': '全称: 测试医院工会委员会\n简称: 测试工会\n代表大会: 职代会\n上极工会: 某某\n' },
    expected: ['union.yaml:4:1  不认识的键“上极工会” [union.unknown-key]'],
  },
  {
    name: 'an Excel 97-2003 file dropped into the data folder',
    files: { 'funds/2023.xls': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
    expected: [
      'funds/2023.xls  不能直接读取这种格式的表格 [file.unexpected]',
      '提示：请在 Excel/WPS 中“另存为”Excel 工作簿（*.xlsx）或 CSV 文件，文件名与表名相同',
    ],
  },
  {
    name: 'a workbook beside the CSV of the same table',
    files: { 'funds/2023.xlsx': new Uint8Array([0x50, 0x4b, 3, 4]) },
    expected: [
      'funds/2023.xlsx  同一张表同时有 funds/2023.csv 和 funds/2023.xlsx 两个文件，无法确定以哪个为准 [file.csv-and-xlsx]',
    ],
  },
];

describe('bad input stops the build with file, line and column', () => {
  it.each(cases)('$name', ({ files, expected }) => {
    const { site, report } = loadFixture(files);
    expect(site).toBeUndefined();
    for (const line of expected) expect(report).toContain(line);
    expect(report).toContain('网站未生成');
  });

  it('reports every problem of a run, sorted by file and line', () => {
    const { issues } = loadFixture({
      'funds/2023.csv': with2023(4, '2023-02-01,记-004,文体活动支出,五百,春节联欢会').replace(
        '2023-06-30',
        '2023-06-31',
      ),
      'funds/2022.csv': '科目,金额\n会费收入,xx\n',
    });
    const positions = issues.map((i) => `${i.file}:${i.line}`);
    expect(positions).toEqual(['funds/2022.csv:2', 'funds/2023.csv:6', 'funds/2023.csv:8']);
  });

  it('accepts the base fixture', () => {
    const { site, report } = loadFixture();
    expect(report).toBe('');
    expect(site?.periods.map((p) => p.statement.closingFen)).toEqual([1_200_000, 1_250_000]);
  });

  it.each(['gbk-crlf.csv', 'utf8-bom-crlf.csv'])('reads %s as written by Excel/WPS', (name) => {
    const bytes = readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url));
    const { site, report } = loadFixture({
      'funds/2022.csv': bytes,
      'periods.csv':
        '编号,名称,开始日期,结束日期,期初结余\n2022,2022年度,2022-01-01,2022-12-31,0\n2023,2023年度,2023-01-01,2023-12-31,\n',
    });
    expect(report).toBe('');
    const s = site!.periods[0]!.statement;
    expect(s.income.totalFen).toBe(123_456);
    expect(s.expense.totalFen).toBe(12_340);
    expect(s.income.categories[0]!.lines[0]!.entries[0]!.memo).toBe('会员会费');
  });
});

describe('follow-up cases found by the demo data author', () => {
  it('checks the date even when the account is unknown', () => {
    const { issues } = loadFixture({ 'funds/2023.csv': with2023(3, '2023-02-30,记-004,职工福力,4000.00,x') });
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['date.no-such-day', 'account.unknown']));
  });

  it('checks a 小计 row on a level 2 account against its lines', () => {
    const { issues } = loadFixture({ 'funds/2023.csv': ledger(...good2023, ',,文体活动支出小计,1400.00,') });
    expect(issues[0]).toMatchObject({ code: 'total.mismatch', line: 9, expected: '1,500.00（2 行分项之和）' });
  });

  it('rejects a second membership row for a period and a part larger than the whole', () => {
    const { report } = loadFixture({ 'membership.csv': '期间,会员人数,女会员人数\n2022,100,120\n2022,101,70\n' });
    expect(report).toContain('membership.csv:2:3  女会员人数多于会员人数');
    expect(report).toContain('membership.csv:3:1  期间“2022”的会员人数重复，第 2 行已填写');
  });

  it('still reports a later balance problem when an earlier fund file is broken, if the later period declares its opening', () => {
    const { issues } = loadFixture({
      'funds/2022.csv': '科目,金额\n会费收入,xx\n',
      'periods.csv':
        '编号,名称,开始日期,结束日期,期初结余,期末结余\n2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00\n2023,2023年度,2023-01-01,2023-12-31,12000.00,12600.00\n',
    });
    expect(issues.map((i) => i.code)).toEqual(['amount.placeholder', 'balance.mismatch']);
  });
});

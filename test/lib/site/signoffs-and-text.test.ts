import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../helpers/fixture.ts';

const SIGNOFFS = '期间,工会主席,经审会主任,财务负责人,制表人,制表日期,审查日期\n';
/** The header with the optional 签署日期 (报出日期) column. */
const SIGNED = '期间,工会主席,经审会主任,财务负责人,制表人,制表日期,审查日期,签署日期\n';
const good = SIGNOFFS + '2022,王一,李二,张三,赵四,2023-01-10,2023-01-12\n2023,王一,李二,张三,赵四,2024-01-09,\n';

/** Data the build must refuse, with the lines of the report staff read (file:line:column). */
const cases: { name: string; files: Record<string, string>; expected: string[] }[] = [
  {
    name: 'a placeholder in a fund memo',
    files: {
      'funds/2022.csv':
        '科目,金额,摘要\n会费收入,3000.00,20xx年会员会费\n拨缴经费收入,7000.00,\n职工集体福利支出,6000.00,\n文体活动支出,2000.00,\n',
    },
    expected: [
      'funds/2022.csv:2:3  “摘要”中有未替换的占位符“20xx” [text.placeholder]',
      '实际为：20xx年会员会费',
      '提示：请填入实际内容；如确需保留，在 allowed-text.csv 中登记这段文字',
    ],
  },
  {
    name: 'a placeholder in a period label',
    files: {
      'periods.csv':
        '编号,名称,开始日期,结束日期,期初结余,期末结余\n2022,20××年度,2022-01-01,2022-12-31,10000.00,12000.00\n2023,2023年度,2023-01-01,2023-12-31,,12500.00\n',
    },
    expected: ['periods.csv:2:2  “名称”中有未替换的占位符“××”'],
  },
  {
    name: 'a placeholder in union.yaml',
    files: { 'union.yaml': '全称: ××医院工会委员会\n简称: 测试工会\n代表大会: 职代会\n' },
    expected: ['union.yaml:1:5  “全称”中有未替换的占位符“××”'],
  },
  {
    name: 'a placeholder name in signoffs.csv',
    files: { 'signoffs.csv': SIGNOFFS + '2022,×××,李二,张三,赵四,2023-01-10,\n' },
    expected: ['signoffs.csv:2:2  “工会主席”中有未替换的占位符“×××”'],
  },
  {
    name: 'a missing name',
    files: { 'signoffs.csv': SIGNOFFS + '2022,王一,,张三,赵四,2023-01-10,\n' },
    expected: ['signoffs.csv:2:3  “经审会主任”不能为空 [signoff.empty]'],
  },
  {
    name: 'an unknown period',
    files: { 'signoffs.csv': SIGNOFFS + '2021,王一,李二,张三,赵四,2022-01-10,\n' },
    expected: ['signoffs.csv:2:1  期间“2021”不在 periods.csv 中 [signoff.no-period]', '应为：2022、2023'],
  },
  {
    name: 'a period signed twice',
    files: { 'signoffs.csv': good + '2023,王一,李二,张三,赵四,2024-01-09,\n' },
    expected: ['signoffs.csv:4:1  期间“2023”的签字重复，第 3 行已填写 [signoff.duplicate-period]'],
  },
  {
    name: 'a statement dated before the period ends',
    files: { 'signoffs.csv': SIGNOFFS + '2023,王一,李二,张三,赵四,2023-12-20,\n' },
    expected: [
      'signoffs.csv:2:6  制表日期早于期间“2023年度”的结束日期 [signoff.prepared-before-end]',
      '应为：不早于 2023-12-31',
    ],
  },
  {
    name: 'a review before the statement',
    files: { 'signoffs.csv': SIGNOFFS + '2023,王一,李二,张三,赵四,2024-01-09,2024-01-02\n' },
    expected: ['signoffs.csv:2:7  审查日期早于制表日期 [signoff.reviewed-before-prepared]'],
  },
  {
    name: 'a signing before the review',
    files: { 'signoffs.csv': SIGNED + '2023,王一,李二,张三,赵四,2024-01-09,2024-01-16,2024-01-12\n' },
    expected: ['signoffs.csv:2:8  签署日期早于审查日期 [signoff.signed-too-early]', '应为：不早于 2024-01-16'],
  },
  {
    name: 'a signing before the statement was made, with no review',
    files: { 'signoffs.csv': SIGNED + '2023,王一,李二,张三,赵四,2024-01-09,,2024-01-02\n' },
    expected: ['signoffs.csv:2:8  签署日期早于制表日期 [signoff.signed-too-early]', '应为：不早于 2024-01-09'],
  },
  {
    name: 'a bad date',
    files: { 'signoffs.csv': SIGNOFFS + '2023,王一,李二,张三,赵四,2024-02-30,\n' },
    expected: ['signoffs.csv:2:6  “制表日期”不是有效日期'],
  },
  {
    name: 'an empty allowed text',
    files: { 'allowed-text.csv': '文字,文件,说明\n,funds/2022.csv,问卷\n' },
    expected: ['allowed-text.csv:2:1  “文字”不能为空 [allowed-text.empty]'],
  },
];

describe('sign-offs and published text', () => {
  it.each(cases)('stops on $name', ({ files, expected }) => {
    const { site, report } = loadFixture(files);
    expect(site).toBeUndefined();
    for (const line of expected) expect(report).toContain(line);
  });

  it('attaches each sign-off to its period', () => {
    const { site, report } = loadFixture({ 'signoffs.csv': good });
    expect(report).toBe('');
    expect(site!.periods.map((p) => p.signoff?.prepared)).toEqual(['2023-01-10', '2024-01-09']);
    expect(site!.periods[0]!.signoff).toMatchObject({
      chair: '王一',
      auditChair: '李二',
      financeHead: '张三',
      preparer: '赵四',
      reviewed: '2023-01-12',
    });
  });

  it('reads the optional 签署日期 (also headed 报出日期), absent when the column is missing or blank', () => {
    for (const header of [SIGNED, SIGNED.replace('签署日期', '报出日期')]) {
      const { site, report } = loadFixture({
        'signoffs.csv':
          header + '2022,王一,李二,张三,赵四,2023-01-10,2023-01-12,2023-01-15\n2023,王一,李二,张三,赵四,2024-01-09,,\n',
      });
      expect(report).toBe('');
      expect(site!.periods.map((p) => p.signoff?.signed)).toEqual(['2023-01-15', undefined]);
    }
    expect(loadFixture({ 'signoffs.csv': good }).site!.periods.map((p) => p.signoff?.signed)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('accepts a placeholder-like text listed in allowed-text.csv, for the file named there only', () => {
    const memo =
      '科目,金额,摘要\n会费收入,3000.00,问卷“□满意”礼品\n拨缴经费收入,7000.00,\n职工集体福利支出,6000.00,\n文体活动支出,2000.00,\n';
    expect(
      loadFixture({ 'funds/2022.csv': memo, 'allowed-text.csv': '文字,文件,说明\n□满意,funds/2022.csv,问卷选项\n' })
        .report,
    ).toBe('');
    expect(loadFixture({ 'funds/2022.csv': memo, 'allowed-text.csv': '文字\n□满意\n' }).report).toBe('');
    expect(
      loadFixture({ 'funds/2022.csv': memo, 'allowed-text.csv': '文字,文件\n□满意,funds/2023.csv\n' }).report,
    ).toContain('funds/2022.csv:2:3');
  });

  it('keeps the stated totals of a fund file for the audit page', () => {
    const { site } = loadFixture();
    expect(site!.periods[0]!.statedTotals?.map((t) => [t.label, t.line, t.fen])).toEqual([
      ['收入合计', 4, 1_000_000],
      ['支出合计', 7, 800_000],
    ]);
  });
});

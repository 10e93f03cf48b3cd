import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../helpers/fixture.ts';

const HEAD = '类别,频次,期限,公开对象,起始日期,公示天数,说明\n';
const schedule = (...rows: string[]) => HEAD + rows.join('\n') + '\n';
const PERIODS_HEAD = '编号,名称,开始日期,结束日期,期初结余,期末结余,公开日期,预算公开日期\n';

/** One case per bad schedule or disclosure date; `expected` are lines of the report staff read. */
const cases: { name: string; files: Record<string, string>; expected: string[] }[] = [
  {
    name: 'an unknown kind',
    files: {
      'disclosure-schedule.csv': schedule('经费收支,每期,期末后90天,全体,,,', '工会活动,逐项,期末后10天,会员,,,'),
    },
    expected: [
      'disclosure-schedule.csv:3:1  不认识的公开类别“工会活动” [schedule.unknown-kind]',
      '应为：经费收支、经费预算、工作报告',
    ],
  },
  {
    name: 'a frequency that is not one of the three',
    files: { 'disclosure-schedule.csv': schedule('经费收支,每年,期末后90天,全体,,,') },
    expected: [
      'disclosure-schedule.csv:2:2  “频次”填写有误 [schedule.bad-frequency]',
      '应为：每期、每季度 或 逐项',
      '实际为：每年',
    ],
  },
  {
    name: 'a deadline without a number of days',
    files: { 'disclosure-schedule.csv': schedule('经费收支,每期,年底前,全体,,,') },
    expected: ['disclosure-schedule.csv:2:3  “期限”填写有误 [schedule.bad-deadline]', '实际为：年底前'],
  },
  {
    name: 'an audience that is not 全体, 会员 or 经审',
    files: { 'disclosure-schedule.csv': schedule('经费收支,每期,期末后90天,职工,,,') },
    expected: [
      'disclosure-schedule.csv:2:4  “公开对象”填写有误 [schedule.bad-audience]',
      '应为：全体、会员、经审',
      '实际为：职工',
    ],
  },
  {
    name: 'a placeholder start date',
    files: { 'disclosure-schedule.csv': schedule('经费预算,每期,期初后90天,全体,20xx-01-01,,') },
    expected: ['disclosure-schedule.csv:2:5  “起始日期”不是有效日期：占位符', '[date.placeholder]'],
  },
  {
    name: 'a notice of zero days',
    files: { 'disclosure-schedule.csv': schedule('帮扶公示,逐项,期末后30天,会员,,0,') },
    expected: ['disclosure-schedule.csv:2:6  “公示天数”至少为 1 天 [schedule.bad-notice-days]'],
  },
  {
    name: 'a kind written twice (once by its alias)',
    files: {
      'disclosure-schedule.csv': schedule('经费收支,每期,期末后90天,全体,,,', '收支表,每季度,季末后15天,全体,,,'),
    },
    expected: ['disclosure-schedule.csv:3:1  公开类别“经费收支”重复，第 2 行已填写 [schedule.duplicate-kind]'],
  },
  {
    name: 'a statement disclosed before its period ended',
    files: {
      'periods.csv':
        PERIODS_HEAD +
        '2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00,2022-12-30,\n2023,2023年度,2023-01-01,2023-12-31,,12500.00,,\n',
    },
    expected: ['periods.csv:2:7  公开日期早于期间结束日期', '应为：不早于 2022-12-31', '实际为：2022-12-30'],
  },
  {
    name: 'an impossible budget disclosure date',
    files: {
      'periods.csv':
        PERIODS_HEAD +
        '2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00,,2022-02-30\n2023,2023年度,2023-01-01,2023-12-31,,12500.00,,\n',
    },
    expected: ['periods.csv:2:8  “预算公开日期”不是有效日期：日历上没有这一天 [date.no-such-day]'],
  },
];

describe('bad disclosure data stops the build with file:line:column', () => {
  it.each(cases)('$name', ({ files, expected }) => {
    const { site, report } = loadFixture(files);
    expect(site).toBeUndefined();
    for (const line of expected) expect(report).toContain(line);
  });

  it('accepts a schedule written with English headers and values', () => {
    const { site, report } = loadFixture({
      'disclosure-schedule.csv': 'kind,frequency,deadline,audience\nfund-statement,quarterly,end+15,全体\n',
    });
    expect(report).toBe('');
    expect(site!.schedule).toEqual([
      { line: 2, kind: 'fund-statement', frequency: 'per-quarter', anchor: 'end', days: 15, audience: '全体' },
    ]);
  });

  it('reads the disclosure dates of periods.csv', () => {
    const { site } = loadFixture({
      'periods.csv':
        PERIODS_HEAD +
        '2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00,2023年3月1日,2022/1/20\n2023,2023年度,2023-01-01,2023-12-31,,12500.00,,\n',
    });
    const [p2022, p2023] = site!.periods.map((p) => p.statement.period);
    expect([p2022!.publishedOn, p2022!.budgetPublishedOn]).toEqual(['2023-03-01', '2022-01-20']);
    expect([p2023!.publishedOn, p2023!.budgetPublishedOn]).toEqual([undefined, undefined]);
  });
});

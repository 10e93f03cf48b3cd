/**
 * A record count for a period without records, or a name that is not a count, stops the
 * report: the resolver says why in Chinese and checkReports puts it at the .mdx file:line.
 */
import { describe, expect, it } from 'vitest';
import { formatIssueReport } from '../../../src/lib/issues/data-issue.ts';
import { checkReports } from '../../../src/lib/reports/check-reports.ts';
import { resolveTag } from '../../../src/lib/reports/figures/figure-tags.ts';
import type { SiteData } from '../../../src/lib/model/site-data.ts';
import { loadFixture } from '../../helpers/fixture.ts';
import { loadRecordsFixture } from '../../helpers/records-fixture.ts';

const bare = loadFixture().site!;
const records = loadRecordsFixture().site!;
const ACTIVITIES_HEADER = '日期,结束日期,名称,类别,组织单位,级别,参与人数,费用,科目,成果,状态';
/** Only 2023 activities, aid and honours; only the 2022 congress. */
const only = loadRecordsFixture({
  'activities.csv': `${ACTIVITIES_HEADER}\n2022-05-01,,篮球联谊赛,文体,院工会,区县,,,,,已取消\n2023-04-23,,读书分享会,培训,院工会,本单位,40人,,,,\n`,
  'aid.csv': '日期,事由,类别,受助人,金额,资金来源\n2023-05-20,大病帮扶,困难帮扶,王五,2000.00,工会经费\n',
  'congress.csv': '届次,日期,应到代表,实到代表\n七届三次,2022-03-18,60,55\n',
  'resolutions.csv': null,
  'honours.csv': '年度,荣誉称号,获得者,类别,级别,个人或集体\n2023,院级先进工作者,吴六,先进个人,本单位,个人\n',
}).site!;
const sites: Record<string, SiteData> = { bare, records, only };

describe('a record count without records for the period says why', () => {
  it.each([
    ['bare', '活动项数', '2023', '没有活动记录（activities.csv 不存在或没有数据行）'],
    ['bare', '帮扶慰问人次', '2023', '没有帮扶慰问记录（aid.csv 不存在或没有数据行）'],
    ['bare', '代表大会次数', '2023', '没有代表大会记录（congress.csv 不存在或没有数据行）'],
    ['bare', '收到提案', '2023', '没有提案记录（proposals.csv 不存在或没有数据行）'],
    ['bare', '荣誉数', '2023', '没有荣誉记录（honours.csv 不存在或没有数据行）'],
    ['only', '活动项数', '2022', 'activities.csv 中没有日期在这一期间（2022-01-01 至 2022-12-31）的已举办活动'],
    ['only', '培训期数', '2022', 'activities.csv 中没有日期在这一期间（2022-01-01 至 2022-12-31）的已举办活动'],
    ['records', '活动参与人数', '2022', '这一期间已举办的活动中，没有以“人”计参与人数的'],
    ['records', '活动参与人次', '2023', '这一期间已举办的活动中，没有以“人次”计参与人数的'],
    ['records', '培训参与人数', '2022', '这一期间没有已举办的“培训”类活动'],
    ['records', '培训参与人次', '2023', '这一期间已举办的“培训”类活动中，没有以“人次”计参与人数的'],
    ['only', '帮扶慰问金额', '2022', 'aid.csv 中没有日期在这一期间（2022-01-01 至 2022-12-31）的帮扶慰问记录'],
    ['only', '慰问人次', '2022', 'aid.csv 中没有日期在这一期间（2022-01-01 至 2022-12-31）的帮扶慰问记录'],
    ['only', '通过决议数', '2023', 'congress.csv 中没有在这一期间（2023-01-01 至 2023-12-31）召开的会议'],
    ['only', '立案提案', '2023', 'congress.csv 中没有在这一期间（2023-01-01 至 2023-12-31）召开的会议'],
    ['records', '收到提案', '2023', 'proposals.csv 中没有这一期间所开会议（八届一次）的提案'],
    ['records', '采纳建议', '2023', 'proposals.csv 中没有这一期间所开会议（八届一次）的合理化建议'],
    ['only', '荣誉数', '2022', 'honours.csv 中没有 2022 年度的荣誉'],
  ])('%s: <Count figure="%s" period="%s" /> → “%s”', (name, figure, period, reason) => {
    const result = resolveTag(sites[name]!, 'Count', { figure, period });
    expect(result).toMatchObject({
      ok: false,
      problem: {
        attribute: 'period',
        code: 'report.count-missing',
        message: `期间“${period}年度”没有“${figure}”：${reason}`,
        expected: `有“${figure}”数据的期间`,
        found: period,
      },
    });
  });

  it('names the units in use when none is the one asked', () => {
    const result = resolveTag(records, 'Count', { figure: '活动参与人数', period: '2022' });
    expect(result).toMatchObject({
      ok: false,
      problem: { hint: '这一期间参与人数所用的单位：人次、支队；人和人次不能相加' },
    });
  });

  it('refuses honours for a period that covers no whole year', () => {
    const half = loadRecordsFixture({
      'periods.csv':
        '编号,名称,开始日期,结束日期,期初结余,期末结余\n2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00\n2023,2023年上半年,2023-01-01,2023-06-30,,12500.00\n',
      'activities.csv': ACTIVITIES_HEADER + '\n',
      'aid.csv': null,
      'congress.csv': null,
      'resolutions.csv': null,
      'proposals.csv': null,
    });
    expect(half.report).toBe('');
    expect(resolveTag(half.site!, 'Count', { figure: '荣誉数', period: '2023' })).toMatchObject({
      ok: false,
      problem: {
        message: '期间“2023年上半年”没有“荣誉数”：荣誉按年度登记，这一期间（2023-01-01 至 2023-06-30）不包含完整的年度',
      },
    });
  });
});

describe('checkReports stops a report citing a missing record count, with file:line', () => {
  const F = 'content/reports/2023-work.mdx';
  const check = (body: string, site: SiteData) => {
    const source = [
      '---',
      '标题: 2023年度工会工作报告',
      '类型: 工作报告',
      '期间: 2023',
      '日期: 2024-03-20',
      '状态: 审议通过',
      '通过日期: 2024-03-20',
      '---',
      '',
      '## 概况',
      '',
      body,
    ].join('\n');
    const result = checkReports(
      new Map([['2023-work.mdx', new TextEncoder().encode(source)]]),
      'content/reports',
      site,
    );
    expect(result.reports).toBeUndefined();
    return formatIssueReport(result.issues);
  };

  it('for an unknown count name, with the nearest name as a hint', () => {
    const text = check('全年举办活动 <Count figure="活动项目数" period="2023" />。', records);
    expect(text).toContain(`${F}:12:15  <Count> “活动项目数”不是可以统计的数字 [report.unknown-count]`);
    expect(text).toContain('提示：是否应为“活动项数”？');
  });

  it('for a period without records of that kind', () => {
    const text = check('本届收到提案 <Count figure="收到提案" period="2023" />。', records);
    expect(text).toContain(
      `${F}:12:29  <Count> 期间“2023年度”没有“收到提案”：proposals.csv 中没有这一期间所开会议（八届一次）的提案 [report.count-missing]`,
    );
  });

  it('for a site without the record file', () => {
    const text = check('帮扶 <Count figure="帮扶慰问人次" period="2023" />。', bare);
    expect(text).toContain(
      `${F}:12:27  <Count> 期间“2023年度”没有“帮扶慰问人次”：没有帮扶慰问记录（aid.csv 不存在或没有数据行） [report.count-missing]`,
    );
    expect(text).toContain('提示：在 aid.csv 中登记帮扶慰问后才能引用这个数字');
  });
});

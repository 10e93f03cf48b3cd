/**
 * `<Count>` of the records (activities, aid, congress, proposals, honours), per period of the
 * records fixture (test/fixtures/records on the base fixture, periods 2022 and 2023).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/build/read-data-dir.ts';
import { COUNTABLES, formatCountValue } from '../../../src/lib/reports/figures/countables.ts';
import { resolveTag } from '../../../src/lib/reports/figures/figure-tags.ts';
import { loadSite } from '../../../src/lib/site/load-site.ts';
import { loadRecordsFixture } from '../../helpers/records-fixture.ts';
import { readWorkbooks } from '../../../src/build/read-workbooks.ts';

/** The fixture's groups are of one or two people: these tests are of the arithmetic, so every group is published. */
const UNION_ONE =
  readFileSync(new URL('../../fixtures/base/union.yaml', import.meta.url), 'utf8') + '最小公开人数: 1\n';
const site = loadRecordsFixture({ 'union.yaml': UNION_ONE }).site!;

// 2022: 篮球赛 8支队 1,500.00 + 运动会 120人次 500.00 (both 文体).
// 2023: 联欢会 90余人 500.00, 读书会 (培训) 40人, 羽毛球 近60人 1,000.00; 篮球联谊赛 已取消.
// Aid 2022: 困难帮扶 1,000.00 + 慰问 400.00; 2023: 困难帮扶 1,000.00 × 2 + 2,000.00, three people.
// 七届三次 (2022-03-18): 提案 T-01 办结, T-02 并入 T-01, T-03 答复, T-04 立案; 建议 J-01 采纳
// (12,000.00), J-02 未采纳; one resolution. 八届一次 (2023): one resolution, no proposals.
// Honours: 2022 市级工人先锋号 (集体); 2023 院级先进工作者 (个人).
describe('record counts print the records of a period with their unit', () => {
  it.each([
    ['活动项数', '2022', '2 项'],
    ['活动项数', '2023', '3 项'],
    ['活动次数', '2023', '3 项'],
    ['活动参与人次', '2022', '120 人次'],
    ['活动参与人数', '2023', '约 190 人'],
    ['活动费用', '2022', '2,000.00 元'],
    ['活动费用', '2023', '1,500.00 元'],
    ['文体活动项数', '2022', '2 项'],
    ['培训期数', '2023', '1 期'],
    ['培训期数', '2022', '0 期'],
    ['竞赛项数', '2023', '0 项'],
    ['培训参与人数', '2023', '40 人'],
    ['帮扶慰问人次', '2022', '2 人次'],
    ['帮扶慰问人次', '2023', '3 人次'],
    ['帮扶慰问人数', '2023', '3 人'],
    ['受助人数', '2023', '3 人'],
    ['帮扶慰问金额', '2022', '1,400.00 元'],
    ['帮扶慰问金额', '2023', '4,000.00 元'],
    ['困难帮扶人次', '2023', '3 人次'],
    ['困难帮扶金额', '2022', '1,000.00 元'],
    ['慰问人次', '2022', '1 人次'],
    ['慰问金额', '2022', '400.00 元'],
    ['金秋助学人次', '2022', '0 人次'],
    ['代表大会次数', '2022', '1 次'],
    ['职代会次数', '2023', '1 次'],
    ['表决事项数', '2022', '1 项'],
    ['通过决议数', '2023', '1 项'],
    ['收到提案', '2022', '4 件'],
    ['并案提案', '2022', '1 件'],
    ['合并后提案', '2022', '3 件'],
    ['立案提案', '2022', '3 件'],
    ['答复提案', '2022', '2 件'],
    ['办结提案', '2022', '1 件'],
    ['收到合理化建议', '2022', '2 件'],
    ['采纳建议', '2022', '1 件'],
    ['建议创造价值', '2022', '12,000.00 元'],
    ['荣誉数', '2022', '1 项'],
    ['集体荣誉', '2022', '1 项'],
    ['个人荣誉', '2022', '0 项'],
    ['市级荣誉', '2022', '1 项'],
    ['本单位荣誉', '2023', '1 项'],
    ['全国级荣誉', '2023', '0 项'],
  ])('<Count figure="%s" period="%s" /> → “%s”', (figure, period, text) => {
    expect(resolveTag(site, 'Count', { figure, period })).toMatchObject({
      ok: true,
      figure: { text, periods: [period] },
    });
  });

  it.each([
    ['余 when every inexact part is a lower bound', '90余人,40人', '130 余人'],
    ['近 when every inexact part is 近', '近60人,40人', '近 100 人'],
    ['约 when they differ', '90余人,近60人', '约 150 人'],
    ['exact when every part is', '90人,40人', '130 人'],
  ])('keeps the qualifier honest: %s', (_, counts, text) => {
    const rows = counts.split(',').map((c, i) => `2023-0${i + 1}-10,,活动${i},文体,院工会,本单位,${c},,,,`);
    const records = loadRecordsFixture({
      'activities.csv': ['日期,结束日期,名称,类别,组织单位,级别,参与人数,费用,科目,成果,状态', ...rows].join('\n'),
    }).site!;
    expect(resolveTag(records, 'Count', { figure: '活动参与人数', period: '2023' })).toMatchObject({
      ok: true,
      figure: { text },
    });
  });
});

describe('record counts in <Change> and <Share>', () => {
  it.each([
    ['Change', { period: '2023', count: '活动项数' }, '比2022年度增加 1 项，增长 50.00%'],
    ['Change', { period: '2023', count: '帮扶慰问金额' }, '比2022年度增加 2,600.00 元，增长 185.71%'],
    ['Change', { period: '2023', count: '代表大会次数' }, '与2022年度持平'],
    ['Share', { period: '2022', count: '立案提案', of: '合并后提案' }, '占合并后提案的 100.00%'],
    ['Share', { period: '2022', count: '办结提案', of: '立案提案' }, '占立案提案的 33.33%'],
    ['Share', { period: '2022', count: '困难帮扶金额', of: '帮扶慰问金额' }, '占帮扶慰问金额的 71.43%'],
  ])('<%s %j /> → “%s”', (name, props, text) => {
    expect(resolveTag(site, name, props)).toMatchObject({ ok: true, figure: { text } });
  });

  it.each([
    ['Share', { period: '2023', count: '活动参与人数', of: '会员人数' }, 'count', '约 190 人'],
    ['Change', { period: '2023', count: '活动参与人数', against: '2023' }, 'count', '约 190 人'],
  ])('refuses arithmetic on a count summed from 余/近/约: <%s %j />', (name, props, attribute, found) => {
    expect(resolveTag(site, name, props)).toEqual({
      ok: false,
      problem: {
        attribute,
        code: 'report.count-approximate',
        message: `期间“2023年度”的“活动参与人数”是约数（${found}），不能计算增减或占比`,
        expected: '各项都是确数的数字',
        found,
        hint: '参与人数中有“余”“近”“约”的约数；可以直接写出这个数字，或在数据中填写确数',
      },
    });
  });

  it('refuses a share of an amount over a count (different units)', () => {
    const result = resolveTag(site, 'Share', { period: '2022', count: '建议创造价值', of: '收到合理化建议' });
    expect(result).toMatchObject({ ok: false, problem: { code: 'report.share-bad-denominator', attribute: 'of' } });
  });
});

describe('the registry of countables', () => {
  it('has every name and alias once, so a name can never mean two figures', () => {
    const written = COUNTABLES.flatMap((c) => [c.name, ...c.aliases]);
    expect(written.filter((w, i) => written.indexOf(w) !== i)).toEqual([]);
  });

  it('prints money in 元 and never mixes 人 and 人次 in one name', () => {
    for (const c of COUNTABLES) {
      if (c.money) expect(c.unit, c.name).toBe('元');
      if (c.unit === '人') expect(c.name, c.name).not.toMatch(/人次/);
      if (c.unit === '人次') expect(c.name, c.name).toMatch(/人次/);
    }
  });

  it.each([
    [{ unit: '人' }, 2406, undefined, '2,406 人'],
    [{ unit: '人' }, 2406, '余', '2,406 余人'],
    [{ unit: '人次' }, 700, '多', '700 多人次'],
    [{ unit: '人次' }, 700, '近', '近 700 人次'],
    [{ unit: '户' }, 80, '约', '约 80 户'],
    [{ unit: '人' }, 1200, '以上', '1,200 人以上'],
    [{ unit: '元', money: true }, 123456, undefined, '1,234.56 元'],
  ] as const)('formats %j %d %s as “%s”', (countable, value, qualifier, text) => {
    expect(formatCountValue(countable, value, qualifier)).toBe(text);
  });
});

describe('record counts of the demo data', () => {
  const demoFiles = readDataDir(new URL('../../../data/', import.meta.url).pathname);
  const demo = loadSite(demoFiles, { workbooks: readWorkbooks(demoFiles) }).site!;
  it.each([
    ['收到提案', '84 件'],
    ['并案提案', '47 件'],
    ['立案提案', '37 件'],
    ['代表大会次数', '2 次'],
    ['活动参与人数', '2,406 余人'],
    ['活动参与人次', '500 人次'],
  ])('2019—2020 (seed 001): %s → %s', (figure, text) => {
    expect(resolveTag(demo, 'Count', { figure, period: '2019-2020' })).toMatchObject({ ok: true, figure: { text } });
  });
});

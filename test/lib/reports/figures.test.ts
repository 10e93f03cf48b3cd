import { describe, expect, it } from 'vitest';
import { resolveTag } from '../../../src/lib/reports/figures/figure-tags.ts';
import { loadFixture } from '../../helpers/fixture.ts';

const site = loadFixture().site!;
// Base fixture, 2023: income 8,000.00 (会费 3,000.00, 拨缴 5,000.00); expense 7,500.00
// (集体福利 4,000.00, 文体 1,500.00, 帮扶 2,000.00); 2022: income 10,000.00, expense 8,000.00.
// Budget 2023: 会费收入 3,000.00; 职工活动支出 6,000.00 + 500.00. Members 100 → 104 of 110 → 115.

describe('report figures print the data as the tables do', () => {
  it.each([
    ['Amount', { period: '2023', account: '会费收入' }, '3,000.00 元'],
    ['Amount', { period: '2023', account: '会费' }, '3,000.00 元'],
    ['Amount', { period: '2023', account: '职工活动支出' }, '5,500.00 元'],
    ['Amount', { period: '2023', total: '本期收入' }, '8,000.00 元'],
    ['Amount', { period: '2023', total: '收入合计' }, '8,000.00 元'],
    ['Amount', { period: '2023', total: '期末结余' }, '12,500.00 元'],
    ['Amount', { period: '2023', total: '期末结余', unit: '万元' }, '1.25 万元'],
    ['Amount', { period: '2023', total: '期末结余', unit: '万元', decimals: '1' }, '1.3 万元'],
    ['Amount', { period: '2023', total: '期末结余', unit: '大写' }, '壹万贰仟伍佰元整'],
    ['Amount', { period: '2023', account: '职工活动支出', budget: '调整后预算数' }, '6,500.00 元'],
    ['Amount', { period: '2023', account: '会费收入', budget: '上年决算数' }, '3,000.00 元'],
    ['Share', { period: '2023', account: '会费收入' }, '占本期收入合计的 37.50%'],
    ['Share', { period: '2023', account: '困难职工帮扶支出' }, '占本期支出合计的 26.67%'],
    ['Share', { period: '2023', account: '文体活动支出', of: '职工活动支出' }, '占职工活动支出的 27.27%'],
    ['Share', { period: '2023', count: '会员人数', of: '职工人数' }, '占职工人数的 90.43%'],
    ['Change', { period: '2023', total: '本期收入' }, '比2022年度减少 2,000.00 元，下降 20.00%'],
    ['Change', { period: '2023', account: '会费收入' }, '与2022年度持平'],
    ['Change', { period: '2023', count: '会员人数' }, '比2022年度增加 4 人，增长 4.00%'],
    ['Change', { period: '2022', total: '期末结余', against: '2023' }, '比2023年度减少 500.00 元，下降 4.00%'],
    ['Count', { figure: '会员人数', period: '2023' }, '104 人'],
    ['Count', { figure: '明细笔数', period: '2023' }, '7 笔'],
    ['Count', { figure: '期间数' }, '2 个'],
    ['BudgetRate', { period: '2023', account: '会费收入' }, '为预算数的 100.00%'],
    ['BudgetRate', { period: '2023', account: '职工活动支出' }, '为调整后预算数的 84.62%'],
    ['StatementTable', { period: '2022', side: '支出' }, ''],
  ])('<%s %j /> → “%s”', (name, props, text) => {
    const result = resolveTag(site, name, props);
    expect(result).toMatchObject({ ok: true, figure: { text } });
  });

  it('lists the periods a figure cites', () => {
    expect(resolveTag(site, 'Change', { period: '2023', total: '本期支出' })).toMatchObject({
      ok: true,
      figure: { periods: ['2023', '2022'] },
    });
    expect(resolveTag(site, 'Count', { figure: '期间数' })).toMatchObject({ ok: true, figure: { periods: [] } });
  });

  it('uses the statement’s own rounded share, so prose and table agree and shares sum to 100.00%', () => {
    const shares = ['困难职工帮扶支出', '职工集体福利支出', '文体活动支出'].map((account) => {
      const r = resolveTag(site, 'Share', { period: '2023', account });
      return r.ok ? Number(/([\d.]+)%/.exec(r.figure.text)![1]) : NaN;
    });
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });

  it('refuses to compare a flow between periods of different length', () => {
    const twoYears = loadFixture({
      'periods.csv':
        '编号,名称,开始日期,结束日期,期初结余\n2022,2021—2022年度,2021-01-01,2022-12-31,10000.00\n2023,2023年度,2023-01-01,2023-12-31,\n',
    }).site!;
    const flow = resolveTag(twoYears, 'Change', { period: '2023', total: '本期收入' });
    expect(flow).toMatchObject({ ok: false, problem: { code: 'report.change-unequal-periods' } });
    const stock = resolveTag(twoYears, 'Change', { period: '2023', total: '期末结余' });
    expect(stock).toMatchObject({ ok: true, figure: { text: '比2021—2022年度增加 500.00 元，增长 4.17%' } });
  });
});

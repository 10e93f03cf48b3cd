import { describe, expect, it } from 'vitest';
import { auditChecks } from '../../../src/lib/audit/audit-checks.ts';
import { loadFixture } from '../../helpers/fixture.ts';

describe('auditChecks', () => {
  const site = loadFixture().site!;

  it('lists the checks of the first period with their inputs', () => {
    expect(auditChecks(site, 0).map((c) => [c.area, c.label, c.inputs, c.result])).toEqual([
      [
        '收支平衡',
        '期初结余 + 本期收入 − 本期支出 = 申报的期末结余',
        '10,000.00 + 10,000.00 − 8,000.00 = 12,000.00',
        '相符',
      ],
      ['结余衔接', '首个期间的期初结余', '10,000.00（periods.csv 第 2 行申报）', '取申报数'],
      ['合计核对', 'funds/2022.csv 第 4 行“收入合计” = 所属各行之和', '10,000.00 = 10,000.00', '相符'],
      ['合计核对', 'funds/2022.csv 第 7 行“支出合计” = 所属各行之和', '8,000.00 = 8,000.00', '相符'],
      ['合计核对', '本期收入各类别之和 = 本期收入合计', '3,000.00 + 7,000.00 = 10,000.00', '相符'],
      ['合计核对', '本期收入各类别占比之和 = 100.00%', '会费收入 30.00%，拨缴经费收入 70.00%', '合计 100.00%'],
      ['合计核对', '本期支出各类别之和 = 本期支出合计', '8,000.00 = 8,000.00', '相符'],
      ['合计核对', '本期支出各类别占比之和 = 100.00%', '职工活动支出 100.00%', '合计 100.00%'],
    ]);
  });

  it('shows budget execution and flags what an auditor should look at', () => {
    const budget = auditChecks(site, 1).filter((c) => c.area === '预算执行');
    expect(budget.map((c) => [c.label, c.inputs, c.result, c.attention])).toEqual([
      ['收入·会费收入：决算数 ÷ 调整后预算数', '3,000.00 ÷ (3,000.00 + 0.00)', '完成率 100.00%', false],
      [
        '收入·会费收入：上年决算数 = 2022年度收支表',
        '3,000.00（budgets/2023.csv）与 3,000.00（funds/2022.csv）',
        '一致',
        false,
      ],
      [
        '支出·职工活动支出：决算数 ÷ 调整后预算数',
        '5,500.00 ÷ (6,000.00 + 500.00)',
        '完成率 84.62%（超出 90%–110%）',
        true,
      ],
      [
        '支出·职工活动支出：上年决算数 = 2022年度收支表',
        '8,000.00（budgets/2023.csv）与 8,000.00（funds/2022.csv）',
        '一致',
        false,
      ],
    ]);
  });

  it('reports a 上年决算数 that differs from the previous statement', () => {
    const { site: other } = loadFixture({ 'budgets/2023.csv': '科目,上年决算数,预算数\n会费收入,2900.00,3000.00\n' });
    const check = auditChecks(other!, 1).find((c) => c.label.includes('上年决算数'))!;
    expect([check.result, check.attention]).toEqual(['不一致，相差 -100.00', true]);
  });

  it('shows the continuity of the next period', () => {
    expect(auditChecks(site, 1).find((c) => c.area === '结余衔接')).toMatchObject({
      inputs: '2022年度期末 12,000.00 = 本期期初 12,000.00',
      result: '相符',
    });
  });
});

describe('auditChecks compares what it prints', () => {
  it('says 不符 with the difference, and flags it, when a stated total is not the statement figure', () => {
    const site = loadFixture().site!;
    const data = site.periods[0]!;
    const stated = data.statedTotals!.find((t) => 'kind' in t.scope && t.scope.kind === 'income')!;
    const edited = {
      ...site,
      periods: [{ ...data, statedTotals: [{ ...stated, fen: stated.fen + 100 }] }, ...site.periods.slice(1)],
    };
    const check = auditChecks(edited, 0).find((c) => c.label.includes('收入合计'))!;
    expect([check.inputs, check.result, check.attention]).toEqual(['10,001.00 = 10,000.00', '不符，相差 1.00', true]);
  });
});

import { describe, expect, it } from 'vitest';
import { readThresholds } from '../../../../src/lib/audit/flags/read-thresholds.ts';
import { DEFAULT_THRESHOLDS } from '../../../../src/lib/audit/flags/thresholds.ts';

describe('readThresholds', () => {
  it('uses the documented defaults when union.yaml sets nothing', () => {
    expect(readThresholds('全称: 某工会\n')).toEqual({ thresholds: { ...DEFAULT_THRESHOLDS }, issues: [] });
    expect(DEFAULT_THRESHOLDS).toEqual({
      approvalLimitFen: 500_000,
      splitDays: 7,
      duplicateDays: 7,
      budgetUpperBp: 11_000,
      budgetLowerBp: 5_000,
      yearEndFactorTenths: 30,
    });
  });

  it('reads every key staff may set', () => {
    const text =
      '全称: 某工会\n审批限额: 10,000元\n拆分天数: 5天\n重复天数: 3\n预算执行上限: 120%\n预算执行下限: 40.5%\n福利标准: 1800\n年末集中倍数: 2.5\n';
    expect(readThresholds(text)).toEqual({
      thresholds: {
        approvalLimitFen: 1_000_000,
        splitDays: 5,
        duplicateDays: 3,
        budgetUpperBp: 12_000,
        budgetLowerBp: 4_050,
        welfarePerMemberFen: 180_000,
        yearEndFactorTenths: 25,
      },
      issues: [],
    });
  });

  it.each([
    ['审批限额: 五千', 'audit.threshold-invalid', '金额（元），如 5000 或 5,000.00', '五千'],
    ['审批限额: -5000', 'audit.threshold-negative', '大于 0 的金额（元）', '-5000'],
    ['福利标准: 0', 'audit.threshold-negative', '大于 0 的金额（元）', '0'],
    ['拆分天数: -3', 'audit.threshold-negative', '天数，1 到 366 之间的整数', '-3'],
    ['重复天数: 一周', 'audit.threshold-invalid', '天数，1 到 366 之间的整数', '一周'],
    ['预算执行上限: 1.1', 'audit.threshold-invalid', '百分比，如 110%', '1.1'],
    ['预算执行下限: -50%', 'audit.threshold-negative', '大于 0 的百分比，如 110%', '-50%'],
    ['年末集中倍数: 1', 'audit.threshold-invalid', '大于 1 的倍数，如 3 或 2.5', '1'],
    ['审批限额:', 'audit.threshold-invalid', '金额（元），如 5000 或 5,000.00', '未填写'],
  ])('reports %s at its line, and keeps the default', (entry, code, expected, found) => {
    const { thresholds, issues } = readThresholds(`全称: 某工会\n${entry}\n`);
    expect(issues).toEqual([
      expect.objectContaining({ file: 'union.yaml', line: 2, column: 1, code, expected, found }),
    ]);
    expect(thresholds).toEqual({ ...DEFAULT_THRESHOLDS });
  });

  it('reports a lower bound that is not below the upper bound', () => {
    const { issues } = readThresholds('预算执行上限: 100%\n预算执行下限: 100%\n');
    expect(issues.map((i) => [i.code, i.line, i.expected, i.found])).toEqual([
      ['audit.threshold-order', 2, '小于 100.00%', '100.00%'],
    ]);
  });
});

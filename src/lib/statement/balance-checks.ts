import type { IssueList } from '../issues/data-issue.ts';
import type { PeriodData } from '../model/site-data.ts';
import { formatYuan } from '../money/format-amount.ts';
import { digitSwapHint } from '../numbers/digit-swap.ts';
import type { Period } from '../periods/period.ts';
import { PERIODS_FILE } from '../periods/read-periods.ts';

/**
 * The balance checks of one period whose fund file is sound: the declared 期末结余 equals
 * 期初 + 收入 − 支出, and the declared 期初结余 equals the previous period's closing. A
 * mismatch is an issue on periods.csv; a pass is recorded in `data.checks` with its figures.
 */
export function balanceChecks(
  period: Period,
  data: PeriodData,
  previous: PeriodData | undefined,
  issues: IssueList,
): void {
  const s = data.statement;
  const identity = `${formatYuan(s.openingFen)} + ${formatYuan(s.income.totalFen)} − ${formatYuan(s.expense.totalFen)} = ${formatYuan(s.closingFen)}`;
  if (period.closingDeclared !== undefined && period.closingDeclared !== s.closingFen) {
    issues.add({
      file: PERIODS_FILE,
      line: period.line,
      column: period.columns.closing,
      code: 'balance.mismatch',
      message: `期间“${period.id}”申报的期末结余与计算结果不符，相差 ${formatYuan(period.closingDeclared - s.closingFen)} 元`,
      expected: `期初结余 + 收入 − 支出：${identity}`,
      found: formatYuan(period.closingDeclared),
      hint: [digitSwapHint(period.closingDeclared, s.closingFen), `请核对 ${data.fundFile} 中的收支，或申报的期末结余`]
        .filter(Boolean)
        .join('；'),
    });
  } else {
    data.checks.push({
      code: 'balance.identity',
      label:
        period.closingDeclared !== undefined
          ? '期初结余 + 本期收入 − 本期支出 = 申报的期末结余'
          : '期初结余 + 本期收入 − 本期支出 = 期末结余',
      detail: identity,
    });
  }
  if (previous) {
    const carried = previous.statement.closingFen;
    if (period.openingDeclared !== undefined && period.openingDeclared !== carried) {
      issues.add({
        file: PERIODS_FILE,
        line: period.line,
        column: period.columns.opening,
        code: 'balance.continuity',
        message: `期间“${period.id}”的期初结余不等于上一期间“${previous.statement.period.id}”的期末结余，相差 ${formatYuan(period.openingDeclared - carried)} 元`,
        expected: formatYuan(carried),
        found: formatYuan(period.openingDeclared),
        hint: '期初结余可以不填，网站会自动沿用上期期末结余',
      });
    } else {
      data.checks.push({
        code: 'balance.continuity',
        label: '本期期初结余 = 上期期末结余',
        detail: `${previous.statement.period.label}期末 ${formatYuan(carried)} = 本期期初 ${formatYuan(s.openingFen)}`,
      });
    }
  }
}

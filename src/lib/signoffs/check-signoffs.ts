import type { IssueList } from '../issues/data-issue.ts';
import type { Period } from '../periods/period.ts';
import { SIGNOFFS_FILE, type Signoff } from './signoffs-table.ts';

/** Sign-off rows name a period of periods.csv and are dated no earlier than its end. */
export function checkSignoffPeriods(signoffs: readonly Signoff[], periods: readonly Period[], issues: IssueList): void {
  for (const s of signoffs) {
    const period = periods.find((p) => p.id === s.periodId);
    if (!period) {
      issues.add({
        file: SIGNOFFS_FILE,
        line: s.line,
        column: 1,
        code: 'signoff.no-period',
        message: `期间“${s.periodId}”不在 periods.csv 中`,
        expected: periods.map((p) => p.id).join('、'),
        found: s.periodId,
      });
    } else if (s.prepared < period.end) {
      issues.add({
        file: SIGNOFFS_FILE,
        line: s.line,
        column: s.columns.prepared,
        code: 'signoff.prepared-before-end',
        message: `制表日期早于期间“${period.label}”的结束日期`,
        expected: `不早于 ${period.end}`,
        found: s.prepared,
        hint: '收支表应在期间结束后编制',
      });
    }
  }
}

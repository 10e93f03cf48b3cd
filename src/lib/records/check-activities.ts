import type { IssueList } from '../issues/data-issue.ts';
import { formatYuan } from '../money/format-amount.ts';
import type { Period } from '../periods/period.ts';
import type { PassedCheck } from '../model/site-data.ts';
import type { Statement } from '../statement/statement.ts';
import { periodOf, statementAmount } from './period-of.ts';
import type { RecordRow } from './record-table.ts';
import { ACTIVITIES_FILE, type Activity } from './tables/activities.ts';

/**
 * Checks the cost of held activities against the fund statements: an activity with a cost
 * must fall in a period, and the activities charged to an account in a period may not cost
 * more than the statement shows for that account. The issue sits on the row whose cost
 * tips the sum over and names both figures. Periods without a statement (their fund file
 * has problems) are skipped. Returns the checks that passed, for auditors.
 */
export function checkActivityCosts(
  rows: readonly RecordRow<Activity>[],
  periods: readonly Period[],
  statements: ReadonlyMap<string, Statement>,
  issues: IssueList,
): PassedCheck[] {
  const sums = new Map<
    string,
    { period: Period; statement: Statement; fen: number; count: number; reported: boolean }
  >();
  for (const row of rows) {
    const a = row.value;
    if (a.status !== '已举办' || a.costFen === undefined || a.costFen === 0 || a.account === undefined) continue;
    const period = periodOf(a.date, periods);
    if (!period) {
      issues.add({
        file: ACTIVITIES_FILE,
        line: row.line,
        column: row.columns.date ?? 0,
        code: 'activity.outside-periods',
        message: `活动“${a.title}”有费用，但日期不在任何期间之内，无法与经费收支核对`,
        expected: periods.length ? `${periods[0]!.start} 至 ${periods.at(-1)!.end} 之间` : 'periods.csv 中某个期间之内',
        found: a.date,
      });
      continue;
    }
    const statement = statements.get(period.id);
    if (!statement) continue;
    const key = `${period.id}\u0000${a.account.code}`;
    const sum = sums.get(key) ?? { period, statement, fen: 0, count: 0, reported: false };
    sums.set(key, sum);
    sum.fen += a.costFen;
    sum.count += 1;
    const shown = statementAmount(statement, a.account);
    if (sum.fen > shown && !sum.reported) {
      sum.reported = true;
      issues.add({
        file: ACTIVITIES_FILE,
        line: row.line,
        column: row.columns.costFen ?? 0,
        code: 'activity.cost-exceeds-statement',
        message: `${period.label}列入“${a.account.name}”的活动费用合计 ${formatYuan(sum.fen)} 元，超过经费收支表中该科目的 ${formatYuan(shown)} 元`,
        expected: `不超过 ${formatYuan(shown)} 元（funds/${period.id}.csv 中“${a.account.name}”的金额）`,
        found: `${formatYuan(sum.fen)} 元（到本行为止 ${sum.count} 项活动）`,
        hint: '请核对活动费用和列支科目；费用如由行政或其他渠道承担，请不要填写科目和费用',
      });
    }
  }
  const passed = [...sums.values()].filter((s) => !s.reported);
  if (passed.length === 0) return [];
  return [
    {
      code: 'activity.cost-within-statement',
      label: '各期间列入同一科目的活动费用不超过经费收支表中该科目的金额',
      detail: `${passed.length} 个“期间 × 科目”组合、${passed.reduce((n, s) => n + s.count, 0)} 项活动已核对`,
    },
  ];
}

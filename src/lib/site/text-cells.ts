import type { FundLine } from '../funds/fund-line.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { PERIODS_FILE } from '../periods/read-periods.ts';
import type { Period } from '../periods/period.ts';
import { SIGNOFFS_FILE, type Signoff } from '../signoffs/read-signoffs.ts';
import type { TextCell } from '../text/check-published-text.ts';

/** The published free text of the data folder: period labels, fund memos, sign-off names. */
export function dataTextCells(
  periods: readonly Period[],
  funds: ReadonlyMap<string, readonly FundLine[]>,
  signoffs: readonly Signoff[],
): TextCell[] {
  const cells: TextCell[] = periods.map((p) => ({
    file: PERIODS_FILE,
    line: p.line,
    column: p.columns.label ?? 0,
    header: '名称',
    text: p.label,
  }));
  cells.push(...fundMemoCells(funds));
  for (const s of signoffs) {
    cells.push(
      { file: SIGNOFFS_FILE, line: s.line, column: s.columns.chair, header: '工会主席', text: s.chair },
      { file: SIGNOFFS_FILE, line: s.line, column: s.columns.auditChair, header: '经审会主任', text: s.auditChair },
      { file: SIGNOFFS_FILE, line: s.line, column: s.columns.financeHead, header: '财务负责人', text: s.financeHead },
      { file: SIGNOFFS_FILE, line: s.line, column: s.columns.preparer, header: '制表人', text: s.preparer },
    );
  }
  return cells;
}

/** The 摘要 of every fund line that has one, with its position. */
export function fundMemoCells(funds: ReadonlyMap<string, readonly FundLine[]>): TextCell[] {
  const cells: TextCell[] = [];
  for (const [file, lines] of funds) {
    for (const line of lines) {
      if (line.memo)
        cells.push({ file, line: line.line, column: line.columns.memo ?? 0, header: '摘要', text: line.memo });
    }
  }
  return cells;
}

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

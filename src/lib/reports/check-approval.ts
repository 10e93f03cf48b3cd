import type { IssueList } from '../issues/data-issue.ts';
import type { SiteData } from '../model/site-data.ts';
import type { FieldPositions } from './read-report-meta.ts';
import type { ReportMeta } from './report-meta.ts';

/**
 * A report approved (审议通过) by a session that congress.csv records must carry that
 * session's date as its 通过日期: the approval date is the report's disclosure date in the
 * register, and the report page prints it next to the session's name. A session missing
 * from congress.csv (or no congress.csv) is not checked.
 */
export function checkApprovalDate(
  file: string,
  meta: ReportMeta,
  positions: FieldPositions,
  site: SiteData,
  issues: IssueList,
): void {
  if (meta.status !== '审议通过' || meta.session === undefined || meta.approved === undefined) return;
  const session = site.records.congress.find((c) => c.session.label === meta.session);
  if (!session || session.date === meta.approved) return;
  issues.add({
    file,
    ...(positions.approved ?? positions.status ?? { line: 1, column: 1 }),
    code: 'report.approved-not-session-date',
    message: `通过日期与 congress.csv 中${meta.session}会议的日期不一致`,
    expected: session.date,
    found: meta.approved,
    hint: '审议通过的日期就是开会的日期；请改正报告信息中的通过日期，或 congress.csv 中的会议日期',
  });
}

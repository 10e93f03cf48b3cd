import { IssueList, type DataIssue } from '../issues/data-issue.ts';
import type { SiteData } from '../model/site-data.ts';
import { decodeText } from '../text/decode-text.ts';
import { checkReport, type CheckedReport } from './check-report.ts';

/** The reports folder as plain data: file name ("2021-work-report.mdx") → bytes. */
export type ReportFiles = ReadonlyMap<string, Uint8Array>;

/** The checked reports (in file name order) when there is no issue, and every issue found. */
export interface ReportsResult {
  reports?: CheckedReport[];
  issues: DataIssue[];
}

/**
 * Checks every file of the reports folder. `folder` prefixes file names in messages (e.g.
 * "content/reports"). Only UTF-8 `.mdx` files belong there; anything else is reported.
 * Pass `site` undefined when the data has problems: reports are then checked for syntax,
 * headings and placeholders, and their figures are not resolved.
 */
export function checkReports(files: ReportFiles, folder: string, site: SiteData | undefined): ReportsResult {
  const issues = new IssueList();
  const reports: CheckedReport[] = [];
  for (const [name, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = `${folder}/${name}`;
    if (!name.endsWith('.mdx') || name.includes('/')) {
      issues.add({
        file,
        line: 0,
        column: 0,
        code: 'report.unexpected-file',
        message: '报告文件夹中只能放 .mdx 报告文件',
        expected: '如 2023-work-report.mdx（不放子文件夹）',
        found: name,
        hint: /\.(docx?|wps)$/i.test(name)
          ? '请把 Word/WPS 文档的文字粘贴到 .mdx 文件中'
          : /\.md$/i.test(name)
            ? '请把扩展名改为 .mdx'
            : '请移走这个文件',
      });
      continue;
    }
    const decoded = decodeText(bytes);
    if (decoded.encoding !== 'utf-8' && decoded.encoding !== 'utf-8-bom') {
      issues.add({
        file,
        line: 0,
        column: 0,
        code: 'report.encoding',
        message: '报告文件不是 UTF-8 编码',
        expected: 'UTF-8',
        found: decoded.encoding,
        hint: '请在记事本或编辑器中“另存为”UTF-8 编码',
      });
      continue;
    }
    const report = checkReport(file, name, decoded.text, site, issues);
    if (report) reports.push(report);
  }
  return issues.count > 0 ? { issues: issues.sorted() } : { reports, issues: [] };
}

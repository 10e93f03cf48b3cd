// npm run check: load and check the data folder without building pages.
// Exit 0 when the data is clean, 1 with the full report (Chinese) when it is not.
import { readDataDir, dataDir } from '../src/data/read-data-dir.ts';
import { formatIssue, formatIssueReport } from '../src/lib/issues/data-issue.ts';
import { loadSite } from '../src/lib/site/load-site.ts';
import { formatYuan } from '../src/lib/money/format-amount.ts';
import { readReportFiles, reportsLabel } from '../src/data/read-content-dir.ts';
import { checkReports } from '../src/lib/reports/check-reports.ts';

const started = performance.now();
const dir = dataDir();
const files = readDataDir(dir);
const result = loadSite(files);
const reports = checkReports(readReportFiles(), reportsLabel(), result.site);
const ms = Math.round(performance.now() - started);
if (!result.site || !reports.reports) {
  console.error(formatIssueReport([...result.issues, ...reports.issues]));
  console.error(`\n(data folder: ${dir}, ${files.size} files, ${ms} ms)`);
  process.exit(1);
}
const periods = result.site.periods;
for (const p of periods) {
  const s = p.statement;
  console.log(
    `${s.period.id.padEnd(12)} 收入 ${formatYuan(s.income.totalFen).padStart(14)}  支出 ${formatYuan(s.expense.totalFen).padStart(14)}  期末结余 ${formatYuan(s.closingFen).padStart(14)}  (${s.lineCount} 行)`,
  );
}
const drafts = reports.reports.filter((r) => !r.published).length;
console.log(
  `报告检查通过：${reports.reports.length} 篇报告${drafts ? `（其中 ${drafts} 篇草稿不发布）` : ''}，所引用的数字均与数据一致。`,
);
const r = result.site.records;
const aidCount = r.aid.periods.reduce((n, p) => n + p.count, 0);
console.log(
  `记录：活动 ${r.activities.length} 项，帮扶慰问 ${aidCount} 人次，代表大会 ${r.congress.length} 次，提案 ${r.proposals.length} 件，选举 ${r.elections.length} 次，荣誉 ${r.honours.length} 项`,
);
for (const warning of result.warnings ?? []) console.log(`提示：${formatIssue(warning)}`);
console.log(`数据检查通过：${files.size} 个文件，${periods.length} 个期间，用时 ${ms} 毫秒。`);

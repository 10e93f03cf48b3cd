// npm run check: load and check the data and reports folders without building pages, by the
// same sequence as the build (src/build/load-build.ts), build date included.
// Exit 0 when everything is clean, 1 with the full report (Chinese) when it is not; any
// exception ends in one Chinese message, never a stack trace.
import { explainError } from '../src/build/explain-error.ts';
import { loadBuild, type LoadedBuild } from '../src/build/load-build.ts';
import { formatIssue, formatIssueReport } from '../src/lib/issues/data-issue.ts';
import { formatYuan } from '../src/lib/money/format-amount.ts';

const started = performance.now();
let loaded: LoadedBuild;
try {
  loaded = loadBuild();
} catch (error) {
  console.error(`检查数据时出错：${explainError(error)}`);
  process.exit(1);
}
const ms = Math.round(performance.now() - started);
if (loaded.error) {
  console.error(loaded.error);
  process.exit(1);
}
if (!loaded.context) {
  console.error(formatIssueReport(loaded.issues));
  console.error(`\n(data folder: ${loaded.dataDir}, ${loaded.files.size} files, ${ms} ms)`);
  process.exit(1);
}
const { site, reports } = loaded.context;
const periods = site.periods;
for (const p of periods) {
  const s = p.statement;
  console.log(
    `${s.period.id.padEnd(12)} 收入 ${formatYuan(s.income.totalFen).padStart(14)}  支出 ${formatYuan(s.expense.totalFen).padStart(14)}  期末结余 ${formatYuan(s.closingFen).padStart(14)}  (${s.lineCount} 行)`,
  );
}
const drafts = reports.filter((r) => !r.published).length;
console.log(
  `报告检查通过：${reports.length} 篇报告${drafts ? `（其中 ${drafts} 篇草稿不发布）` : ''}，所引用的数字均与数据一致。`,
);
const r = site.records;
const aidCount = r.aid.periods.reduce((n, p) => n + p.count, 0);
console.log(
  `记录：活动 ${r.activities.length} 项，帮扶慰问 ${aidCount} 人次，代表大会 ${r.congress.length} 次，提案 ${r.proposals.length} 件，选举 ${r.elections.length} 次，荣誉 ${r.honours.length} 项`,
);
for (const warning of loaded.context.warnings) console.log(`提示：${formatIssue(warning)}`);
console.log(`数据检查通过：${loaded.files.size} 个文件，${periods.length} 个期间，用时 ${ms} 毫秒。`);

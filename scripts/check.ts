// npm run check: load and check the data and reports folders without building pages, by the
// same sequence as the build (src/build/load-build.ts), build date included.
// Exit 0 when everything is clean, 1 with the full report (Chinese) when it is not; any
// exception ends in one Chinese message, never a stack trace. The 提醒 (warnings) are printed
// after the errors and never change the exit code, except with --strict (for CI), where any
// 提醒 makes it 1. With --json the last line of stdout is {ok, issues, reminders} for
// npm run dev (the human-readable text is printed before it).
import { parseArgs } from 'node:util';
import { explainError } from '../src/build/explain-error.ts';
import { loadBuild, type LoadedBuild } from '../src/build/load-build.ts';
import { formatIssueReport } from '../src/lib/issues/data-issue.ts';
import { formatYuan } from '../src/lib/money/format-amount.ts';
import { formatReminders } from '../src/lib/reminders/site-reminders.ts';
import type { DataIssue } from '../src/lib/issues/data-issue.ts';

const { values: args } = parseArgs({
  options: { json: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false } },
});

/** Ends the run: with --json, the machine-readable result as the last line of stdout. */
function finish(code: 0 | 1, issues: readonly DataIssue[], warnings: readonly DataIssue[]): never {
  if (args.json) console.log(JSON.stringify({ ok: code === 0, issues, reminders: warnings }));
  process.exit(code);
}

const started = performance.now();
let loaded: LoadedBuild;
try {
  loaded = loadBuild();
} catch (error) {
  const message = `检查数据时出错：${explainError(error)}`;
  console.error(message);
  finish(1, [{ file: 'data', line: 0, column: 0, code: 'check.failed', message }], []);
}
const ms = Math.round(performance.now() - started);
if (loaded.error) {
  console.error(loaded.error);
  finish(1, [{ file: loaded.dataDir, line: 0, column: 0, code: 'check.options', message: loaded.error }], []);
}
const reminders = formatReminders(loaded.warnings);
if (!loaded.context) {
  console.error(formatIssueReport(loaded.issues));
  if (reminders) console.error(`\n${reminders}`);
  console.error(`\n(data folder: ${loaded.dataDir}, ${loaded.files.size} files, ${ms} ms)`);
  finish(1, loaded.issues, loaded.warnings);
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
console.log(`数据检查通过：${loaded.files.size} 个文件，${periods.length} 个期间，用时 ${ms} 毫秒。`);
if (reminders) console.log(`\n${reminders}`);
if (args.strict && loaded.warnings.length > 0) {
  console.error(`\n--strict：有 ${loaded.warnings.length} 条提醒，按错误处理（退出码 1）。`);
  finish(1, loaded.warnings, []);
}
finish(0, [], loaded.warnings);

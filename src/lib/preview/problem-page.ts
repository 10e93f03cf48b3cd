import type { DataIssue } from '../issues/data-issue.ts';
import { issuePosition } from '../issues/data-issue.ts';

/** What the preview shows while the data has problems. */
export interface ProblemPageInput {
  /** Errors: the site is not rebuilt until there are none. */
  issues: readonly DataIssue[];
  /** 提醒 found in the last good data, shown below the errors. */
  reminders: readonly DataIssue[];
  /** When the data was last checked, as staff read it ("10:42:05"). */
  checkedAt: string;
  /** A script that reloads the page when the data changes (injected by the preview server). */
  reloadScript: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function issueItem(issue: DataIssue): string {
  const detail = [
    issue.expected === undefined ? '' : `<dt>应为</dt><dd>${escapeHtml(issue.expected)}</dd>`,
    issue.found === undefined ? '' : `<dt>实际为</dt><dd>${escapeHtml(issue.found)}</dd>`,
    issue.hint === undefined ? '' : `<dt>提示</dt><dd>${escapeHtml(issue.hint)}</dd>`,
  ].join('');
  return (
    `<li><p class="where">${escapeHtml(issuePosition(issue))}</p>` +
    `<p class="what">${escapeHtml(issue.message)} <code>${escapeHtml(issue.code)}</code></p>` +
    (detail ? `<dl>${detail}</dl>` : '') +
    '</li>'
  );
}

/**
 * The page the live preview serves in place of every page while the data has problems:
 * each problem with its file, line and column (sheet and cell for a workbook), message,
 * 应为 / 实际为 / 提示, then the reminders. A complete HTML document in Chinese, styled
 * inline (it must show even when the site's own styles are not built).
 */
export function problemPageHtml({ issues, reminders, checkedAt, reloadScript }: ProblemPageInput): string {
  const files = new Set(issues.map((i) => i.file)).size;
  const reminderList = reminders.length
    ? `<h2>提醒（${reminders.length} 条）</h2><ol class="reminders">${reminders.map(issueItem).join('')}</ol>`
    : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>数据有 ${issues.length} 处问题 · 预览</title>
<style>
body{margin:0;font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',system-ui,sans-serif;line-height:1.7;color:#1f2328;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.5rem;color:#8c1d18;margin:0 0 .25rem}
.status{color:#57606a;margin:0 0 1.5rem}
ol{padding-left:1.5rem}
li{margin:0 0 1.25rem;padding:.75rem 1rem;border-left:4px solid #b3261e;background:#f6f8fa}
.reminders li{border-left-color:#9a6700}
.where{margin:0;font-family:Consolas,'Liberation Mono',monospace;font-size:.9rem;color:#57606a;word-break:break-all}
.what{margin:.25rem 0;font-weight:600}
code{font-weight:400;color:#57606a}
dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .75rem;margin:.25rem 0 0}
dt{color:#57606a}dd{margin:0}
</style>
</head>
<body>
<main data-preview="problems">
<h1>数据检查未通过：${files} 个文件中共有 ${issues.length} 处问题</h1>
<p class="status">网站没有按这些数据重新生成，页面暂不显示，以免看到过期的数字。改正并保存文件后，本页会自动刷新。最近检查：${escapeHtml(checkedAt)}</p>
<ol class="issues">${issues.map(issueItem).join('')}</ol>
${reminderList}
</main>
${reloadScript}
</body>
</html>
`;
}

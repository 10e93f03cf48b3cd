// npm run dev [-- --port 4321]: the live preview. Checks the data and reports, builds the
// site into .preview/site and serves it at http://127.0.0.1:<port>/; on every save in the
// data or reports folder it checks again and rebuilds, and open pages reload. While the
// data has problems every page shows the list of problems (file, line, column, message,
// hint) instead of stale figures. Ctrl+C stops it.
import { existsSync, watch } from 'node:fs';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DataIssue } from '../src/lib/issues/data-issue.ts';
import { problemPageHtml } from '../src/lib/preview/problem-page.ts';
import { startPreviewServer } from './lib/preview-server.ts';

const { values: args } = parseArgs({ options: { port: { type: 'string', default: '4321' } } });
const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(process.env.UNION_DATA_DIR || 'data');
const contentDir = resolve(process.env.UNION_CONTENT_DIR || 'content');
const siteDir = resolve(process.env.UNION_PREVIEW_DIR || '.preview/site');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs a script of this project in a fresh process; resolves with its exit code and output. */
function runScript(script: string, argv: string[], extraEnv: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [resolve(root, script), ...argv], { env: { ...env, ...extraEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

const time = (): string => new Date().toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });

const waitingPage = (title: string, text: string) => (reload: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-preview="waiting" style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto"><h1>${title}</h1><p>${text}</p></main>${reload}</body></html>`;

const server = await startPreviewServer(Number(args.port), {
  kind: 'page',
  status: 503,
  html: waitingPage('正在检查数据……', '第一次检查和生成需要几秒钟，完成后本页会自动刷新。'),
});

function showProblems(issues: readonly DataIssue[], reminders: readonly DataIssue[]): void {
  const checkedAt = time();
  server.show({
    kind: 'page',
    status: 503,
    html: (reloadScript) => problemPageHtml({ issues, reminders, checkedAt, reloadScript }),
  });
}

/** One check and, when it passes, one build; the preview then shows the result. */
async function refresh(): Promise<void> {
  const check = await runScript('scripts/check.ts', ['--json']);
  const lastLine = check.stdout.trim().split('\n').at(-1) ?? '';
  let result: { ok: boolean; issues: DataIssue[]; reminders: DataIssue[] };
  try {
    result = JSON.parse(lastLine) as typeof result;
  } catch {
    const message = (check.stderr || check.stdout).trim() || '检查程序没有输出结果';
    showProblems([{ file: dataDir, line: 0, column: 0, code: 'preview.check-failed', message }], []);
    console.log(`[${time()}] 检查失败：${message.split('\n')[0]}`);
    return;
  }
  if (!result.ok) {
    showProblems(result.issues, result.reminders);
    console.log(`[${time()}] 数据有 ${result.issues.length} 处问题，预览显示问题清单：${server.url}`);
    return;
  }
  const build = await runScript('scripts/build.ts', [], { UNION_DIST_DIR: siteDir });
  if (build.code !== 0) {
    const message = (build.stderr || build.stdout).trim().split('\n').slice(-20).join('\n');
    showProblems(
      [{ file: '（生成网站）', line: 0, column: 0, code: 'preview.build-failed', message }],
      result.reminders,
    );
    console.log(`[${time()}] 网站生成失败，预览显示原因。`);
    return;
  }
  server.show({ kind: 'site', dir: siteDir });
  const note = result.reminders.length ? `，另有 ${result.reminders.length} 条提醒（见 npm run check）` : '';
  console.log(`[${time()}] 数据检查通过，预览已更新${note}：${server.url}`);
}

let running: Promise<void> | undefined;
let again = false;
let timer: NodeJS.Timeout | undefined;

/** Runs refresh after a quiet moment; saves during a refresh cause one more afterwards. */
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (running) {
      again = true;
      return;
    }
    running = refresh().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule();
      }
    });
  }, 300);
}

for (const dir of [dataDir, contentDir]) if (existsSync(dir)) watch(dir, { recursive: true }, schedule);
console.log(
  `预览地址：${server.url}（数据：${dataDir}，报告：${contentDir}）。保存文件后会自动重新检查；按 Ctrl+C 结束。`,
);
schedule();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}

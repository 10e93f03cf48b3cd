/**
 * Reports end to end: `npm run build` of the test fixture (test/fixtures/base) with the
 * fixture reports (test/fixtures/content). Checks the published pages, that a 草稿 leaves no
 * trace in dist/, that one changed amount changes every figure that depends on it, and that
 * bad reports stop the build before any page is written, naming the .mdx file and line.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'union-reports-'));
const content = join(root, 'test/fixtures/content');

function build(env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** A copy of the base fixture with files replaced. */
function dataWith(name: string, files: Record<string, string> = {}): string {
  const dir = join(work, name);
  cpSync(join(root, 'test/fixtures/base'), dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

/** A content folder holding one report. */
function contentWith(name: string, report: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'reports'), { recursive: true });
  writeFileSync(join(dir, 'reports/bad.mdx'), report);
  return dir;
}

/** The text of every inline figure on a page, in order, as the resolver prints it (no-break spaces as spaces). */
function figures(html: string): string[] {
  // A figure holds its text and, around each number with its unit, a .figure-unit span.
  return [...html.matchAll(/<span class="figure">((?:[^<]|<span class="figure-unit">[^<]*<\/span>)*)<\/span>/g)].map(
    (m) => m[1]!.replace(/<[^>]*>/g, '').replace(/\u00a0|&nbsp;|&#160;/g, ' '),
  );
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

const REPORT = 'reports/2023-report/index.html';
const distA = join(work, 'dist-a');
const distB = join(work, 'dist-b');
// The first 会费收入 line of 2023 goes from 1,500.00 to 2,000.00; the declared closing follows.
const ledger2023 = readFileSync(join(root, 'test/fixtures/base/funds/2023.csv'), 'utf8').replace(
  '会费收入,1500.00,一季度会费',
  '会费收入,2000.00,一季度会费',
);
const periods = readFileSync(join(root, 'test/fixtures/base/periods.csv'), 'utf8').replace(',,12500.00', ',,13000.00');

describe('reports in the built site', () => {
  beforeAll(() => {
    for (const [data, dist] of [
      [dataWith('data-a'), distA],
      [dataWith('data-b', { 'funds/2023.csv': ledger2023, 'periods.csv': periods }), distB],
    ] as const) {
      const result = build({ UNION_DATA_DIR: data, UNION_CONTENT_DIR: content, UNION_DIST_DIR: dist });
      if (result.status !== 0) throw new Error(result.output);
    }
  });

  it('numbers nested headings in Chinese style and lists them in the contents', () => {
    const html = readFileSync(join(distA, REPORT), 'utf8');
    const headings = [
      ...html.matchAll(/<h([2-5]) id="[^"]*"><span class="heading-number">([^<]*)<\/span>([^<]*)<\/h\1>/g),
    ].map((m) => `${m[2]}${m[3]}`);
    expect(headings).toEqual([
      '一、工作回顾',
      '（一）经费收入',
      '1.支出',
      '2.结余',
      '（1）上年',
      '（二）会员',
      '二、工作打算',
    ]);
    const toc = html.slice(
      html.indexOf('class="report-toc'),
      html.indexOf('</nav>', html.indexOf('class="report-toc')),
    );
    const entries = [...toc.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((m) => m[2]);
    expect(entries).toEqual(['一、工作回顾', '（一）经费收入', '（二）会员', '二、工作打算']);
    for (const id of [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])) expect(html).toContain(`id="${id}"`);
  });

  it('shows the session and a banner while the report awaits the congress', () => {
    const html = readFileSync(join(distA, REPORT), 'utf8');
    expect(html).toContain('提交一届二次职代会');
    expect(html).toMatch(/class="report-banner"[^>]*>\s*本报告为提请一届二次职代会审议的稿件/);
    expect(html).toContain('href="/funds/2023/"');
    expect(html).toContain('href="/funds/2022/"');
  });

  it('leaves a 草稿 out of dist/ entirely: no page, no list entry, no text in any file', () => {
    expect(existsSync(join(distA, 'reports/2023-draft'))).toBe(false);
    for (const file of allFiles(distA)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain('测试工会草稿报告不应发布');
      expect(text, file).not.toContain('这段草稿文字');
    }
    expect(readFileSync(join(distA, 'reports/index.html'), 'utf8')).toContain('测试工会2023年度工作报告');
  });

  it('changes every figure that depends on a changed amount, and no other', () => {
    const before = figures(readFileSync(join(distA, REPORT), 'utf8'));
    const after = figures(readFileSync(join(distB, REPORT), 'utf8'));
    expect(before).toEqual([
      '3,000.00 元',
      '占本期收入合计的 37.50%',
      '5,000.00 元',
      '占本期收入合计的 62.50%',
      '8,000.00 元',
      '比2022年度减少 2,000.00 元，下降 20.00%',
      '7,500.00 元',
      '占本期支出合计的 20.00%',
      '12,500.00 元',
      '壹万贰仟伍佰元整',
      '为预算数的 100.00%',
      '10,000.00 元',
      '104 人',
    ]);
    expect(after).toEqual([
      '3,500.00 元',
      '占本期收入合计的 41.18%',
      '5,000.00 元',
      '占本期收入合计的 58.82%',
      '8,500.00 元',
      '比2022年度减少 1,500.00 元，下降 15.00%',
      '7,500.00 元',
      '占本期支出合计的 20.00%',
      '13,000.00 元',
      '壹万叁仟元整',
      '为预算数的 116.67%',
      '10,000.00 元',
      '104 人',
    ]);
    const table = readFileSync(join(distB, REPORT), 'utf8');
    expect(table).toMatch(/会费收入<\/th>\s*<td class="num">3,500.00<\/td>\s*<td class="num">41.18%<\/td>/);
  });
});

const FRONT = '---\n标题: 测试报告\n类型: 工作报告\n期间: 2023\n日期: 2024-01-20\n状态: 草稿\n---\n\n';

describe('a bad report stops the build before any page is written', () => {
  it.each([
    [
      'a period that does not exist',
      '收入 <Amount period="2024" total="本期收入" />。\n',
      ':9:12  <Amount> 期间“2024”不在 periods.csv 中 [report.unknown-period]',
    ],
    [
      'an account that does not exist',
      '\n\n会费 <Amount period="2023" account="会员费收入" />\n',
      ':11:26  <Amount> 科目“会员费收入”不在2021年制度的科目表中',
    ],
    ['a placeholder', '## 概况\n\n全年活动 20xx 次。\n', ':11:6  报告中有未替换的占位符“20xx” [report.placeholder]'],
    [
      'headings numbered 一、二、二、',
      '## 一、回顾\n\n## 二、经费\n\n## 二、打算\n',
      ':13:4  标题编号重复：这里应为“三、”，手写的是“二、”',
    ],
  ])('%s', (name, body, expected) => {
    const dir = contentWith(name.replace(/\W+/g, '-') || 'case', FRONT + body);
    const target = join(work, `dist-${Math.random().toString(36).slice(2)}`);
    mkdirSync(target);
    const result = build({
      UNION_DATA_DIR: join(root, 'test/fixtures/base'),
      UNION_CONTENT_DIR: dir,
      UNION_DIST_DIR: target,
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${dir}/reports/bad.mdx${expected}`);
    expect(result.output).toContain('网站未生成');
    expect(result.output).not.toContain('astro');
    expect(readdirSync(target)).toEqual([]);
  });
});

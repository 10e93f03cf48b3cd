/**
 * The demo reports (content/reports) against the demo data (data/): they pass every check,
 * contain no figure typed by hand, and follow the data when an amount changes.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFiles } from '../../../src/build/read-content-dir.ts';
import { readDataDir } from '../../../src/build/read-data-dir.ts';
import { formatIssueReport } from '../../../src/lib/issues/data-issue.ts';
import { checkReports } from '../../../src/lib/reports/check-reports.ts';
import { resolveTag } from '../../../src/lib/reports/figures/figure-tags.ts';
import { scanMdx } from '../../../src/lib/reports/scan-mdx.ts';
import { loadSite } from '../../../src/lib/site/load-site.ts';
import type { SiteData } from '../../../src/lib/model/site-data.ts';
import { readWorkbooks } from '../../../src/build/read-workbooks.ts';

const root = resolve(import.meta.dirname, '../../..');
const reportFiles = readReportFiles(resolve(root, 'content/reports'));
const sources = [...reportFiles].map(([name, bytes]) => ({ name, text: new TextDecoder().decode(bytes) }));
const demoFiles = readDataDir(resolve(root, 'data'));
const site = loadSite(demoFiles, { workbooks: readWorkbooks(demoFiles) }).site!;

/** Every tag of every demo report, resolved against `data`: "file#n" → printed text. */
function figures(data: SiteData): Map<string, { text: string; periods: string[] }> {
  const out = new Map<string, { text: string; periods: string[] }>();
  for (const { name, text } of sources) {
    scanMdx(text).tags.forEach((tag, i) => {
      const result = resolveTag(data, tag.name, Object.fromEntries(tag.attributes.map((a) => [a.name, a.value])));
      if (!result.ok) throw new Error(`${name} ${tag.line}: ${result.problem.message}`);
      out.set(`${name}#${i}`, result.figure);
    });
  }
  return out;
}

describe('the demo reports', () => {
  it('pass every check against the demo data, and one of them is a draft', () => {
    const result = checkReports(reportFiles, 'content/reports', site);
    expect(formatIssueReport(result.issues)).toContain('共有 0 处问题');
    expect(result.reports!.length).toBeGreaterThanOrEqual(6);
    expect(result.reports!.filter((r) => !r.published).map((r) => r.slug)).toEqual(['2024-audit-report']);
    const work = result.reports!.filter((r) => r.published && /工作报告/.test(r.meta.kind));
    expect(work.flatMap((r) => r.meta.periods).sort()).toEqual(site.periods.map((p) => p.statement.period.id));
  });

  it('contain no figure typed by hand: outside the tags, digits appear only in years and dates', () => {
    for (const { name, text } of sources) {
      for (const { line, text: prose } of scanMdx(text).prose) {
        const rest = prose.replace(/\d{4}(?:—\d{4})?年(?:度|\d{1,2}月(?:\d{1,2}日)?)?/g, '');
        expect(rest, `${name}:${line}`).not.toMatch(/[0-9０-９]/);
      }
    }
  });

  it('change every figure that depends on a changed amount, and nothing else', () => {
    // 2023 会费收入 +500.00, with the stated 收入合计 and the declared closings that follow it.
    // Without the recorded figures and corrections: they would (rightly) stop a change of published figures
    // that has no corrections.csv entry, and this test is about the reports following the data.
    // The balance sheets would have to move with the closing balances; they are not what this test is about either.
    const files = new Map(
      [...demoFiles].filter(
        ([path]) =>
          !path.startsWith('published/') &&
          path !== 'corrections.csv' &&
          path !== 'balance-sheets/2023.csv' &&
          path !== 'balance-sheets/2024.csv',
      ),
    );
    const edit = (path: string, from: string, to: string) => {
      const text = new TextDecoder().decode(files.get(path)!);
      expect(text).toContain(from);
      files.set(path, new TextEncoder().encode(text.replace(from, to)));
    };
    edit('funds/2023.csv', '会费收入,"52,368.50"', '会费收入,"52,868.50"');
    edit('funds/2023.csv', '收入合计,"226,804.95"', '收入合计,"227,304.95"');
    edit('periods.csv', ',,63873.93', ',,64373.93');
    edit('periods.csv', ',,66904.86', ',,67404.86');
    const changed = loadSite(files, { workbooks: readWorkbooks(files) });
    expect(formatIssueReport(changed.issues)).toContain('共有 0 处问题');
    const before = figures(site);
    const after = figures(changed.site!);
    const moved: Record<string, string> = {
      '52,368.50 元': '52,868.50 元',
      '226,804.95 元': '227,304.95 元',
      '4,808.55 元': '5,308.55 元',
      '63,873.93 元': '64,373.93 元',
      '6.39 万元': '6.44 万元',
      '66,904.86 元': '67,404.86 元',
      '6.69 万元': '6.74 万元',
    };
    let count = 0;
    for (const [key, figure] of before) {
      const now = after.get(key)!.text;
      if (now !== figure.text) count += 1;
      if (!figure.periods.some((id) => id === '2023' || id === '2024') && figure.text !== '')
        expect(now, key).toBe(figure.text);
      for (const [old, updated] of Object.entries(moved)) {
        if (figure.text.includes(old)) expect(now, key).toContain(updated);
      }
    }
    const shares = [...before].filter(([, f]) => f.periods.includes('2023') && f.text.startsWith('占本期收入合计'));
    expect(shares.length).toBeGreaterThan(0);
    for (const [key, f] of shares) expect(after.get(key)!.text, key).not.toBe(f.text);
    expect(count).toBeGreaterThan(15);
  });
});

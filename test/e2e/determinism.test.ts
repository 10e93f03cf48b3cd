// Two builds of the same input give byte-identical dist/; the build date on the pages is the
// injected UNION_BUILD_DATE, the only value that may differ between builds.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { compareBuilds, listFiles } from '../../scripts/lib/quality/dist-files.ts';
import { formatProblems } from '../../scripts/lib/quality/problem.ts';
import { E2E_BUILD_DATE } from './global-setup.ts';

describe('the build', () => {
  it('is byte-identical when run twice on the same input', () => {
    expect(formatProblems(compareBuilds(inject('rootDist'), inject('rootAgainDist')))).toEqual([]);
  });

  it('shows the build date from UNION_BUILD_DATE on every page', () => {
    const pages = listFiles(inject('rootDist')).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages)
      expect(readFileSync(join(inject('rootDist'), file), 'utf8'), file).toContain(`生成日期 ${E2E_BUILD_DATE}`);
  });
});

describe('compareBuilds', () => {
  it('reports files that differ and files present in one build only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'union-compare-'));
    const files: [string, string][] = [
      ['a/index.html', 'same'],
      ['a/funds/index.html', '1'],
      ['a/only-a.css', ''],
      ['b/index.html', 'same'],
      ['b/funds/index.html', '2'],
      ['b/only-b.js', ''],
    ];
    for (const [path, text] of files) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    expect(formatProblems(compareBuilds(join(dir, 'a'), join(dir, 'b')))).toEqual([
      'funds/index.html · determinism · 两次生成的内容不同',
      'only-a.css · determinism · 只在第一次生成中出现',
      'only-b.js · determinism · 只在第二次生成中出现',
    ]);
  });
});

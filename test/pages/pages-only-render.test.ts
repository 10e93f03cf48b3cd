/**
 * Pages and components only render: every figure, row, filter and sort lives in a pure
 * view-model (src/lib/views/pages/), where the golden tests see it.
 *
 * Why a test over the source text rather than an eslint rule: eslint does not parse .astro
 * files in this project (no astro parser installed), and the question is textual enough —
 * an array method call is the sign of computing over records. The front matter of a page
 * or component, and an endpoint (.ts under src/pages), may call none of them; the markup
 * may call `.map(` only, which is how Astro renders a list of rows the view-model already
 * made. A method of the same name on another object (a string's `.split(`, a Map's `get`)
 * is not in the list, so the check does not get in the way of plain rendering.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Array methods that compute over records: none in front matter or endpoints. */
const COMPUTING = [
  'reduce',
  'filter',
  'map',
  'find',
  'findIndex',
  'findLast',
  'sort',
  'flatMap',
  'some',
  'every',
  'join',
];
/** In the markup, `.map(` renders a list; the others still compute. */
const IN_MARKUP = COMPUTING.filter((m) => m !== 'map');

function filesBelow(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

/** The calls of `methods` in `text`, as "line N: .name(" (line numbers start at `firstLine`). */
function calls(text: string, methods: readonly string[], firstLine = 1): string[] {
  const pattern = new RegExp(`\\.(${methods.join('|')})\\(`, 'g');
  return text
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(pattern)].map((m) => `第 ${i + firstLine} 行：.${m[1]}(`));
}

/** An .astro file's front matter (between the first two `---` lines) and its markup. */
function split(source: string): { frontMatter: string; markup: string; markupLine: number } {
  const lines = source.split('\n');
  if (lines[0] !== '---') return { frontMatter: '', markup: source, markupLine: 1 };
  const end = lines.indexOf('---', 1);
  return {
    frontMatter: lines.slice(1, end).join('\n'),
    markup: lines.slice(end + 1).join('\n'),
    markupLine: end + 2,
  };
}

const astroFiles = ['src/pages', 'src/components', 'src/layouts'].flatMap((dir) =>
  filesBelow(resolve(root, dir), '.astro'),
);
const endpoints = filesBelow(resolve(root, 'src/pages'), '.ts');

describe('pages and components only render', () => {
  it('finds the pages', () => {
    expect(astroFiles.length).toBeGreaterThan(20);
    expect(endpoints.length).toBeGreaterThan(0);
  });

  it.each(astroFiles.map((f) => [relative(root, f), f]))('%s: no computing in front matter or markup', (_, file) => {
    const { frontMatter, markup, markupLine } = split(readFileSync(file, 'utf8'));
    expect([...calls(frontMatter, COMPUTING, 2), ...calls(markup, IN_MARKUP, markupLine)]).toEqual([]);
  });

  it.each(endpoints.map((f) => [relative(root, f), f]))('%s: no computing in an endpoint', (_, file) => {
    expect(calls(readFileSync(file, 'utf8'), COMPUTING)).toEqual([]);
  });

  it('the check catches a computing call', () => {
    const { frontMatter, markup } = split('---\nconst x = rows.filter((r) => r.ok);\n---\n<p>{a.find((b) => b)}</p>\n');
    expect(calls(frontMatter, COMPUTING, 2)).toEqual(['第 2 行：.filter(']);
    expect(calls(markup, IN_MARKUP, 4)).toEqual(['第 4 行：.find(']);
    expect(calls('{rows.map((r) => <td>{r}</td>)}', IN_MARKUP)).toEqual([]);
  });
});

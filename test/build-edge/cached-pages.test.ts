/**
 * The pages the route cache serves show nothing but their view model (and what the cache's
 * base key covers): each is the page file its route names, gets its paths from
 * pathsToRender and its view model from pageView under the same route, hands that view model
 * to Base as `data`, and reads nothing else of the build (no context call, no report
 * component, which reads the whole site).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHED_PAGES } from '../../src/build/cached-pages.ts';

const root = resolve(import.meta.dirname, '../..');
const pages = join(root, 'src/pages');
const routes = Object.keys(CACHED_PAGES);

describe('cached pages', () => {
  it.each(routes)('%s renders only its view model', (route) => {
    const source = readFileSync(join(pages, `${route}.astro`), 'utf8');
    expect(source).toContain(`return pathsToRender('${route}');`);
    expect(source).toContain(`const vm = pageView('${route}', Astro);`);
    expect(source).toMatch(/<Base\s+data=\{vm\}/);
    expect(source).not.toMatch(/build\/context\.ts|components\/reports\//);
  });

  it('no other page uses the route cache', () => {
    const users = readdirSync(pages, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.astro'))
      .map((e) => join(e.parentPath, e.name))
      .filter((f) => /pathsToRender\(|pageView\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(pages, f).replace(/\.astro$/, ''))
      .sort();
    expect(users).toEqual([...routes].sort());
  });

  it('no component but the report components reads the build context', () => {
    const components = join(root, 'src/components');
    const readers = readdirSync(components, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .filter((f) => readFileSync(f, 'utf8').includes('build/context.ts'))
      .map((f) => relative(components, f));
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.filter((f) => !f.startsWith('reports/'))).toEqual([]);
  });
});

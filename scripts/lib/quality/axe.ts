// axe-core in the page: WCAG 2.x A/AA plus axe's best practices (landmarks, one <h1>,
// headers on data tables, names for images and charts, contrast, lang).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Problem } from './problem.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The axe rule tags the site must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core on the loaded page; one problem per violated rule, naming up to 3 nodes. */
export async function checkAccessibility(page: Page, path: string): Promise<Problem[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, AXE_TAGS);
  return violations.map((v) => ({
    check: 'axe',
    page: path,
    detail: `${v.id}（${v.impact ?? '—'}）${v.help}：${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join('，')}${v.nodes.length > 3 ? ` 等 ${v.nodes.length} 处` : ''}`,
  }));
}

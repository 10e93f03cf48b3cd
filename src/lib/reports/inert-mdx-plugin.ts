/**
 * The inert-report check as a plugin of the MDX compiler (Sätteri mdast plugin), for
 * astro.config.mjs: the build refuses a report the check would refuse, even one that never
 * went through `npm run check`. It runs checkInertTree on the tree being compiled and throws
 * "line:column: message" (which Astro reports with the file) on the first problem.
 */
import { FIGURE_TAGS } from './figures/figure-tags.ts';
import { checkInertTree, type MdxNode } from './inert-mdx.ts';

/** The component names reports may use (the figure tags). */
export const REPORT_COMPONENTS: ReadonlySet<string> = new Set(FIGURE_TAGS.map((t) => t.name));

/** The plugin definition (name, position tracking, a hook over the whole tree). */
export const inertReportsPlugin = {
  name: 'union-inert-reports',
  options: { position: true },
  before(root: unknown): void {
    const problems = checkInertTree(root as MdxNode, REPORT_COMPONENTS);
    const first = problems[0];
    if (!first) return;
    const more = problems.length > 1 ? `（另有 ${problems.length - 1} 处）` : '';
    throw new Error(`${first.line}:${first.column}: ${first.message}${more}：${first.found ?? ''}`);
  },
};

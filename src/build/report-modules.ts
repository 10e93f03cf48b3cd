/**
 * The compiled MDX of the reports folder (UNION_CONTENT_DIR/reports, aliased as
 * "@union-reports" in astro.config.mjs), by slug. Only pages import this module.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/** A heading as MDX reports it: depth, the id of the element, plain text. */
export interface MdxHeading {
  depth: number;
  slug: string;
  text: string;
}

/** What a compiled .mdx module exports that the report page uses. */
export interface ReportModule {
  Content: AstroComponentFactory;
  getHeadings(): MdxHeading[];
}

const modules = import.meta.glob<ReportModule>('@union-reports/*.mdx', { eager: true });

/** The compiled report `slug` ("2021-work-report" for 2021-work-report.mdx). */
export function reportModule(slug: string): ReportModule {
  const entry = Object.entries(modules).find(([path]) => path.endsWith(`/${slug}.mdx`));
  if (!entry) throw new Error(`找不到报告文件 ${slug}.mdx`);
  return entry[1];
}

/**
 * A scanner for the MDX that staff write: front matter, `#` headings, self-closing
 * component tags with quoted attributes (`<Amount period="2021" account="会费收入" />`)
 * and `{/* … *\/}` comments. It finds what the checks need, with the line and column of
 * each item in the .mdx file, before Astro compiles anything; constructs outside this
 * subset that MDX would reject or treat as code (`{…}`, `<!-- -->`, import/export, a
 * lone `<`) are reported as problems with a Chinese explanation.
 */

import { BodyScanner } from './mdx-body-scanner.ts';
import type { MdxScan, ScanProblem } from './mdx-scan.ts';

export type { MdxScan, ScannedAttribute, ScannedHeading, ScannedTag, ScanProblem, SourcePosition } from './mdx-scan.ts';

/** Scans one .mdx source (BOM and any line endings accepted). */
export function scanMdx(source: string): MdxScan {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const problems: ScanProblem[] = [];
  let bodyStart = 0;
  let frontMatter: MdxScan['frontMatter'];
  if (lines[0]?.trimEnd() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (end < 0) {
      problems.push({
        line: 1,
        column: 1,
        code: 'report.front-matter-unclosed',
        message: '报告信息（front matter）没有结束的“---”行',
        expected: '报告信息的前后各有一行“---”',
        found: '只有开头的“---”',
      });
      bodyStart = lines.length;
    } else {
      frontMatter = { text: lines.slice(1, end).join('\n'), line: 2 };
      bodyStart = end + 1;
    }
  }
  const scanner = new BodyScanner(lines, bodyStart, problems);
  scanner.run();
  return {
    frontMatter,
    headings: scanner.headings,
    tags: scanner.tags,
    problems,
    prose: scanner.prose(),
    allowed: scanner.allowedLines(),
  };
}

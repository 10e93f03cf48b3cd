/**
 * A scanner for the MDX that staff write: front matter, `#` headings, self-closing
 * component tags with quoted attributes (`<Amount period="2021" account="会费收入" />`)
 * and `{/* … *\/}` comments. It finds what the checks need, with the line and column of
 * each item in the .mdx file, before Astro compiles anything; constructs outside this
 * subset that MDX would reject or treat as code (`{…}`, `<!-- -->`, import/export, a
 * lone `<`) are reported as problems with a Chinese explanation.
 */

import { BodyScanner } from './mdx-body-scanner.ts';

/** A 1-based position in the .mdx file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** An attribute of a component tag; the position is that of its name. */
export interface ScannedAttribute extends SourcePosition {
  name: string;
  /** The quoted value, or undefined for an attribute written without a value. */
  value?: string;
}

/** A component tag (a name starting with a capital letter). */
export interface ScannedTag extends SourcePosition {
  name: string;
  attributes: ScannedAttribute[];
}

/** A `##` heading; `text` is the raw heading text after the hashes. */
export interface ScannedHeading extends SourcePosition {
  depth: number;
  text: string;
}

/** A construct outside the subset reports may use. */
export interface ScanProblem extends SourcePosition {
  code: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

/** What the scanner found in one .mdx source. */
export interface MdxScan {
  /** The YAML between the `---` lines and the line of its first row; undefined if absent. */
  frontMatter?: { text: string; line: number };
  headings: ScannedHeading[];
  tags: ScannedTag[];
  problems: ScanProblem[];
  /** Each body line with tags and comments blanked out (same length), for text checks. */
  prose: { line: number; text: string }[];
  /** Texts allowed by `{/* 允许：xx *\/}` markers, by the line they apply to. */
  allowed: ReadonlyMap<number, string[]>;
}

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

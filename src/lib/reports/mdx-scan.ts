/** What the MDX scanner finds (scan-mdx.ts): positions, tags, headings and problems. */

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

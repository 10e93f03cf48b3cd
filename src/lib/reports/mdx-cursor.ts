import type { ScanProblem, SourcePosition } from './mdx-scan.ts';

/**
 * A cursor over the lines of an .mdx body: the current line and column, positions for
 * messages, and a copy of the lines in which consumed markup (tags, comments) is blanked
 * out with spaces, so that what remains is prose at its original columns.
 */
export class MdxCursor {
  protected readonly lines: readonly string[];
  protected readonly masked: string[];
  protected readonly start: number;
  protected readonly problems: ScanProblem[];
  protected row = 0;
  protected col = 0;

  /** `lines` of the whole file; the body starts at index `start`; problems are appended to `problems`. */
  constructor(lines: readonly string[], start: number, problems: ScanProblem[]) {
    this.lines = lines;
    this.start = start;
    this.problems = problems;
    this.masked = [...lines];
    for (let i = 0; i < start; i++) this.masked[i] = '';
  }

  protected current(): string {
    return this.lines[this.row] ?? '';
  }

  protected here(): SourcePosition {
    return { line: this.row + 1, column: this.col + 1 };
  }

  protected problem(
    code: string,
    message: string,
    expected: string,
    found: string,
    hint?: string,
    at: SourcePosition = this.here(),
  ): void {
    this.problems.push({ ...at, code, message, expected, found, ...(hint ? { hint } : {}) });
  }

  /** Blanks `count` characters of the masked copy from the cursor and advances. */
  protected blank(count: number): void {
    const text = this.masked[this.row]!;
    this.masked[this.row] = text.slice(0, this.col) + ' '.repeat(count) + text.slice(this.col + count);
    this.col += count;
  }

  protected skipSpace(): void {
    while (this.row < this.lines.length) {
      const text = this.current();
      while (this.col < text.length && /\s/.test(text[this.col]!)) this.col += 1;
      if (this.col < text.length) return;
      this.row += 1;
      this.col = 0;
    }
  }

  /** Blanks up to and including `end` (across lines); returns the text between, or undefined at EOF. */
  protected skipPast(end: string, skipFirst = 0): string | undefined {
    let collected = '';
    this.blank(skipFirst);
    while (this.row < this.lines.length) {
      const text = this.current();
      const at = text.indexOf(end, this.col);
      if (at >= 0) {
        collected += text.slice(this.col, at);
        this.blank(at + end.length - this.col);
        return collected;
      }
      collected += text.slice(this.col) + '\n';
      this.blank(text.length - this.col);
      this.row += 1;
      this.col = 0;
    }
    this.row = this.lines.length - 1;
    this.col = this.current().length;
    return undefined;
  }

  /** The body lines with consumed markup blanked out, 1-based line numbers. */
  prose(): { line: number; text: string }[] {
    return this.masked.map((text, i) => ({ line: i + 1, text })).slice(this.start);
  }
}

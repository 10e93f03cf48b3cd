/**
 * A scanner for the MDX that staff write: front matter, `#` headings, self-closing
 * component tags with quoted attributes (`<Amount period="2021" account="会费收入" />`)
 * and `{/* … *\/}` comments. It finds what the checks need, with the line and column of
 * each item in the .mdx file, before Astro compiles anything; constructs outside this
 * subset that MDX would reject or treat as code (`{…}`, `<!-- -->`, import/export, a
 * lone `<`) are reported as problems with a Chinese explanation.
 */

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

const ALLOW_MARKER = /^\s*允许\s*[:：]\s*(.*?)\s*$/;

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

class BodyScanner {
  readonly headings: ScannedHeading[] = [];
  readonly tags: ScannedTag[] = [];
  private readonly masked: string[];
  private readonly comments: { line: number; text: string }[] = [];
  private readonly lines: readonly string[];
  private readonly start: number;
  private readonly problems: ScanProblem[];
  private row = 0;
  private col = 0;

  constructor(lines: readonly string[], start: number, problems: ScanProblem[]) {
    this.lines = lines;
    this.start = start;
    this.problems = problems;
    this.masked = [...lines];
    for (let i = 0; i < start; i++) this.masked[i] = '';
  }

  run(): void {
    let fence: string | undefined;
    for (this.row = this.start; this.row < this.lines.length; this.row++) {
      const text = this.lines[this.row]!;
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
      if (fence !== undefined) {
        if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        continue;
      }
      if (marker !== undefined) {
        fence = marker;
        continue;
      }
      this.lineStart(text);
      for (this.col = 0; this.row < this.lines.length && this.col < this.current().length;) this.step();
    }
  }

  private current(): string {
    return this.lines[this.row] ?? '';
  }

  private lineStart(text: string): void {
    const heading = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(text);
    if (heading) {
      this.headings.push({
        depth: heading[1]!.length,
        text: heading[2]!,
        line: this.row + 1,
        column: heading[1]!.length + 2,
      });
    }
    if (/^#{1,6}[^#\s]/.test(text)) {
      this.problem(
        'report.heading-space',
        '标题的“#”后面要有一个空格，否则不会成为标题',
        '## 标题文字',
        text.slice(0, 12),
        undefined,
        { line: this.row + 1, column: 1 },
      );
    }
    if (/^(import|export)\s/.test(text)) {
      this.problem(
        'report.esm',
        '报告中不能写 import 或 export 语句',
        '普通文字和本站提供的组件（组件无需 import）',
        text.trim(),
        '删去这一行；<Amount /> 等组件可以直接使用',
      );
    }
  }

  private step(): void {
    const text = this.current();
    const c = text[this.col]!;
    if (c === '\\') {
      this.col += 2;
    } else if (c === '`') {
      const run = /^`+/.exec(text.slice(this.col))![0];
      const close = text.indexOf(run, this.col + run.length);
      this.col = close < 0 ? this.col + run.length : close + run.length;
    } else if (text.startsWith('<!--', this.col)) {
      const begin = this.here();
      this.problem(
        'report.html-comment',
        'MDX 中不能使用 <!-- --> 注释',
        '{/* 注释 */}',
        '<!--',
        '请把注释写成 {/* 注释 */}',
        begin,
      );
      this.skipPast('-->');
    } else if (text.startsWith('{/*', this.col)) {
      const begin = this.here();
      const body = this.skipPast('*/}', 3);
      if (body === undefined) {
        this.problem('report.comment-unclosed', '注释没有结束', '{/* 注释 */}', '{/*', '注释应以 */} 结束', begin);
      } else {
        this.comments.push({ line: begin.line, text: body });
      }
    } else if (c === '{') {
      this.problem(
        'report.brace',
        '花括号“{”在 MDX 中表示程序代码，报告正文不能直接使用',
        '普通文字，或写成 \\{',
        '{',
        '如需显示花括号，请写成 \\{；注释请写成 {/* 注释 */}',
      );
      this.col += 1;
    } else if (c === '<') {
      this.angle(text);
    } else {
      this.col += 1;
    }
  }

  private angle(text: string): void {
    const next = text[this.col + 1];
    if (next === undefined || /\s/.test(next)) {
      this.col += 1;
    } else if (/[A-Z]/.test(next)) {
      this.tag();
    } else if (/[a-z/]/.test(next)) {
      if (next === '/' && /[A-Z]/.test(text[this.col + 2] ?? '')) {
        this.problem(
          'report.closing-tag',
          '组件不能写成成对的开始和结束标签',
          '<Amount … />（以 /> 结束）',
          text.slice(this.col, text.indexOf('>', this.col) + 1 || undefined),
          '去掉结束标签，并把开始标签的 > 改为 />',
        );
      }
      this.skipPast('>');
    } else {
      this.problem(
        'report.less-than',
        '“<”后面紧跟文字时，MDX 会把它当作标签',
        '“<”后加一个空格，或写成“小于”',
        text.slice(this.col, this.col + 2),
        '例如“小于 50%”或“< 50%”',
      );
      this.col += 1;
    }
  }

  /** Parses `<Name attr="value" … />`, possibly over several lines. */
  private tag(): void {
    const begin = this.here();
    const name = /^<([A-Za-z][A-Za-z0-9]*)/.exec(this.current().slice(this.col))![1]!;
    this.blank(name.length + 1);
    const tag: ScannedTag = { ...begin, name, attributes: [] };
    this.tags.push(tag);
    for (;;) {
      this.skipSpace();
      if (this.row >= this.lines.length) {
        this.problem(
          'report.tag-unclosed',
          `组件 <${name}> 没有结束`,
          '以 /> 结束，如 <Amount period="2021" account="会费收入" />',
          `<${name} …`,
          undefined,
          begin,
        );
        return;
      }
      const rest = this.current().slice(this.col);
      if (rest.startsWith('/>')) return this.blank(2);
      if (rest.startsWith('>')) {
        this.problem(
          'report.tag-not-self-closing',
          `组件 <${name}> 应以 /> 结束`,
          `<${name} … />`,
          '>',
          '本站的组件都没有内容，请写成 <组件 … />',
        );
        return this.blank(1);
      }
      const attribute = /^([A-Za-z_][\w-]*)(\s*=\s*)?/.exec(rest);
      if (!attribute) {
        this.problem('report.tag-syntax', `组件 <${name}> 的写法有误`, '属性写成 名称="值"', rest.slice(0, 10));
        return this.blank(1);
      }
      const at = this.here();
      this.blank(attribute[0].length);
      if (!attribute[2]) {
        tag.attributes.push({ ...at, name: attribute[1]! });
        continue;
      }
      const value = /^"([^"\n]*)"|^'([^'\n]*)'/.exec(this.current().slice(this.col));
      if (!value) {
        this.problem(
          'report.attribute-value',
          `属性 ${attribute[1]} 的值应写在英文双引号中`,
          `${attribute[1]}="……"`,
          this.current().slice(this.col, this.col + 12),
          '例如 period="2021"；不要使用花括号 {}',
          at,
        );
        this.skipPast('>');
        return;
      }
      tag.attributes.push({ ...at, name: attribute[1]!, value: value[1] ?? value[2] ?? '' });
      this.blank(value[0].length);
    }
  }

  private here(): SourcePosition {
    return { line: this.row + 1, column: this.col + 1 };
  }

  private problem(
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
  private blank(count: number): void {
    const text = this.masked[this.row]!;
    this.masked[this.row] = text.slice(0, this.col) + ' '.repeat(count) + text.slice(this.col + count);
    this.col += count;
  }

  private skipSpace(): void {
    while (this.row < this.lines.length) {
      const text = this.current();
      while (this.col < text.length && /\s/.test(text[this.col]!)) this.col += 1;
      if (this.col < text.length) return;
      this.row += 1;
      this.col = 0;
    }
  }

  /** Blanks up to and including `end` (across lines); returns the text between, or undefined at EOF. */
  private skipPast(end: string, skipFirst = 0): string | undefined {
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

  prose(): { line: number; text: string }[] {
    return this.masked.map((text, i) => ({ line: i + 1, text })).slice(this.start);
  }

  allowedLines(): Map<number, string[]> {
    const allowed = new Map<number, string[]>();
    for (const comment of this.comments) {
      const match = ALLOW_MARKER.exec(comment.text);
      if (!match) continue;
      const texts = match[1]!.split(/[\s、，,；;]+/).filter((t) => t !== '');
      let line = comment.line;
      if (this.masked[line - 1]!.trim() === '') {
        while (line < this.masked.length && this.masked[line]!.trim() === '') line += 1;
        line += 1;
      }
      allowed.set(line, [...(allowed.get(line) ?? []), ...texts]);
    }
    return allowed;
  }
}

import { MdxCursor } from './mdx-cursor.ts';
import type { ScannedHeading, ScannedTag } from './mdx-scan.ts';

const ALLOW_MARKER = /^\s*允许\s*[:：]\s*(.*?)\s*$/;

/**
 * Walks the body lines of an .mdx source (after the front matter) character by character:
 * collects headings and component tags with their positions, `{/* … *\/}` comments, and the
 * constructs reports may not use; keeps a copy of each line with tags and comments blanked
 * out (same length, so columns stay right) for the placeholder check. Used by scanMdx.
 */
export class BodyScanner extends MdxCursor {
  readonly headings: ScannedHeading[] = [];
  readonly tags: ScannedTag[] = [];
  private readonly comments: { line: number; text: string }[] = [];

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

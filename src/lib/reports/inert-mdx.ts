/**
 * What a report's MDX tree may contain, judged on the tree the MDX compiler builds (the
 * same parser in `npm run check` and in the build): text, Markdown, the site's figure
 * components with literal attributes, a short list of inert HTML tags, `{/* 注释 *\/}`, and
 * links and images to relative addresses or http(s). No JavaScript (expressions,
 * attribute expressions, import/export), no tag that runs or loads anything, no event or
 * loading attribute, no `javascript:`/`data:` or off-host (`//host`) address.
 */
import { decodeHtmlEntities } from '../privacy/scan-output.ts';
import type { ScanProblem } from './scan-mdx.ts';

/** The parts of an mdast/MDX node the check reads (structural, so any mdast tree fits). */
export interface MdxNode {
  type: string;
  children?: readonly MdxNode[];
  position?: { start: { line: number; column: number } };
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  url?: string;
  value?: unknown;
}

/** HTML tags a report may use: inline and text-level only, none runs, loads or links anything. */
export const INERT_HTML_TAGS: readonly string[] = [
  'br',
  'sup',
  'sub',
  'small',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'del',
  'ins',
  'mark',
  'abbr',
];

/** Attributes these tags may carry, with a literal value: a tooltip (缩写的全称), nothing else. */
export const INERT_HTML_ATTRIBUTES: readonly string[] = ['title'];

/** URL schemes a link or image may use; an address without a scheme (relative) is allowed too. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https'];

const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;
const ALLOWED_TAGS_TEXT = INERT_HTML_TAGS.map((t) => `<${t}>`).join('');

/**
 * Whether a link or image target is safe: a relative address (page of this site, `#id`,
 * `?q`) or an absolute http(s) URL. Character references are decoded, and the characters
 * a browser drops (controls, tabs, line breaks, spaces at the ends) removed, before the
 * scheme is read, so `jav&#x61;script:` and `java\tscript:` are refused like `javascript:`.
 * A scheme-relative `//host/…` (or `\\host`) leaves the site and is refused.
 */
export function isSafeLinkTarget(url: string): boolean {
  const cleaned = decodeHtmlEntities(decodeHtmlEntities(url)).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/^[\\/]{2}/.test(cleaned)) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1];
  if (scheme === undefined) return !cleaned.includes(':') || /^[^:]*[/?#]/.test(cleaned);
  return LINK_SCHEMES.includes(scheme.toLowerCase());
}

function at(node: MdxNode): { line: number; column: number } {
  return node.position
    ? { line: node.position.start.line, column: node.position.start.column }
    : { line: 1, column: 1 };
}

function elementProblems(node: MdxNode, components: ReadonlySet<string>): ScanProblem[] {
  const name = node.name ?? '';
  const where = at(node);
  const problems: ScanProblem[] = [];
  const add = (code: string, message: string, expected: string, found: string, hint?: string) =>
    problems.push({ ...where, code, message, expected, found, ...(hint ? { hint } : {}) });
  const isComponent = /^[A-Z]/.test(name);
  if (name === '' || /[.:]/.test(name)) {
    add('report.html-tag', `不能使用标签 <${name}>`, `本站的组件，或 ${ALLOWED_TAGS_TEXT}`, `<${name}>`);
    return problems;
  }
  if (isComponent && !components.has(name)) {
    add('report.unknown-component', `没有名为 <${name}> 的组件`, [...components].join('、'), `<${name}>`);
  }
  if (!isComponent && !INERT_HTML_TAGS.includes(name)) {
    add(
      'report.html-tag',
      `报告中不能使用 HTML 标签 <${name}>`,
      `文字、Markdown 和本站的组件；HTML 只允许 ${ALLOWED_TAGS_TEXT}`,
      `<${name}>`,
      '加粗写 **文字**，链接写 [文字](地址)，图片写 ![说明](地址)；不能嵌入脚本、样式、框架或表单',
    );
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      add(
        'report.attribute-expression',
        `<${name}> 中不能写花括号表达式 {…}`,
        '属性写成 名称="值"',
        String(attribute.value ?? '{…}').slice(0, 40),
        '花括号中的内容是程序代码，会在生成网站时执行',
      );
      continue;
    }
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      add(
        'report.attribute-expression',
        `<${name}> 的属性 ${attribute.name} 不能写成花括号表达式`,
        `${attribute.name}="……"（英文双引号）`,
        `${attribute.name}={…}`,
        '花括号中的内容是程序代码，会在生成网站时执行；请把值写在英文双引号中',
      );
      continue;
    }
    if (!isComponent && INERT_HTML_TAGS.includes(name) && !INERT_HTML_ATTRIBUTES.includes(attribute.name ?? '')) {
      add(
        'report.html-attribute',
        `<${name}> 不能带属性 ${attribute.name}`,
        `不带属性，或只带 ${INERT_HTML_ATTRIBUTES.join('、')}`,
        `${attribute.name}${typeof value === 'string' ? `="${value.slice(0, 30)}"` : ''}`,
        'on…（事件）、src、href、style 等属性会运行脚本或加载外部内容',
      );
    }
  }
  if (isComponent && (node.children?.length ?? 0) > 0) {
    add('report.tag-not-self-closing', `组件 <${name}> 应以 /> 结束`, `<${name} … />`, `<${name}>…</${name}>`);
  }
  return problems;
}

/**
 * The problems of a report's tree (empty when the report is inert), each at the line and
 * column of its node. `components` are the component names the site provides.
 */
export function checkInertTree(tree: MdxNode, components: ReadonlySet<string>): ScanProblem[] {
  const problems: ScanProblem[] = [];
  const visit = (node: MdxNode): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          ...at(node),
          code: 'report.esm',
          message: '报告中不能写 import 或 export 语句',
          expected: '普通文字和本站提供的组件（组件无需 import）',
          found: String(node.value ?? '')
            .split('\n', 1)[0]!
            .slice(0, 40),
          hint: '删去这一行；<Amount /> 等组件可以直接使用',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(String(node.value ?? ''))) {
          problems.push({
            ...at(node),
            code: 'report.brace',
            message: '花括号“{”在 MDX 中表示程序代码，报告正文不能直接使用',
            expected: '普通文字，或写成 \\{',
            found: `{${String(node.value ?? '').slice(0, 30)}}`,
            hint: '如需显示花括号，请写成 \\{；注释请写成 {/* 注释 */}',
          });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...elementProblems(node, components));
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!isSafeLinkTarget(node.url ?? '')) {
          problems.push({
            ...at(node),
            code: 'report.link-target',
            message: `${node.type === 'image' ? '图片' : '链接'}地址“${(node.url ?? '').slice(0, 40)}”不允许`,
            expected: '本站页面的相对地址（如 ../funds/2023/），或以 http:// 或 https:// 开头的网址',
            found: (node.url ?? '').slice(0, 60),
            hint: 'javascript:、data: 等地址会运行脚本，以 // 开头的地址会指向其他网站',
          });
        }
        break;
      case 'html':
        problems.push({
          ...at(node),
          code: 'report.html-tag',
          message: '报告中不能直接写 HTML',
          expected: `文字、Markdown 和本站的组件；HTML 只允许 ${ALLOWED_TAGS_TEXT}`,
          found: String(node.value ?? '').slice(0, 40),
        });
        break;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The positions ("line:column") of the component elements (capitalised names) of a tree. */
export function componentPositions(tree: MdxNode): { name: string; line: number; column: number }[] {
  const found: { name: string; line: number; column: number }[] = [];
  const visit = (node: MdxNode): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '')) {
      found.push({ name: node.name!, ...at(node) });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

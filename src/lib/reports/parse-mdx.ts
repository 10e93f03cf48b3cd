/**
 * Parses a report with the MDX parser the build compiles it with (Sätteri, the default
 * processor of @astrojs/mdx, with the same features: GFM, front matter, smart punctuation),
 * so that what `npm run check` judges is the tree the build turns into a page. Pure: a
 * string in, a tree or the parser's error (line, column) out.
 */
import { mdxToMdast } from 'satteri';
import type { MdxNode } from './inert-mdx.ts';
import type { ScanProblem } from './scan-mdx.ts';

/** The parser features of the build (@astrojs/markdown-satteri's defaults for .mdx). */
export const REPORT_MDX_FEATURES = { gfm: true, frontmatter: true, smartPunctuation: true } as const;

/** Chinese explanations of the parser's most common messages. */
const EXPLAINED: readonly [RegExp, string, string][] = [
  [/end of file in expression|closing brace/i, '花括号“{”没有配对的“}”', '如需显示花括号，请写成 \\{'],
  [
    /after `<`|before name|character that can start a name/i,
    '“<”后面的内容不是组件或允许的标签',
    '“<”后加一个空格，或写成“小于”；注释写成 {/* 注释 */}',
  ],
  [
    /closing tag|end tag|unexpected closing/i,
    '标签没有正确结束',
    '组件写成 <组件 … />；允许的 HTML 标签要成对出现，如 <sup>2</sup>',
  ],
  [/attribute/i, '标签的属性写法有误', '属性写成 名称="值"（英文双引号）'],
];

/** Reads "12:5: message (rule)" from a parser error. */
function errorProblem(error: unknown): ScanProblem {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*(.*)$/s.exec(text);
  const detail = (match?.[3] ?? text).replace(/\s*\([\w:-]+\)\s*$/, '');
  const explained = EXPLAINED.find(([pattern]) => pattern.test(detail));
  return {
    line: match ? Number(match[1]) : 1,
    column: match ? Number(match[2]) : 1,
    code: 'report.mdx-syntax',
    message: `MDX 无法解析这一处${explained ? `：${explained[1]}` : ''}`,
    expected: '符合 MDX 写法的文字、Markdown 和组件',
    found: detail.slice(0, 120),
    hint: explained?.[2] ?? 'MDX 把“<”和“{”当作标签和代码的开始，请检查这一位置附近',
  };
}

/** The report's tree, or the parser's error as a problem at its line and column. */
export function parseReportMdx(source: string): { tree: MdxNode } | { error: ScanProblem } {
  try {
    return { tree: mdxToMdast(source.replace(/^\uFEFF/, ''), { features: REPORT_MDX_FEATURES }) as MdxNode };
  } catch (error) {
    return { error: errorProblem(error) };
  }
}

import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkReports } from '../../../src/lib/reports/check-reports.ts';
import { isSafeLinkTarget } from '../../../src/lib/reports/inert-mdx.ts';
import { inertReportsPlugin } from '../../../src/lib/reports/inert-mdx-plugin.ts';
import { parseReportMdx } from '../../../src/lib/reports/parse-mdx.ts';
import { loadFixture } from '../../helpers/fixture.ts';

const site = loadFixture().site!;
const FRONT = [
  '---',
  '标题: 2023年度工会工作报告',
  '类型: 工作报告',
  '期间: 2023',
  '日期: 2024-03-20',
  '状态: 审议通过',
  '通过日期: 2024-03-20',
  '---',
  '',
];
/** A report whose body starts on line 10. */
const report = (...body: string[]) => [...FRONT, '## 概况', '', ...body].join('\n') + '\n';
const BODY = 12;

function issuesOf(source: string): string[] {
  const result = checkReports(new Map([['2023-work.mdx', new TextEncoder().encode(source)]]), 'content/reports', site);
  return result.issues.map((i) => `${i.code}@${i.line - BODY + 1}:${i.column}`);
}

/**
 * Every payload that ran code on the build machine or in a reader's browser, or sent
 * links off-host, before reports were checked on the MDX tree: the body line, and the
 * code and position (line within the body : column) the check stops it with.
 */
const PAYLOADS: [string, string, string[]][] = [
  [
    'attribute expression on a lowercase tag (ran at build time)',
    `<div title={require('node:fs').writeFileSync('/tmp/pwned', '1')}>x</div>`,
    ['report.html-tag@1:1', 'report.attribute-expression@1:1'],
  ],
  [
    'attribute expression on an allowed tag',
    '文字<abbr title={globalThis.process.exit(1)}>缩写</abbr>',
    ['report.attribute-expression@1:3'],
  ],
  ['spread attribute on an allowed tag', '文字<sup {...globalThis}>2</sup>', ['report.attribute-expression@1:3']],
  [
    'attribute expression on a figure',
    '会费 <Amount period={"20"+"23"} account="会费收入" />',
    ['report.missing-attribute@1:4', 'report.attribute-value@1:12'],
  ],
  ['script element', '<script>alert(document.cookie)</script>', ['report.html-tag@1:1']],
  ['script element inside a paragraph', '文字 <script>alert(1)</script> 文字', ['report.html-tag@1:4']],
  ['img with onerror', '<img src="x" onerror="alert(1)" />', ['report.html-tag@1:1']],
  ['svg with onload', '<svg onload="alert(1)"></svg>', ['report.html-tag@1:1']],
  ['event attribute on an allowed tag', '<strong onmouseover="alert(1)">重点</strong>', ['report.html-attribute@1:1']],
  [
    'style attribute on an allowed tag',
    '<mark style="background:url(https://evil.example/x)">重点</mark>',
    ['report.html-attribute@1:1'],
  ],
  ['base href sending every link off-host', '<base href="https://evil.example/" />', ['report.html-tag@1:1']],
  ['iframe', '<iframe src="https://evil.example/"></iframe>', ['report.html-tag@1:1']],
  ['a with javascript: href', '<a href="javascript:alert(1)">点此</a>', ['report.html-tag@1:1']],
  ['javascript: link', '[点此](javascript:alert(1))', ['report.link-target@1:1']],
  ['entity-encoded javascript: link', '[点此](jav&#x61;script:alert(1))', ['report.link-target@1:1']],
  ['decimal-entity javascript: link', '[点此](&#106;avascript:alert(1))', ['report.link-target@1:1']],
  ['upper-case JAVASCRIPT: link', '文字 [点此](JAVASCRIPT:alert(1))', ['report.link-target@1:4']],
  ['javascript: in a reference definition', '[点此][x]\n\n[x]: javascript:alert(1)', ['report.link-target@3:1']],
  ['data: image', '![图](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', ['report.link-target@1:1']],
  ['vbscript: link', '[点此](vbscript:msgbox)', ['report.link-target@1:1']],
  ['scheme-relative link to another host', '[点此](//evil.example/)', ['report.link-target@1:1']],
  ['flow expression', '{globalThis.process.exit(1)}', ['report.brace@1:1']],
  ['text expression', '今年 {1 + 1} 项', ['report.brace@1:4']],
  ['comment hiding code', '{/* 注释 */ alert(1) /* 又一个 */}', ['report.brace@1:1']],
  ['export', "export const x = require('node:fs')", ['report.esm@1:1']],
  ['import', "import fs from 'node:fs'", ['report.esm@1:1']],
  ['a fragment', '<>文字</>', ['report.less-than@1:1']],
  ['a member-expression tag', '<globalThis.Foo />', ['report.html-tag@1:1']],
  ['an unclosed allowed tag (would not compile)', '文字<sup>2 文字', ['report.mdx-syntax@1:3']],
];

describe('reports are content, not code: every payload stops the check at its line', () => {
  it.each(PAYLOADS)('%s', (_, body, expected) => {
    expect(issuesOf(report(body))).toEqual(expected);
  });
});

describe('what reports may contain', () => {
  it.each([
    ['inert tags', '面积 100 m<sup>2</sup>，H<sub>2</sub>O，<abbr title="职工代表大会">职代会</abbr><br />下一行'],
    [
      'relative and http(s) links and images',
      '[经费](../../funds/2023/) [本页](#概况) [总工会](https://www.acftu.org/) ![图](./a.png)',
    ],
    ['a comment and an allow marker', '{/* 这是注释 */}\n\n{/* 允许：xx */}'],
    ['a figure with literal attributes', '会费 <Amount period="2023" account="会费收入" />。'],
    ['an escaped brace and a spaced less-than', '\\{ 不是代码 \\}，比例 < 50%'],
  ])('%s', (_, body) => {
    expect(issuesOf(report(body))).toEqual([]);
  });

  it('refuses a component the figure checks did not see (a line the scanner took for a code fence)', () => {
    // "``` a ` b" is no fence for MDX (a backtick in the info string): the component after it is rendered
    expect(issuesOf(report('``` a ` b', '<Amount period="2099" total="本期收入" />', '```'))).toEqual([
      'report.component-unchecked@2:1',
    ]);
  });

  it('keeps the friendly messages for {, <!-- --> and a lone <', () => {
    expect(issuesOf(report('文字 {x} 文字'))).toEqual(['report.brace@1:4']);
    expect(issuesOf(report('文字 <!-- 注释 --> 文字'))).toEqual(['report.html-comment@1:4']);
    expect(issuesOf(report('比例<50%'))).toEqual(['report.less-than@1:3']);
  });
});

describe('isSafeLinkTarget', () => {
  it.each([
    ['../funds/2023/', true],
    ['/gonghui/funds/', true],
    ['#h-1', true],
    ['?q=1', true],
    ['a.html', true],
    ['https://example.org/x?y#z', true],
    ['HTTP://example.org/', true],
    ['javascript:alert(1)', false],
    ['jav&#x61;script:alert(1)', false],
    ['jav&amp;#x61;script:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['mailto:a@b.c', false],
    ['//evil.example/', false],
    ['\\\\evil.example/', false],
    ['/\\evil.example/', false],
  ])('%j → %s', (url, safe) => {
    expect(isSafeLinkTarget(url)).toBe(safe);
  });
});

describe('the build runs the same check as a plugin of the MDX compiler', () => {
  it.each(PAYLOADS.filter(([, , codes]) => codes[0] !== 'report.mdx-syntax'))('refuses %s', (_, body) => {
    expect(() => mdxToJs(report(body), { mdastPlugins: [inertReportsPlugin] })).toThrow(/^\d+:\d+: /);
  });

  it('compiles an inert report', () => {
    expect(() => mdxToJs(report('文字 <sup>2</sup> [a](../x/)'), { mdastPlugins: [inertReportsPlugin] })).not.toThrow();
  });

  it('parses what the check parses: the tree of a report has its front matter and positions', () => {
    const parsed = parseReportMdx(report('文字'));
    expect('tree' in parsed && parsed.tree.children?.[0]?.type).toBe('yaml');
  });
});

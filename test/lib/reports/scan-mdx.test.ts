import { describe, expect, it } from 'vitest';
import { scanMdx } from '../../../src/lib/reports/scan-mdx.ts';

const source = [
  '---', // 1
  '标题: 测试', // 2
  '---', // 3
  '', // 4
  '## 工作回顾', // 5
  '', // 6
  '会费收入 <Amount period="2023" account="会费收入" />，占比 <Share', // 7
  '  period="2023"', // 8
  "  account='会费收入' />。", // 9
  '', // 10
  '```', // 11
  '## 不是标题 <Amount />', // 12
  '```', // 13
  '{/* 允许：xx */}', // 14
  '', // 15
  '保留 xx 两字。{/* 允许：甲 乙 */}', // 16
].join('\n');

describe('scanMdx', () => {
  const scan = scanMdx(source);

  it('reads the front matter with its first line', () => {
    expect(scan.frontMatter).toEqual({ text: '标题: 测试', line: 2 });
  });

  it('finds headings outside code blocks', () => {
    expect(scan.headings).toEqual([{ depth: 2, text: '工作回顾', line: 5, column: 4 }]);
  });

  it('finds tags with the position of each attribute, across lines', () => {
    expect(scan.tags).toEqual([
      {
        name: 'Amount',
        line: 7,
        column: 6,
        attributes: [
          { name: 'period', value: '2023', line: 7, column: 14 },
          { name: 'account', value: '会费收入', line: 7, column: 28 },
        ],
      },
      {
        name: 'Share',
        line: 7,
        column: 49,
        attributes: [
          { name: 'period', value: '2023', line: 8, column: 3 },
          { name: 'account', value: '会费收入', line: 9, column: 3 },
        ],
      },
    ]);
    expect(scan.problems).toEqual([]);
  });

  it('blanks tags and comments out of the prose, keeping columns', () => {
    const line7 = scan.prose.find((p) => p.line === 7)!.text;
    expect(line7.startsWith('会费收入 ')).toBe(true);
    expect(line7).not.toContain('Amount');
    expect(line7.indexOf('，占比')).toBe(source.split('\n')[6]!.indexOf('，占比'));
    expect(scan.prose.find((p) => p.line === 14)!.text.trim()).toBe('');
  });

  it('applies an allow marker to its own line, or to the next line when it stands alone', () => {
    expect(scan.allowed.get(16)).toEqual(['xx', '甲', '乙']);
  });

  it.each([
    ['文字 <!-- 注释 -->', 'report.html-comment', 1, 4],
    ['比例 {50%}', 'report.brace', 1, 4],
    ['小于<50%', 'report.less-than', 1, 3],
    ['<Amount period="2023">', 'report.tag-not-self-closing', 1, 22],
    ['<Amount period={2023} />', 'report.attribute-value', 1, 9],
    ['<Amount period="2023"', 'report.tag-unclosed', 1, 1],
    ['import X from "x"', 'report.esm', 1, 1],
    ['##标题', 'report.heading-space', 1, 1],
    ['{/* 没有结束', 'report.comment-unclosed', 1, 1],
    ['a </Amount> b', 'report.closing-tag', 1, 3],
  ])('reports %j as %s at %i:%i', (body, code, line, column) => {
    const { problems } = scanMdx(body);
    expect(problems[0]).toMatchObject({ code, line, column });
  });

  it('accepts escaped braces, inline code and lowercase HTML', () => {
    expect(scanMdx('写成 \\{ 与 `{x}`，换行<br />').problems).toEqual([]);
  });
});

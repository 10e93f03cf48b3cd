import { describe, expect, it } from 'vitest';
import { noteCoverage, readStatementNote } from '../../../src/lib/notes/statement-note.ts';

const text = `# 2024年度财务报表附注

## 一、遵循《工会会计制度》的声明
本会按《工会会计制度》（财会〔2021〕7号）
编制财务报表。

## 二、财务状况和预算执行情况
- 收入 223,262.33 元
- 支出 220,231.40 元

## 三、会计政策
收付实现制。
`;

describe('a 附注', () => {
  const note = readStatementNote('content/notes/2024.md', '2024', text);

  it('reads its title, headings, paragraphs and lists as text', () => {
    expect(note.title).toBe('2024年度财务报表附注');
    expect(note.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'list', 'heading', 'paragraph']);
    expect(note.blocks[1]).toEqual({
      kind: 'paragraph',
      text: '本会按《工会会计制度》（财会〔2021〕7号）编制财务报表。',
      line: 4,
    });
    expect(note.blocks[3]).toMatchObject({ items: ['收入 223,262.33 元', '支出 220,231.40 元'] });
  });

  it('covers an item by a heading naming it, and lists the missing ones', () => {
    const coverage = noteCoverage(note);
    expect(coverage.filter((c) => c.heading).map((c) => c.item.number)).toEqual(['（一）', '（二）', '（三）']);
    expect(coverage.filter((c) => !c.heading).map((c) => c.item.number)).toEqual([
      '（四）',
      '（五）',
      '（六）',
      '（七）',
      '（八）',
    ]);
    expect(coverage[1]!.heading).toBe('二、财务状况和预算执行情况');
  });
});

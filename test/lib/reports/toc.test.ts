import { describe, expect, it } from 'vitest';
import { tocEntries } from '../../../src/lib/reports/toc.ts';

const h = (depth: number, text: string) => ({ depth, slug: text, text });

describe('tocEntries', () => {
  it('labels nested headings and restarts each level under its parent', () => {
    const entries = tocEntries([
      h(2, '回顾'),
      h(3, '竞赛'),
      h(4, '护理'),
      h(5, '初赛'),
      h(4, '急救'),
      h(3, '民主管理'),
      h(2, '打算'),
      h(3, '预算'),
    ]);
    expect(entries.map((e) => `${e.label ?? ''}${e.text}`)).toEqual([
      '一、回顾',
      '（一）竞赛',
      '1.护理',
      '（1）初赛',
      '2.急救',
      '（二）民主管理',
      '二、打算',
      '（一）预算',
    ]);
  });

  it('adds no second number to a heading the author numbered by hand', () => {
    const entries = tocEntries([h(2, '一、回顾'), h(3, '（一）竞赛'), h(3, '民主管理'), h(2, '打算')]);
    expect(entries.map((e) => e.label)).toEqual([undefined, undefined, '（二）', '二、']);
  });

  it('numbers a heading whose leading number belongs to another level', () => {
    expect(tocEntries([h(2, '1. 概况')])[0]!.label).toBe('一、');
  });
});

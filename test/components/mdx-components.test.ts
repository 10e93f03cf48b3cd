import { describe, expect, it } from 'vitest';
import { reportComponents } from '../../src/components/reports/mdx-components.ts';
import { FIGURE_TAGS, figureOrThrow } from '../../src/lib/reports/figures/figure-tags.ts';
import { loadFixture } from '../helpers/fixture.ts';

const blocks = { StatementTable: {}, StatementChart: {}, BudgetTable: {} };

describe('reportComponents', () => {
  it('provides a component for every tag a report may use, and h2–h5', () => {
    const map = reportComponents(new Map(), blocks);
    expect(Object.keys(map).sort()).toEqual([...FIGURE_TAGS.map((t) => t.name), 'h2', 'h3', 'h4', 'h5'].sort());
    expect(map.StatementTable).toBe(blocks.StatementTable);
  });

  it('refuses to run without the Astro component of a block tag', () => {
    expect(() => reportComponents(new Map(), { StatementTable: {}, StatementChart: {} })).toThrow(
      '报告组件 <BudgetTable> 没有对应的 Astro 组件',
    );
  });

  it('puts the heading number before the author’s text', () => {
    const h3 = reportComponents(new Map([['jingfei', '（二）']]), blocks).h3 as (props: object) => {
      type: string;
      props: { id: string; children: unknown[] };
    };
    const vnode = h3({ id: 'jingfei', children: '经费收支' });
    expect(vnode.type).toBe('h3');
    expect(vnode.props.id).toBe('jingfei');
    expect(vnode.props.children[0]).toMatchObject({
      type: 'span',
      props: { class: 'heading-number', children: '（二）' },
    });
    expect(vnode.props.children[1]).toBe('经费收支');
    expect((h3({ id: 'other', children: '其他' }) as { props: { children: unknown[] } }).props.children[0]).toBeNull();
  });
});

describe('figureOrThrow', () => {
  it('throws the resolver’s Chinese message for a component reached with a bad reference', () => {
    const site = loadFixture().site!;
    expect(figureOrThrow(site, 'Amount', { period: '2023', total: '本期收入' })).toBe('8,000.00 元');
    expect(() => figureOrThrow(site, 'Amount', { period: '2030', total: '本期收入' })).toThrow(
      '报告组件 <Amount> 引用有误：期间“2030”不在 periods.csv 中（应为：2022、2023）',
    );
  });
});

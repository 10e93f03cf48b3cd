/**
 * The components a report's MDX is rendered with: every tag of FIGURE_TAGS (inline figures
 * print the resolved text; tables and charts are Astro components) and h2–h5 carrying the
 * Chinese heading number. Authors never import anything.
 */
import { jsx, type AstroVNode } from 'astro/jsx-runtime';
import { getRegister, getSite } from '../../build/context.ts';
import { FIGURE_TAGS, figureOrThrow } from '../../lib/reports/figures/figure-tags.ts';
import type { TagProps } from '../../lib/reports/figures/figure-types.ts';
import { figurePieces, keepUnits } from '../../lib/text/keep-units.ts';

/**
 * An inline figure: the text the resolver prints (given the register, for <Disclosure>), in a
 * span, with each number and its unit kept on one line (keepUnits ties them with a no-break
 * space, and figurePieces puts them in a `.figure-unit` span that does not wrap) while the
 * rest wraps like any Chinese text, so no line is left ragged before a long figure. Only the tag's attributes are
 * passed on (the renderer adds `children`). Marked as an MDX component so that Astro's JSX
 * renderer rethrows the resolver's Chinese error instead of reporting "no matching renderer".
 */
function inline(name: string) {
  const component = (props: Record<string, unknown>): AstroVNode => {
    const attributes: TagProps = Object.fromEntries(
      Object.entries(props).filter((e): e is [string, string] => e[0] !== 'children' && typeof e[1] === 'string'),
    );
    const pieces = figurePieces(keepUnits(figureOrThrow(getSite(), name, attributes, getRegister().rows)));
    const children = pieces.map((p) => (p.keep ? jsx('span', { class: 'figure-unit', children: p.text }) : p.text));
    return jsx('span', { class: 'figure', children });
  };
  return Object.assign(component, { [Symbol.for('mdx-component')]: true });
}

/** A heading element with the site's number before the author's text. */
function heading(tag: string, labels: ReadonlyMap<string, string>) {
  return (props: { id?: string; children?: unknown }): AstroVNode => {
    const label = props.id === undefined ? undefined : labels.get(props.id);
    const number = label === undefined ? null : jsx('span', { class: 'heading-number', children: label });
    return jsx(tag, { id: props.id, children: [number, props.children] });
  };
}

/**
 * The component map for `<Content components={…} />`. `labels` maps heading ids to their
 * numbers; `blocks` are the Astro components of the block tags (tables, charts), passed in
 * by the page because only .astro files import .astro files here. A block tag without a
 * component is an error, so FIGURE_TAGS and the page cannot drift apart.
 */
export function reportComponents(
  labels: ReadonlyMap<string, string>,
  blocks: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (const tag of FIGURE_TAGS) {
    if (tag.block && blocks[tag.name] === undefined) throw new Error(`报告组件 <${tag.name}> 没有对应的 Astro 组件`);
    map[tag.name] = tag.block ? blocks[tag.name] : inline(tag.name);
  }
  for (const tag of ['h2', 'h3', 'h4', 'h5']) map[tag] = heading(tag, labels);
  return map;
}

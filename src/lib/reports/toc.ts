import { levelOfDepth, numberHeadings, parseHandNumber } from './heading-numbers.ts';

/** A heading of a compiled report as MDX lists it: depth, element id, plain text. */
export interface HeadingInput {
  depth: number;
  slug: string;
  text: string;
}

/** A table of contents entry: the heading and the number the site prints before it. */
export interface TocEntry extends HeadingInput {
  /** "一、" … "（1）"; undefined when the author typed the number (already in `text`) or the depth is not numbered. */
  label?: string;
}

/**
 * Numbers the headings of a compiled report in Chinese official style (see heading-numbers.ts).
 * A heading that already starts with its number typed by hand (checked at build) keeps it and
 * gets no second label. The same entries label the headings in the page and in the contents.
 */
export function tocEntries(headings: readonly HeadingInput[]): TocEntry[] {
  const labels = numberHeadings(headings.map((h) => h.depth));
  return headings.map((heading, i) => {
    const hand = parseHandNumber(heading.text);
    const typed = hand !== undefined && hand.level === levelOfDepth(heading.depth);
    const label = typed ? undefined : labels[i];
    return label === undefined ? { ...heading } : { ...heading, label };
  });
}

import type { DataIssue } from '../issues/data-issue.ts';

/** The hint every quote problem carries: how staff fix a stray ASCII double quote. */
export const QUOTE_HINT =
  '单元格中的英文双引号 " 会被当作整格的引号：请改用中文引号“ ”，或把整格用英文双引号括起并把其中的每个 " 写成两个 ""';

/** A quoted field as it was read: the row's first line, the field's 1-based number and text. */
export interface QuotedField {
  /** Physical line the field starts on. */
  line: number;
  /** 1-based field number. */
  column: number;
  text: string;
}

/** The first 20 characters of the field and a count of the lines it swallowed, for 实际为. */
function describeField(field: QuotedField): string {
  const firstLine = field.text.split(/\r\n|\n|\r/)[0] ?? '';
  const shown = firstLine.length > 20 ? `${firstLine.slice(0, 20)}…` : firstLine;
  const lines = field.text.split(/\r\n|\n|\r/).length;
  return lines > 1 ? `"${shown}（引号一直延续了 ${lines} 行）` : `"${shown}`;
}

/**
 * The issue of a field whose opening ASCII quote the parser could not close properly
 * (Papa's MissingQuotes / InvalidQuotes): reported where the quote opens, because every
 * row after it up to the next quote was read into this one cell.
 */
export function unpairedQuoteIssue(file: string, field: QuotedField): DataIssue {
  return {
    file,
    line: field.line,
    column: field.column,
    code: 'csv.unpaired-quote',
    message: '英文双引号未成对：从这一格开始，后面的行被读进了同一个单元格，数据会缺行',
    expected: '引号成对出现，如 "1,234.56"；文字中的引号用中文引号“ ”',
    found: describeField(field),
    hint: QUOTE_HINT,
  };
}

/**
 * The issue of a quoted field that closes properly but spans lines that look like rows of
 * their own (as many commas as the header has columns): almost always a stray quote that
 * happened to meet another one further down, so the rows in between would vanish.
 */
export function quoteSpansRowsIssue(file: string, field: QuotedField): DataIssue {
  return {
    file,
    line: field.line,
    column: field.column,
    code: 'csv.quote-spans-rows',
    message: '一对英文双引号之间包含了整行数据：很可能是引号未成对，后面的行被读进了同一个单元格',
    expected: '一个单元格内的文字；跨行的单元格中不应出现整行的逗号分隔数据',
    found: describeField(field),
    hint: QUOTE_HINT,
  };
}

/** A row that quotes spill over: the field where the run-away quote opens (see {@link unpairedQuoteIssue}). */
export function openingQuoteField(fields: readonly string[], line: number): QuotedField {
  let at = line;
  let index = fields.findIndex((f) => f.includes('"') || /[\r\n]/.test(f));
  if (index < 0) index = fields.length - 1;
  for (let i = 0; i < index; i++) at += countLineBreaks(fields[i]!);
  return { line: at, column: index + 1, text: fields[index] ?? '' };
}

/** Line breaks in a text (CRLF counts once). */
export function countLineBreaks(text: string): number {
  const matches = text.match(/\r\n|\n|\r/g);
  return matches ? matches.length : 0;
}

/**
 * True when a field holds a line break followed by a line with at least `commas` commas:
 * the shape of rows swallowed by a stray quote. Needs `commas` ≥ 1.
 */
export function swallowsRows(field: string, commas: number): boolean {
  if (commas < 1 || !/[\r\n]/.test(field)) return false;
  return field
    .split(/\r\n|\n|\r/)
    .slice(1)
    .some((part) => (part.match(/,/g)?.length ?? 0) >= commas);
}

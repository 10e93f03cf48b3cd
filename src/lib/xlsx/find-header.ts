import type { ColumnSpec } from '../csv/read-table.ts';
import { headerKey } from '../csv/read-table.ts';
import type { GridRow } from './workbook-grid.ts';

/** The header must be within the first rows: titles and a unit line may stand above it. */
export const HEADER_SEARCH_ROWS = 10;

/** The amount unit a line above the header sets ("单位：元", "金额单位：万元"). */
export type AmountUnit = '元' | '万元';

const knownHeaders = new WeakMap<readonly ColumnSpec[], ReadonlySet<string>>();

/** The header keys of a table's columns and their aliases (computed once per table spec). */
function headerKeys(columns: readonly ColumnSpec[]): ReadonlySet<string> {
  let known = knownHeaders.get(columns);
  if (!known) {
    const keys = new Set<string>();
    for (const column of columns) for (const name of [column.header, ...column.aliases]) keys.add(headerKey(name));
    knownHeaders.set(columns, (known = keys));
  }
  return known;
}

/** How many of a row's texts are headers or aliases of the table's columns. */
export function headerMatches(texts: readonly string[], columns: readonly ColumnSpec[]): number {
  const known = headerKeys(columns);
  let matches = 0;
  for (const text of texts) if (known.has(headerKey(text))) matches++;
  return matches;
}

/**
 * True when a row reads as the table's header: at least two of its texts (one for a table
 * of one column) are column headers. A title ("2024年工会经费收支明细表") or a unit line
 * names none.
 */
export function isHeaderRow(texts: readonly string[], columns: readonly ColumnSpec[]): boolean {
  return headerMatches(texts, columns) >= Math.min(2, columns.length);
}

/**
 * The first row within {@link HEADER_SEARCH_ROWS} that reads as the header; failing that,
 * the first that names at least one column (a header with a misspelt column, whose
 * unknown columns the table reader then reports); undefined when no row names any.
 */
export function findHeaderRow<R extends { row: GridRow; texts: readonly string[] }>(
  rows: readonly R[],
  columns: readonly ColumnSpec[],
): R | undefined {
  let partial: R | undefined;
  for (const candidate of rows) {
    if (candidate.row.row > HEADER_SEARCH_ROWS) break;
    if (isHeaderRow(candidate.texts, columns)) return candidate;
    if (!partial && headerMatches(candidate.texts, columns) > 0) partial = candidate;
  }
  return partial;
}

/** "单位：元", "金额单位：万元", "单位：人民币元"; not "编制单位：…" or "填报单位：…". */
const UNIT = /(?<![编制填报])单位\s*[:：]\s*(?:人民币\s*)?([百千万亿]*元)(?=$|[\s，,;；）)])/;

/** The unit a title cell states: 元, 万元, another unit (reported by the caller), or none. */
export function statedUnit(text: string): string | undefined {
  return UNIT.exec(text.trim())?.[1];
}

/** Lines below a table that are not data: who made and checked it, notes. */
const FOOTER =
  /^(?:制表|填表|编制|编表|审核|复核|审批|批准|会计主管|会计|出纳|记账|经办|单位负责人|财务负责人|负责人|工会主席|主席|经审|报送日期|制表日期|填报日期|编制日期|日期|注|说明)\s*[人员]?\s*[:：]/;

/** True when a row's first text is a footer label such as "制表人：" or "审核人：". */
export function isFooterRow(firstText: string): boolean {
  return FOOTER.test(firstText.trim());
}

import { toHalfWidth } from '../text/normalize-width.ts';
import { isEmptyCell } from './empty-cell.ts';
import type { CellParser } from './record-table.ts';

/** Units a number of participants is counted in. 人 and 人次 are never added together. */
export const QUANTITY_UNITS = ['人次', '人', '户', '家', '支队', '个队', '个单位', '个科室', '个班组'] as const;

/** A unit of {@link QUANTITY_UNITS}. */
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

/**
 * How exact a count is: 余/多/以上 = at least, 近 = just under, 约 = about; absent = exact.
 * ("500余人", "近700人次", "约80户", "200人以上").
 */
export type Qualifier = '多' | '余' | '近' | '约' | '以上';

/** A count with its unit and qualifier, e.g. 500余人 = { count: 500, unit: '人', qualifier: '余' }. */
export interface Quantity {
  count: number;
  unit: QuantityUnit;
  qualifier?: Qualifier;
}

const UNIT_PATTERN = QUANTITY_UNITS.join('|');
const QUANTITY = new RegExp(`^(约|近)?(\\d[\\d,]*)(多|余)?(${UNIT_PATTERN})(以上|左右)?$`);

/** Reads "500余人", "近700人次", "约80户", "200人以上", "12支队", "120 人"; undefined when it is not one. */
export function parseQuantity(text: string): Quantity | undefined {
  const match = QUANTITY.exec(toHalfWidth(text).replace(/\s+/g, ''));
  if (!match) return undefined;
  const [, before, digits = '', after, unit, trailing] = match;
  const count = Number(digits.replace(/,/g, ''));
  if (!Number.isSafeInteger(count)) return undefined;
  const marks = [before, after, trailing === '左右' ? '约' : trailing].filter((m) => m !== undefined);
  if (marks.length > 1) return undefined;
  const qualifier = marks[0] as Qualifier | undefined;
  return { count, unit: unit as QuantityUnit, ...(qualifier ? { qualifier } : {}) };
}

/** Writes a quantity as staff would: 500余人, 近700人次, 约80户, 1,200人以上. */
export function formatQuantity(q: Quantity): string {
  const digits = String(q.count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  switch (q.qualifier) {
    case '近':
    case '约':
      return `${q.qualifier}${digits}${q.unit}`;
    case '以上':
      return `${digits}${q.unit}以上`;
    case undefined:
      return `${digits}${q.unit}`;
    default:
      return `${digits}${q.qualifier}${q.unit}`;
  }
}

/**
 * The sum of quantities in one unit, with an honest qualifier: exact when all parts are
 * exact; 余 when every inexact part is a lower bound (余/多/以上); 近 when every inexact
 * part is 近; 约 otherwise. Throws a RangeError for mixed units (人 + 人次 is meaningless).
 */
export function sumQuantities(parts: readonly Quantity[], unit: QuantityUnit): Quantity {
  let count = 0;
  const kinds = new Set<'lower' | 'under' | 'about'>();
  for (const part of parts) {
    if (part.unit !== unit) throw new RangeError(`cannot add ${part.unit} to ${unit}`);
    count += part.count;
    if (part.qualifier === '余' || part.qualifier === '多' || part.qualifier === '以上') kinds.add('lower');
    else if (part.qualifier === '近') kinds.add('under');
    else if (part.qualifier === '约') kinds.add('about');
  }
  if (kinds.size === 0) return { count, unit };
  if (kinds.size === 1 && kinds.has('lower')) return { count, unit, qualifier: '余' };
  if (kinds.size === 1 && kinds.has('under')) return { count, unit, qualifier: '近' };
  return { count, unit, qualifier: '约' };
}

/** A cell holding a count with unit and optional qualifier (see {@link parseQuantity}). */
export const quantityValue: CellParser<Quantity> = (cell, place, issues, required) => {
  const expected = `数字加单位，如 120人、500余人、近700人次、约80户；单位为 ${QUANTITY_UNITS.join('、')}`;
  if (isEmptyCell(cell, place, issues, required, expected)) return undefined;
  const quantity = parseQuantity(cell.text);
  if (quantity) return quantity;
  issues.add({
    file: place.file,
    line: place.line,
    column: cell.column,
    code: 'quantity.invalid',
    message: `“${place.header}”应为人数加单位`,
    expected,
    found: cell.text,
    hint: /^\d[\d,]*$/.test(cell.text.trim()) ? '请写明单位：人还是人次？两者不能相加' : undefined,
  });
  return undefined;
};

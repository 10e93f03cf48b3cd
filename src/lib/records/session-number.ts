import { toHalfWidth } from '../text/normalize-width.ts';
import { isEmptyCell } from './empty-cell.ts';
import type { CellParser } from './record-table.ts';

const DIGITS = '零一二三四五六七八九';

/** 1–99 as Chinese numerals: 7 → "七", 10 → "十", 13 → "十三", 20 → "二十", 21 → "二十一". */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`expected 1–99, got ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** "七" → 7, "十三" → 13, "二十一" → 21, "7" → 7 (1–99); undefined for anything else. */
export function parseChineseNumber(text: string): number | undefined {
  const t = toHalfWidth(text).trim();
  if (/^\d{1,2}$/.test(t)) return Number(t) >= 1 ? Number(t) : undefined;
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(t);
  if (!match || t === '') return undefined;
  const [, a = '', ten = '', b = ''] = match;
  if (ten === '') return a !== '' && b === '' ? DIGITS.indexOf(a) : undefined;
  return (a === '' ? 1 : DIGITS.indexOf(a)) * 10 + (b === '' ? 0 : DIGITS.indexOf(b));
}

/** A congress session: term (届) and meeting (次) within the term, with its canonical label. */
export interface SessionNumber {
  term: number;
  session: number;
  /** "七届三次". */
  label: string;
}

/** The anchor of a session on the congress page, e.g. "s-7-3" for 七届三次. */
export function sessionAnchor(session: SessionNumber): string {
  return `s-${session.term}-${session.session}`;
}

/** Orders sessions by term, then meeting. */
export function compareSessions(a: SessionNumber, b: SessionNumber): number {
  return a.term - b.term || a.session - b.session;
}

const SESSION = /^第?(.{1,3}?)届(?:第)?(.{1,3}?)次(?:会议)?$/;
const TERM = /^第?(.{1,3}?)届$/;

function invalid(
  place: Parameters<CellParser<unknown>>[1],
  column: number,
  text: string,
  expected: string,
  issues: Parameters<CellParser<unknown>>[2],
): undefined {
  issues.add({
    file: place.file,
    line: place.line,
    column,
    code: 'session.invalid',
    message: `“${place.header}”应写成届次`,
    expected,
    found: text,
  });
  return undefined;
}

/** A session written "七届三次", "第七届第三次", "7届3次" or "七届三次会议". */
export const sessionValue: CellParser<SessionNumber> = (cell, place, issues, required) => {
  const expected = '如 七届三次（第几届第几次会议）';
  if (isEmptyCell(cell, place, issues, required, expected)) return undefined;
  const match = SESSION.exec(toHalfWidth(cell.text).replace(/\s+/g, ''));
  const term = match ? parseChineseNumber(match[1]!) : undefined;
  const session = match ? parseChineseNumber(match[2]!) : undefined;
  if (term === undefined || session === undefined) return invalid(place, cell.column, cell.text, expected, issues);
  return { term, session, label: `${toChineseNumber(term)}届${toChineseNumber(session)}次` };
};

/** A term written "七届", "第七届" or "7届"; the number of the term. */
export const termValue: CellParser<number> = (cell, place, issues, required) => {
  const expected = '如 七届';
  if (isEmptyCell(cell, place, issues, required, expected)) return undefined;
  const match = TERM.exec(toHalfWidth(cell.text).replace(/\s+/g, ''));
  const term = match ? parseChineseNumber(match[1]!) : undefined;
  return term ?? invalid(place, cell.column, cell.text, expected, issues);
};

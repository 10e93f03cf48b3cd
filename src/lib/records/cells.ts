import type { Account, Chart } from '../accounts/account.ts';
import { accountKey, accountNames, resolveAccount } from '../accounts/create-chart.ts';
import { amountCell, countCell, dateCell, isEmpty } from '../csv/cell-values.ts';
import { nearest } from '../text/edit-distance.ts';
import { choiceKey, choiceValues, resolveChoice, YES_NO, type Choices } from './choices.ts';
import { isEmptyCell } from './empty-cell.ts';
import type { CellParser } from './record-table.ts';
import type { AmountUnit } from '../units/amount-unit.ts';

/** Marks of an unfilled template ("xx活动", "××", "__", "某某"). */
const PLACEHOLDER = /x{2,}|×{2,}|_{2,}|＿|#{2,}|某某|□/i;

/** The cell as written, trimmed; empty when blank or absent (checked against other files later). */
export const asWrittenValue: CellParser<string> = (cell) => cell?.text ?? '';

/**
 * Text that must be filled in, as written. An empty cell is reported with `code`
 * ("“header”不能为空", expected `example`); placeholders are left to the published-text check.
 */
export function filledValue(code: string, example: string): CellParser<string> {
  return (cell, place, issues) => (isEmpty(cell, place, issues, true, code, example) ? undefined : cell.text);
}

/** Optional text as written; undefined when blank or absent. */
export const optionalTextValue: CellParser<string> = (cell) => cell?.text || undefined;

/** An ISO date "YYYY-MM-DD" (see parseDate for what staff may write). */
export const dateValue: CellParser<string> = (cell, place, issues, required) =>
  dateCell(cell, place, issues, { required });

/** An amount in fen (see parseAmount). */
export const amountValue: CellParser<number> = (cell, place, issues, required) =>
  amountCell(cell, place, issues, { required });

/**
 * An amount written in `unit`, in fen (万元 with up to six decimals, exactly); messages
 * name the column by the header as written (`header`, e.g. "预算数（万元）").
 */
export function amountValueIn(unit: AmountUnit, header?: string): CellParser<number> {
  return (cell, place, issues, required) =>
    amountCell(cell, header ? { ...place, header } : place, issues, { required, unit });
}

/** A non-negative integer (a number of people, votes, seats). */
export const countValue: CellParser<number> = (cell, place, issues, required) =>
  countCell(cell, place, issues, { required });

/** Free text, trimmed; a template placeholder left in it is an error. */
export function textValue(example: string): CellParser<string> {
  return (cell, place, issues, required) => {
    if (isEmptyCell(cell, place, issues, required, example)) return undefined;
    if (!PLACEHOLDER.test(cell.text)) return cell.text;
    issues.add({
      file: place.file,
      line: place.line,
      column: cell.column,
      code: 'text.placeholder',
      message: `“${place.header}”中有未替换的占位符`,
      expected: example,
      found: cell.text,
      hint: '请填入实际内容；xx、××、某某等占位符不能发布',
    });
    return undefined;
  };
}

/** One of a closed list of values (or an alias of one); reports the list and the nearest value. */
export function choiceValue<T extends string>(choices: Choices<T>): CellParser<T> {
  const values = choiceValues(choices);
  return (cell, place, issues, required) => {
    if (isEmptyCell(cell, place, issues, required, values.join('、'))) return undefined;
    const value = resolveChoice(choices, cell.text);
    if (value !== undefined) return value;
    const guess = nearest(choiceKey(cell.text), values.map(choiceKey));
    const original = values.find((v) => choiceKey(v) === guess);
    issues.add({
      file: place.file,
      line: place.line,
      column: cell.column,
      code: 'choice.invalid',
      message: `“${place.header}”应为规定的选项之一`,
      expected: values.join('、'),
      found: cell.text,
      ...(original ? { hint: `是否应为“${original}”？` } : {}),
    });
    return undefined;
  };
}

/** 是 or 否 (also Y/N, yes/no, 1/0, √) as a boolean. */
export const yesNoValue: CellParser<boolean> = (cell, place, issues, required) => {
  const value = choiceValue(YES_NO)(cell, place, issues, required);
  return value === undefined ? undefined : value === '是';
};

/** Several items in one cell, separated by 、 ； ; or a line break; empty items dropped. */
export const listValue: CellParser<string[]> = (cell, place, issues, required) => {
  const text = textValue('如 行政工作报告、财务工作报告')(cell, place, issues, required);
  if (text === undefined) return undefined;
  return text
    .split(/[、;；\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
};

/** A four-digit year, e.g. 2023 (also "2023年"). */
export const yearValue: CellParser<number> = (cell, place, issues, required) => {
  if (isEmptyCell(cell, place, issues, required, '年份，如 2023')) return undefined;
  const match = /^(\d{4})\s*年?$/.exec(cell.text);
  if (match) return Number(match[1]);
  issues.add({
    file: place.file,
    line: place.line,
    column: cell.column,
    code: 'year.invalid',
    message: `“${place.header}”应为四位年份`,
    expected: '如 2023 或 2023年',
    found: cell.text,
  });
  return undefined;
};

/**
 * An account by name, alias or code, looked up in each chart in turn (the 2021 chart, then
 * the 2009 one: a record's date decides its period and 制度 later); an unknown one is
 * reported with the nearest name.
 */
export function accountValue(chart: Chart | readonly Chart[]): CellParser<Account> {
  const charts: readonly Chart[] = Array.isArray(chart) ? chart : [chart as Chart];
  const names = charts.flatMap(accountNames);
  return (cell, place, issues, required) => {
    if (isEmptyCell(cell, place, issues, required, '科目名称，如 文体活动支出')) return undefined;
    for (const c of charts) {
      const account = resolveAccount(c, cell.text);
      if (account) return account;
    }
    const guess = nearest(accountKey(cell.text), names.map(accountKey));
    const original = guess ? names.find((n) => accountKey(n) === guess) : undefined;
    issues.add({
      file: place.file,
      line: place.line,
      column: cell.column,
      code: 'account.unknown',
      message: `科目“${cell.text}”不在科目表中`,
      expected: '科目表中的科目名称、别名或编码（见 docs/数据文件说明.md 附录）',
      found: cell.text,
      hint: original ? `是否应为“${original}”？` : '如确为本会自设科目，请在 accounts.csv 中添加',
    });
    return undefined;
  };
}

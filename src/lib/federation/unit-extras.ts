import { readTable } from '../csv/read-table.ts';
import { BALANCE_SHEETS_FIELDS, CORRECTIONS_FIELDS, FLAGS_FIELDS } from '../export/package-tables.ts';
import { balanceRow } from '../balance-sheet/rows.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { columnsOf, packageAmount } from './package-cells.ts';

/** One row of a unit's 资产负债表 (balance-sheets.csv), in fen. */
export interface UnitBalanceRow {
  periodId: string;
  item: string;
  openingFen: number;
  closingFen: number;
}

/** One figure a unit corrected after publishing it (corrections.csv); no figure when the correction changed none. */
export interface UnitCorrection {
  periodId: string;
  date: string;
  reason: string;
  figure?: { label: string; beforeFen: number; afterFen: number };
}

/** How many 疑点提示 one rule found in one period of a unit (flags.csv): counts only, never the lines. */
export interface UnitFlagCount {
  periodId: string;
  /** The rule's key (split-payment …), as the package names it. */
  rule: string;
  /** The rule's Chinese name, as the package names it. */
  title: string;
  /** False when the rule could not look at the period (a summary fund file for a line rule). */
  applies: boolean;
  count: number;
}

/** What a unit's package adds beyond the statements: its balance sheets, its corrections and its flag counts. */
export interface UnitExtras {
  balanceSheets: UnitBalanceRow[];
  corrections: UnitCorrection[];
  /** Empty when the package has no flags.csv (a unit built before it was added). */
  flags: UnitFlagCount[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads balance-sheets.csv and corrections.csv of a unit's package when it lists them (both
 * checked against their SHA-256 before). Each is checked as the federation relies on it: a
 * period the package's periods.csv does not have, an item that is not a row of 工会01表, an
 * amount that is not two-decimal 元, a sheet whose 资产总计 differs from 负债与净资产总计, a
 * date that is not ISO, a figure with only one of 更正前/更正后. Every problem is a DataIssue
 * at the file, line and column (the file as the federation's units.csv path names it). Pure.
 */
export function readUnitExtras(
  unitName: string,
  texts: ReadonlyMap<string, string>,
  periodIds: ReadonlySet<string>,
  where: (path: string) => string,
  issues: IssueList,
): UnitExtras {
  const unknownPeriod = (file: string, line: number, column: number, id: string) =>
    issues.add({
      file,
      line,
      column,
      code: 'package.unknown-period',
      message: `单位“${unitName}”的 ${file.slice(file.lastIndexOf('/') + 1)} 引用了数据包中没有的期间`,
      expected: [...periodIds].join('、') || '数据包 periods.csv 中的期间',
      found: id || '空',
    });
  const balanceSheets: UnitBalanceRow[] = [];
  const sheetText = texts.get('balance-sheets.csv');
  if (sheetText !== undefined) {
    const file = where('balance-sheets.csv');
    const columns = columnsOf(BALANCE_SHEETS_FIELDS, ['periodId', 'item', 'openingYuan', 'closingYuan']);
    for (const { line, cells } of readTable(file, sheetText, columns, issues) ?? []) {
      const periodId = cells.periodId!.text.trim();
      const item = cells.item!.text.trim();
      if (!periodIds.has(periodId)) {
        unknownPeriod(file, line, cells.periodId!.column, periodId);
        continue;
      }
      if (!balanceRow(item)) {
        issues.add({
          file,
          line,
          column: cells.item!.column,
          code: 'package.unknown-balance-item',
          message: `单位“${unitName}”资产负债表的项目不是工会01表的行`,
          expected: '如 货币资金、资产总计、负债与净资产总计',
          found: item || '空',
        });
        continue;
      }
      const amount = (key: 'openingYuan' | 'closingYuan', header: string) =>
        packageAmount(unitName, header, cells[key]!.text, { file, line, column: cells[key]!.column }, issues);
      balanceSheets.push({
        periodId,
        item,
        openingFen: amount('openingYuan', '年初余额'),
        closingFen: amount('closingYuan', '年末余额'),
      });
    }
    for (const periodId of new Set(balanceSheets.map((r) => r.periodId))) {
      const of = (item: string) => balanceSheets.find((r) => r.periodId === periodId && r.item === item);
      const assets = of('资产总计');
      const sources = of('负债与净资产总计');
      if (!assets || !sources) continue;
      for (const [key, label] of [
        ['openingFen', '年初余额'],
        ['closingFen', '年末余额'],
      ] as const) {
        if (assets[key] !== sources[key])
          issues.add({
            file,
            line: 0,
            column: 0,
            code: 'package.balance-unbalanced',
            message: `单位“${unitName}”${periodId} 期间资产负债表的${label}不平：资产总计与负债与净资产总计不等`,
            expected: String(assets[key]),
            found: String(sources[key]),
          });
      }
    }
  }
  const corrections: UnitCorrection[] = [];
  const correctionText = texts.get('corrections.csv');
  if (correctionText !== undefined) {
    const file = where('corrections.csv');
    const columns = columnsOf(CORRECTIONS_FIELDS, ['periodId', 'date', 'reason']);
    for (const { line, cells } of readTable(file, correctionText, columns, issues) ?? []) {
      const cell = (key: string) => cells[key] ?? { text: '', column: 0 };
      const periodId = cell('periodId').text.trim();
      const date = cell('date').text.trim();
      if (!periodIds.has(periodId)) {
        unknownPeriod(file, line, cell('periodId').column, periodId);
        continue;
      }
      if (!ISO_DATE.test(date)) {
        issues.add({
          file,
          line,
          column: cell('date').column,
          code: 'package.bad-date',
          message: `单位“${unitName}”更正记录的更正日期不是日期`,
          expected: '如 2024-06-18',
          found: date || '空',
        });
        continue;
      }
      const label = cell('figure').text.trim();
      const before = cell('beforeYuan');
      const after = cell('afterYuan');
      const correction: UnitCorrection = { periodId, date, reason: cell('reason').text.trim() };
      if (label || before.text.trim() || after.text.trim()) {
        const place = (column: number) => ({ file, line, column });
        correction.figure = {
          label,
          beforeFen: packageAmount(unitName, '更正前', before.text, place(before.column), issues),
          afterFen: packageAmount(unitName, '更正后', after.text, place(after.column), issues),
        };
      }
      corrections.push(correction);
    }
  }
  return { balanceSheets, corrections, flags: readFlags(unitName, texts, where, unknownPeriod, periodIds, issues) };
}

/** flags.csv of a unit's package: a count per period and rule; a period it lacks or a count that is not a whole number is an issue. */
function readFlags(
  unitName: string,
  texts: ReadonlyMap<string, string>,
  where: (path: string) => string,
  unknownPeriod: (file: string, line: number, column: number, id: string) => void,
  periodIds: ReadonlySet<string>,
  issues: IssueList,
): UnitFlagCount[] {
  const text = texts.get('flags.csv');
  if (text === undefined) return [];
  const file = where('flags.csv');
  const flags: UnitFlagCount[] = [];
  const columns = columnsOf(FLAGS_FIELDS, ['periodId', 'rule', 'count']);
  for (const { line, cells } of readTable(file, text, columns, issues) ?? []) {
    const cell = (key: string) => cells[key] ?? { text: '', column: 0 };
    const periodId = cell('periodId').text.trim();
    if (!periodIds.has(periodId)) {
      unknownPeriod(file, line, cell('periodId').column, periodId);
      continue;
    }
    const countText = cell('count').text.trim();
    if (!/^\d+$/.test(countText)) {
      issues.add({
        file,
        line,
        column: cell('count').column,
        code: 'package.bad-count',
        message: `单位“${unitName}”疑点提示的处数不是整数`,
        expected: '0 或正整数，如 3',
        found: countText || '空',
      });
      continue;
    }
    const rule = cell('rule').text.trim();
    flags.push({
      periodId,
      rule,
      title: cell('ruleTitle').text.trim() || rule,
      applies: cell('applies').text.trim() !== 'false',
      count: Number(countText),
    });
  }
  return flags;
}

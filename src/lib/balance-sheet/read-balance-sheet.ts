import type { ColumnSpec, TableInput } from '../csv/read-table.ts';
import { amountCell } from '../csv/cell-values.ts';
import { readTable } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { formatYuan } from '../money/format-amount.ts';
import { nearest } from '../text/edit-distance.ts';
import { inputHeaderFields, unitOfHeader } from '../units/amount-unit.ts';
import type { BalanceSheet, BalanceSheetLine } from './balance-sheet.ts';
import { BALANCE_ROWS, balanceRow } from './rows.ts';

/** The folder of the balance sheets, one file per period: balance-sheets/<期间编号>.csv. */
export const BALANCE_SHEET_FOLDER = 'balance-sheets/';

const unitHeaders = (base: string) => [`${base}（元）`, `${base}(元)`, `${base}（万元）`, `${base}(万元)`];

export const BALANCE_SHEET_COLUMNS: readonly ColumnSpec<'item' | 'opening' | 'closing'>[] = [
  { key: 'item', header: '项目', aliases: ['item', '资产负债项目'], required: true },
  { key: 'opening', header: '年初余额', aliases: ['opening', ...unitHeaders('年初余额')], required: true },
  {
    key: 'closing',
    header: '年末余额',
    aliases: ['closing', '期末余额', ...unitHeaders('年末余额'), ...unitHeaders('期末余额')],
    required: true,
  },
];

/**
 * Reads a period's 资产负债表 in the rows of 工会01表. Rows may be left out (0) and total rows
 * may be left out (computed); a stated total must equal its parts (固定资产净值 = 固定资产原值
 * − 累计折旧, 资产总计 = its seven lines, …) in both columns. Amounts in 元 or, when a column
 * header says so, 万元. Reports unknown and repeated rows.
 */
export function readBalanceSheet(file: string, periodId: string, text: TableInput, issues: IssueList): BalanceSheet {
  const headers = inputHeaderFields(text);
  const unitOf = (base: string) => {
    const header = headers.find((h) => h.replace(/\s+/g, '').startsWith(base));
    return { header: header ?? base, unit: (header && unitOfHeader(header, base)) || '元' };
  };
  const openingColumn = unitOf('年初余额');
  const closingColumn = headers.some((h) => h.startsWith('期末余额')) ? unitOf('期末余额') : unitOf('年末余额');
  const stated = new Map<string, { opening: number; closing: number; line: number; column: number }>();
  for (const { line, cells } of readTable(file, text, BALANCE_SHEET_COLUMNS, issues) ?? []) {
    const written = cells.item?.text ?? '';
    const spec = balanceRow(written);
    if (!spec) {
      const guess = nearest(
        written,
        BALANCE_ROWS.map((r) => r.name),
      );
      issues.add({
        file,
        line,
        column: cells.item?.column ?? 0,
        code: 'balance-sheet.unknown-row',
        message: `“${written}”不是资产负债表（工会01表）的项目`,
        expected: BALANCE_ROWS.map((r) => r.name).join('、'),
        found: written || '空白',
        hint: guess ? `是否应为“${guess}”？` : '项目名称按《工会会计制度》资产负债表填写',
      });
      continue;
    }
    if (stated.has(spec.name)) {
      issues.add({
        file,
        line,
        column: cells.item?.column ?? 0,
        code: 'balance-sheet.duplicate-row',
        message: `项目“${spec.name}”重复，第 ${stated.get(spec.name)!.line} 行已填写`,
        expected: '每个项目只写一行',
        found: spec.name,
      });
      continue;
    }
    const opening = amountCell(cells.opening, { file, line, header: openingColumn.header }, issues, {
      required: false,
      unit: openingColumn.unit,
    });
    const closing = amountCell(cells.closing, { file, line, header: closingColumn.header }, issues, {
      required: false,
      unit: closingColumn.unit,
    });
    stated.set(spec.name, { opening: opening ?? 0, closing: closing ?? 0, line, column: cells.closing?.column ?? 0 });
  }
  const lines: BalanceSheetLine[] = [];
  const byName = new Map<string, BalanceSheetLine>();
  for (const spec of BALANCE_ROWS) {
    const row = stated.get(spec.name);
    let line: BalanceSheetLine;
    if (!spec.parts) line = { spec, openingFen: row?.opening ?? 0, closingFen: row?.closing ?? 0, line: row?.line };
    else {
      const sum = (pick: (l: BalanceSheetLine) => number) =>
        spec.parts!.reduce((n, [name, sign]) => n + sign * pick(byName.get(name)!), 0);
      line = { spec, openingFen: sum((l) => l.openingFen), closingFen: sum((l) => l.closingFen), line: row?.line };
      if (row) checkStatedTotal(file, spec.name, spec.parts, row, line, issues);
    }
    lines.push(line);
    byName.set(spec.name, line);
  }
  return { file, periodId, lines };
}

function checkStatedTotal(
  file: string,
  name: string,
  parts: readonly (readonly [string, 1 | -1])[],
  row: { opening: number; closing: number; line: number; column: number },
  computed: BalanceSheetLine,
  issues: IssueList,
): void {
  const formula = parts.map(([n, sign], i) => `${i === 0 ? '' : sign < 0 ? ' − ' : ' + '}${n}`).join('');
  for (const [column, statedFen, computedFen, offset] of [
    ['年初余额', row.opening, computed.openingFen, -1],
    ['年末余额', row.closing, computed.closingFen, 0],
  ] as const) {
    if (statedFen === computedFen) continue;
    issues.add({
      file,
      line: row.line,
      column: row.column + offset,
      code: 'balance-sheet.total-mismatch',
      message: `“${name}”的${column}与各项目之和不符，相差 ${formatYuan(statedFen - computedFen)} 元`,
      expected: `${formatYuan(computedFen)}（${formula}）`,
      found: formatYuan(statedFen),
      hint: '合计行可以不填，网站会按项目计算；填写时须与各项目之和相等',
    });
  }
}

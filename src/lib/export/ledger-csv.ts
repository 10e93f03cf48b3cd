import { fenToDecimalString } from '../money/format-amount.ts';
import type { Statement } from '../statement/statement.ts';
import { toCsv } from './csv-cell.ts';

/** The header of the ledger download; 行号 is the line in the fund file, as on the ledger pages. */
export const LEDGER_CSV_HEADER = [
  '行号',
  '日期',
  '凭证号',
  '收支',
  '类别',
  '科目编码',
  '科目',
  '摘要',
  '金额',
] as const;

/** Columns added when the fund file states 支出类型 / 项目名称 (an expense line without a type is 基本). */
export const LEDGER_CSV_SPENDING_HEADER = ['支出类型', '项目名称'] as const;

/**
 * A period's whole ledger as CSV for Excel: UTF-8 with BOM, CRLF, formula-safe cells (see
 * csvCell), one row per fund line in file order, 行号 equal to the line numbers on the ledger
 * pages and in their anchors (#l-<行号>), amounts in yuan with two decimals (reversals
 * negative); with 支出类型 and 项目名称 when the period states the split (支出按性质). Built from
 * the statement's own entries, so it holds exactly the published lines.
 */
export function ledgerCsv(statement: Statement): string {
  const split = statement.spending !== undefined;
  const rows: { line: number; cells: (string | number)[] }[] = [];
  for (const side of [statement.income, statement.expense]) {
    const kind = side.kind === 'income' ? '收入' : '支出';
    for (const category of side.categories) {
      for (const account of category.lines) {
        for (const e of account.entries) {
          rows.push({
            line: e.line,
            cells: [
              e.line,
              e.date ?? '',
              e.voucher ?? '',
              kind,
              category.account.name,
              account.account.code,
              account.account.name,
              e.memo ?? '',
              fenToDecimalString(e.fen),
              ...(split
                ? side.kind === 'expense'
                  ? [e.spending === '项目' ? '项目' : '基本', e.spending === '项目' ? (e.project ?? '') : '']
                  : ['', '']
                : []),
            ],
          });
        }
      }
    }
  }
  rows.sort((a, b) => a.line - b.line);
  const header = split ? [...LEDGER_CSV_HEADER, ...LEDGER_CSV_SPENDING_HEADER] : [...LEDGER_CSV_HEADER];
  return toCsv([header, ...rows.map((r) => r.cells)]);
}

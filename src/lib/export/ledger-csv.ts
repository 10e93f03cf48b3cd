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

/**
 * A period's whole ledger as CSV for Excel: UTF-8 with BOM, CRLF, formula-safe cells (see
 * csvCell), one row per fund line in file order, 行号 equal to the line numbers on the ledger
 * pages and in their anchors (#l-<行号>), amounts in yuan with two decimals (reversals
 * negative). Built from the statement's own entries, so it holds exactly the published lines.
 */
export function ledgerCsv(statement: Statement): string {
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
            ],
          });
        }
      }
    }
  }
  rows.sort((a, b) => a.line - b.line);
  return toCsv([[...LEDGER_CSV_HEADER], ...rows.map((r) => r.cells)]);
}

import { fenToDecimalString } from '../money/format-amount.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import type { IncomeExpenseStatement } from '../statement/income-expense-statement.ts';
import { toCsv } from './csv-cell.ts';

const UNPUBLISHED = '未公开';

/**
 * The 收入支出表 (工会02表) as a CSV download (UTF-8 with BOM, CRLF), row for row as on its
 * page and in print: 项目, 科目编码, 级次 (0 for the statement's own rows, 1–3 for accounts),
 * the period's figure and share, and the previous period's figure, in yuan with two
 * decimals. A figure 公开范围 leaves out reads 未公开; a 上年数 that is not there (the first
 * period, the 2022 change of 制度) is empty, as on the page.
 */
export function incomeExpenseCsv(table: IncomeExpenseStatement, unionName: string): string {
  const p = table.period;
  const hidden = p.scope !== '全部';
  const money = (fen: number | null, unpublished: boolean) =>
    fen === null ? (unpublished ? UNPUBLISHED : '') : fenToDecimalString(fen);
  return toCsv([
    [`${unionName} 收入支出表（工会02表）`, p.label, `${p.start} 至 ${p.end}`, '单位：元'],
    ['项目', '科目编码', '级次', table.currentHeader, '占比', table.previousHeader],
    ...table.rows.map((r) => [
      r.label,
      r.code ?? '',
      String(r.level),
      money(r.currentFen, hidden),
      r.shareBp === undefined || r.currentFen === null ? '' : formatShare(r.shareBp),
      money(r.previousFen, false),
    ]),
  ]);
}

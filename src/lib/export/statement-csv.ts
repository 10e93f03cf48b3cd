import { fenToDecimalString } from '../money/format-amount.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import type { Statement, StatementSide } from '../statement/statement.ts';
import { toCsv } from './csv-cell.ts';
import { statementItems } from '../statement/statement-items.ts';

/** The CSV rows of one side, from the same items as the page ({@link statementItems}). */
function sideRows(side: StatementSide, title: string, denominator: string): string[][] {
  return statementItems(side).map((item) =>
    item.kind === 'total'
      ? [title, '', `${title}合计`, '', fenToDecimalString(item.fen), side.totalFen > 0 ? '100.00%' : '', denominator]
      : [
          title,
          item.account!.code,
          item.category!.name,
          item.kind === 'category' ? '' : item.account!.name,
          fenToDecimalString(item.fen),
          formatShare(item.shareBp),
          denominator,
        ],
  );
}

/**
 * The statement as a CSV download (UTF-8 with BOM, CRLF): one row per category and per
 * account under it, amounts in yuan with two decimals, each share with its denominator.
 */
export function statementCsv(statement: Statement, unionName: string): string {
  const header = ['部分', '科目编码', '类别', '科目', '金额（元）', '占比', '占比口径'];
  return toCsv([
    [`${unionName} 经费收支表`, statement.period.label, `${statement.period.start} 至 ${statement.period.end}`],
    header,
    ['期初结余', '', '', '', fenToDecimalString(statement.openingFen), '', ''],
    ...sideRows(statement.income, '收入', '占本期收入合计'),
    ...sideRows(statement.expense, '支出', '占本期支出合计'),
    ['本期收支结余', '', '', '', fenToDecimalString(statement.surplusFen), '', ''],
    ['期末结余', '', '', '', fenToDecimalString(statement.closingFen), '', ''],
  ]);
}

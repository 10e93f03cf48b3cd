import { fenToDecimalString } from '../money/format-amount.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import type { Statement, StatementSide } from '../statement/statement.ts';
import { toCsv } from './csv-cell.ts';

function sideRows(side: StatementSide, title: string, denominator: string): string[][] {
  const rows: string[][] = [];
  for (const category of side.categories) {
    rows.push([
      title,
      category.account.code,
      category.account.name,
      '',
      fenToDecimalString(category.fen),
      formatShare(category.shareBp),
      denominator,
    ]);
    for (const line of category.lines) {
      if (line.account.code === category.account.code) continue;
      rows.push([
        title,
        line.account.code,
        category.account.name,
        line.account.name,
        fenToDecimalString(line.fen),
        formatShare(line.shareBp),
        denominator,
      ]);
      for (const child of line.children) {
        if (child.account.code === line.account.code) continue;
        rows.push([
          title,
          child.account.code,
          category.account.name,
          `${line.account.name}—${child.account.name}`,
          fenToDecimalString(child.fen),
          formatShare(child.shareBp),
          denominator,
        ]);
      }
    }
  }
  rows.push([
    title,
    '',
    `${title}合计`,
    '',
    fenToDecimalString(side.totalFen),
    side.totalFen > 0 ? '100.00%' : '',
    denominator,
  ]);
  return rows;
}

const UNPUBLISHED = '未公开';

/**
 * The statement as a CSV download (UTF-8 with BOM, CRLF): one row per category, per account
 * under it and per 明细 under that ("会员活动支出—节日慰问"), amounts in yuan with two
 * decimals, each share with its denominator. A side that 公开范围 leaves out, and the
 * balances computed from it, read 未公开.
 */
export function statementCsv(statement: Statement, unionName: string): string {
  const header = ['部分', '科目编码', '类别', '科目', '金额（元）', '占比', '占比口径'];
  const scope = statement.period.scope;
  const both = scope === '全部';
  const side = (s: StatementSide, title: string, denominator: string) =>
    (title === '收入' ? scope !== '仅支出' : scope !== '仅收入')
      ? sideRows(s, title, denominator)
      : [[title, '', `${title}合计`, '', UNPUBLISHED, '', '']];
  return toCsv([
    [
      `${unionName} 经费收支表`,
      statement.period.label,
      `${statement.period.start} 至 ${statement.period.end}`,
      `${statement.period.system}年《工会会计制度》`,
    ],
    header,
    ['期初结余', '', '', '', fenToDecimalString(statement.openingFen), '', ''],
    ...side(statement.income, '收入', '占本期收入合计'),
    ...side(statement.expense, '支出', '占本期支出合计'),
    ['本期收支结余', '', '', '', both ? fenToDecimalString(statement.surplusFen) : UNPUBLISHED, '', ''],
    ['期末结余', '', '', '', both ? fenToDecimalString(statement.closingFen) : UNPUBLISHED, '', ''],
  ]);
}

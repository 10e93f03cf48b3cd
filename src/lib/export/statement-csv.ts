import { fenToDecimalString } from '../money/format-amount.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import type { Statement, StatementSide } from '../statement/statement.ts';
import { toCsv } from './csv-cell.ts';
import { statementItems } from '../statement/statement-items.ts';
import { spendingItems } from '../statement/spending-items.ts';

const SPENDING_PART = '支出按性质';

/**
 * The 支出按性质 rows (基本支出, 项目支出, each project, 支出合计), from the same items as the
 * page's table; none when the fund file does not state the split.
 */
function spendingRows(statement: Statement): string[][] {
  return (spendingItems(statement) ?? []).map((item) => {
    const project = item.kind === 'project';
    const share = project ? item.projectShareBp : item.expenseShareBp;
    return [
      SPENDING_PART,
      '',
      project ? '项目支出' : item.label,
      project ? item.label : '',
      fenToDecimalString(item.fen),
      share === undefined ? '' : formatShare(share),
      share === undefined ? '' : project ? '占项目支出' : '占本期支出合计',
      `${item.lineCount} 笔`,
    ];
  });
}

/** The CSV rows of one side, from the same items as the page ({@link statementItems}). */
function sideRows(side: StatementSide, title: string, denominator: string): string[][] {
  return statementItems(side).map((item) => {
    if (item.kind === 'total')
      return [
        title,
        '',
        `${title}合计`,
        '',
        fenToDecimalString(item.fen),
        side.totalFen > 0 ? '100.00%' : '',
        denominator,
        '',
      ];
    const account = item.account!;
    const parent = item.parent;
    const name =
      item.kind === 'category'
        ? ''
        : item.kind === 'account'
          ? account.code === item.category!.code
            ? `${account.name}（未分明细）`
            : account.name
          : account.code === parent!.code
            ? `${parent!.name}（未分明细）`
            : `${parent!.name}—${account.name}`;
    return [
      title,
      account.code,
      item.category!.name,
      name,
      fenToDecimalString(item.fen),
      formatShare(item.shareBp),
      denominator,
      item.explanation ?? '',
    ];
  });
}

const UNPUBLISHED = '未公开';

/**
 * The statement as a CSV download (UTF-8 with BOM, CRLF): one row per category, per account
 * under it and per 明细 under that ("会员活动支出—节日慰问"), amounts in yuan with two
 * decimals, each share with its denominator and the 说明 of a summary line; then, when the
 * fund file states it, 支出按性质 (基本支出, 项目支出 and each project with its share of 项目支出).
 * A side that 公开范围 leaves out, and the balances computed from it, read 未公开.
 */
export function statementCsv(statement: Statement, unionName: string): string {
  const header = ['部分', '科目编码', '类别', '科目', '金额（元）', '占比', '占比口径', '说明'];
  const scope = statement.period.scope;
  const both = scope === '全部';
  const side = (s: StatementSide, title: string, denominator: string) =>
    (title === '收入' ? scope !== '仅支出' : scope !== '仅收入')
      ? sideRows(s, title, denominator)
      : [[title, '', `${title}合计`, '', UNPUBLISHED, '', '', '']];
  return toCsv([
    [
      `${unionName} 经费收支表`,
      statement.period.label,
      `${statement.period.start} 至 ${statement.period.end}`,
      `${statement.period.system}年《工会会计制度》`,
    ],
    header,
    ['期初结余', '', '', '', fenToDecimalString(statement.openingFen), '', '', ''],
    ...side(statement.income, '收入', '占本期收入合计'),
    ...side(statement.expense, '支出', '占本期支出合计'),
    ...spendingRows(statement),
    ['本期收支结余', '', '', '', both ? fenToDecimalString(statement.surplusFen) : UNPUBLISHED, '', '', ''],
    ['期末结余', '', '', '', both ? fenToDecimalString(statement.closingFen) : UNPUBLISHED, '', '', ''],
  ]);
}

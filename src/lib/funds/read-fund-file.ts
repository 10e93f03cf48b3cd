import type { Account, Chart } from '../accounts/account.ts';
import { accountKey, accountNames, resolveAccount } from '../accounts/create-chart.ts';
import { amountCell, dateCell } from '../csv/cell-values.ts';
import type { Cell, ColumnSpec, TableInput } from '../csv/read-table.ts';
import { forEachTableRow } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { FileTotal } from '../money/amount-limits.ts';
import { nearest } from '../text/edit-distance.ts';
import type { FundLine, StatedTotal } from './fund-line.ts';

export type FundColumn = 'account' | 'amount' | 'date' | 'voucher' | 'memo';

export const FUND_COLUMNS: readonly ColumnSpec<FundColumn>[] = [
  { key: 'account', header: '科目', aliases: ['account', '会计科目', '科目名称', '项目'], required: true },
  { key: 'amount', header: '金额', aliases: ['amount', '金额（元）', '金额(元)'], required: true },
  { key: 'date', header: '日期', aliases: ['date', '记账日期'], required: false },
  { key: 'voucher', header: '凭证号', aliases: ['voucher', '凭证编号', '凭证'], required: false },
  { key: 'memo', header: '摘要', aliases: ['memo', 'description', '说明', '备注'], required: false, freeText: true },
];

const TOTAL_ALL: Record<string, 'income' | 'expense'> = {
  收入合计: 'income',
  本期收入合计: 'income',
  收入总额: 'income',
  支出合计: 'expense',
  本期支出合计: 'expense',
  支出总额: 'expense',
};

const BALANCE_ROWS = new Set(['期初结余', '上年结余', '期末结余', '本期结余', '年末结余', '结余']);

/** The lines and stated totals of one fund file (summary or ledger, same format). */
export interface FundFile {
  lines: FundLine[];
  totals: StatedTotal[];
}

/**
 * Reads one fund file against the chart of accounts. Reports unknown accounts (with the
 * nearest name as a hint), bad amounts and dates, and rows that are balances rather than
 * lines. Total rows become `totals`, to be checked against their parts by the caller.
 */
export function readFundFile(file: string, input: TableInput, chart: Chart, issues: IssueList): FundFile {
  const result: FundFile = { lines: [], totals: [] };
  const names = accountNames(chart);
  // What a 科目 text means is looked up once per distinct text: a ledger repeats a few
  // dozen accounts over many thousand lines. Lines share one `columns` object while the
  // date, voucher and memo columns stay the same (a short row lacks them).
  const meanings = new Map<string, Meaning>();
  let columns: FundLine['columns'] | undefined;
  const fileTotal = new FileTotal(file, issues);
  forEachTableRow(file, input, FUND_COLUMNS, issues, ({ line, cells }) => {
    const accountCellValue = cells.account;
    const written = accountCellValue?.text ?? '';
    const fen = amountCell(cells.amount, { file, line, header: '金额' }, issues, { required: true });
    const date = dateCell(cells.date, { file, line, header: '日期' }, issues, { required: false });
    if (written === '') {
      issues.add({
        file,
        line,
        column: accountCellValue?.column ?? 0,
        code: 'account.empty',
        message: '“科目”不能为空',
        expected: '科目名称或编码，如 会费收入 或 401',
        found: '空白',
      });
      return;
    }
    let meaning = meanings.get(written);
    if (meaning === undefined) {
      meaning = meaningOf(written, chart);
      meanings.set(written, meaning);
    }
    if (meaning.total) {
      if (fen !== undefined) {
        result.totals.push({ line, column: cells.amount?.column ?? 0, scope: meaning.total, fen, label: written });
      }
      return;
    }
    if (meaning.balance) {
      issues.add({
        file,
        line,
        column: accountCellValue!.column,
        code: 'account.balance-row',
        message: `“${written}”是结余，不是收支科目`,
        expected: '收入或支出科目',
        found: written,
        hint: '期初结余和期末结余写在 periods.csv 中，经费文件只记收支',
      });
      return;
    }
    if (!meaning.account) {
      reportUnknownAccount(file, line, accountCellValue!, names, issues);
      return;
    }
    if (fen === undefined || !fileTotal.add(fen, line, cells.amount?.column ?? 0)) return;
    const dateColumn = cells.date?.column ?? 0;
    const voucherColumn = cells.voucher?.column ?? 0;
    const memoColumn = cells.memo?.column ?? 0;
    if (columns?.date !== dateColumn || columns.voucher !== voucherColumn || columns.memo !== memoColumn)
      columns = { date: dateColumn, voucher: voucherColumn, memo: memoColumn };
    const voucher = cells.voucher?.text;
    const memo = cells.memo?.text;
    // Every line has the same properties (absent ones undefined), so all lines share one
    // compact object layout.
    result.lines.push({
      line,
      account: meaning.account,
      fen,
      date,
      voucher: voucher || undefined,
      memo: memo || undefined,
      columns,
    });
  });
  return result;
}

/** What the text in a 科目 cell stands for: a stated total, a balance row, an account, or nothing known. */
interface Meaning {
  total?: StatedTotal['scope'];
  balance?: true;
  account?: Account;
}

function meaningOf(written: string, chart: Chart): Meaning {
  const total = totalScope(written, chart);
  if (total) return { total };
  if (BALANCE_ROWS.has(accountKey(written))) return { balance: true };
  const account = resolveAccount(chart, written);
  return account ? { account } : {};
}

function totalScope(written: string, chart: Chart): StatedTotal['scope'] | undefined {
  const key = accountKey(written);
  const all = TOTAL_ALL[key];
  if (all) return { kind: all };
  const match = /^(.+?)(合计|小计)$/.exec(key);
  if (!match) return undefined;
  const account = resolveAccount(chart, match[1]!);
  return account ? { account } : undefined;
}

function reportUnknownAccount(
  file: string,
  line: number,
  cell: Cell,
  names: readonly string[],
  issues: IssueList,
): void {
  const suggestion = nearest(accountKey(cell.text), names.map(accountKey));
  const original = suggestion ? names.find((n) => accountKey(n) === suggestion) : undefined;
  issues.add({
    file,
    line,
    column: cell.column,
    code: 'account.unknown',
    message: `科目“${cell.text}”不在科目表中`,
    expected: '科目表中的科目名称、别名或编码（见 docs/数据文件说明.md 附录）',
    found: cell.text,
    hint: original
      ? `是否应为“${original}”？如确为本会自设科目，请在 accounts.csv 中添加`
      : '如确为本会自设科目，请在 accounts.csv 中添加',
  });
}

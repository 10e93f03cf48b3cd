import type { Account, AccountingSystem, Chart, Charts } from '../accounts/account.ts';
import { accountKey, accountNames, resolveAccount } from '../accounts/create-chart.ts';
import { resolveInSystem } from '../accounts/charts.ts';
import type { AmountUnit } from '../units/amount-unit.ts';
import { columnUnit, inputHeaderFields } from '../units/amount-unit.ts';
import { amountCell, dateCell } from '../csv/cell-values.ts';
import type { Cell, ColumnSpec, TableInput } from '../csv/read-table.ts';
import { forEachTableRow } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { FileTotal } from '../money/amount-limits.ts';
import { nearest } from '../text/edit-distance.ts';
import type { FundLine, StatedTotal } from './fund-line.ts';

export type FundColumn = 'account' | 'amount' | 'date' | 'voucher' | 'memo' | 'spending' | 'project';

export const FUND_COLUMNS: readonly ColumnSpec<FundColumn>[] = [
  { key: 'account', header: '科目', aliases: ['account', '会计科目', '科目名称', '项目'], required: true },
  {
    key: 'amount',
    header: '金额',
    aliases: ['amount', '金额（元）', '金额(元)', '金额（万元）', '金额(万元)'],
    required: true,
    wan: true,
  },
  { key: 'date', header: '日期', aliases: ['date', '记账日期'], required: false },
  { key: 'voucher', header: '凭证号', aliases: ['voucher', '凭证编号', '凭证'], required: false },
  { key: 'memo', header: '摘要', aliases: ['memo', 'description', '说明', '备注'], required: false, freeText: true },
  { key: 'spending', header: '支出类型', aliases: ['spending', 'spending_type', '支出性质'], required: false },
  { key: 'project', header: '项目名称', aliases: ['project', '支出项目', '项目支出名称'], required: false },
];

/** Distinct texts kept for sharing per file: past that, a ledger of unique memos is not worth a table. */
const MAX_INTERNED = 65_536;

const TOTAL_ALL: Record<string, 'income' | 'expense'> = {
  收入合计: 'income',
  本期收入合计: 'income',
  收入总额: 'income',
  支出合计: 'expense',
  本期支出合计: 'expense',
  支出总额: 'expense',
};

const BALANCE_ROWS = new Set(['期初结余', '上年结余', '期末结余', '本期结余', '年末结余', '结余']);

/** A name of the other 制度 read through the documented mapping, shown as a note with the statement. */
export interface AccountNote {
  line: number;
  column: number;
  /** What staff wrote. */
  written: string;
  account: Account;
  /** The note, in Chinese. */
  note: string;
}

/** The lines and stated totals of one fund file (summary or ledger, same format). */
export interface FundFile {
  lines: FundLine[];
  totals: StatedTotal[];
  /** The unit of the amount column (from its header); amounts are in fen whatever it is. */
  unit: AmountUnit;
  /** Names of the other 制度 that were mapped (one per distinct text, first line). */
  notes: AccountNote[];
}

/** The period's 制度 and the charts, so a name is read in the 制度 the period was kept under. */
export interface FundSystem {
  charts: Charts;
  system: AccountingSystem;
}

/**
 * Reads one fund file against the chart of accounts. Reports unknown accounts (with the
 * nearest name as a hint), bad amounts and dates, and rows that are balances rather than
 * lines. Total rows become `totals`, to be checked against their parts by the caller.
 */
export function readFundFile(
  file: string,
  input: TableInput,
  chart: Chart,
  issues: IssueList,
  system?: FundSystem,
  sheetUnit?: '万元',
): FundFile {
  // The unit is read from the amount header (金额（万元）), of a CSV or a worksheet; a
  // workbook's "单位：万元" line has already scaled its amounts to 元 (`sheetUnit`).
  const amountColumn = FUND_COLUMNS.find((c) => c.key === 'amount')!;
  const { header: amountHeader, unit } = columnUnit(inputHeaderFields(input), [
    amountColumn.header,
    ...amountColumn.aliases.filter((a) => !a.includes('(') && !a.includes('（')),
  ]);
  const result: FundFile = { lines: [], totals: [], unit: sheetUnit ?? unit, notes: [] };
  const names = accountNames(chart);
  // What a 科目 text means is looked up once per distinct text: a ledger repeats a few
  // dozen accounts over many thousand lines. Lines share one `columns` object while the
  // date, voucher and memo columns stay the same (a short row lacks them).
  const meanings = new Map<string, Meaning>();
  let columns: FundLine['columns'] | undefined;
  // A ledger repeats its dates and memos line after line: each distinct text is kept once.
  const texts = new Map<string, string>();
  const intern = (text: string | undefined): string | undefined => {
    if (!text) return text;
    const known = texts.get(text);
    if (known !== undefined) return known;
    if (texts.size < MAX_INTERNED) texts.set(text, text);
    return text;
  };
  const fileTotal = new FileTotal(file, issues);
  // The row and its cells are reused (reuseRow): only plain values are kept from them.
  forEachTableRow(
    file,
    input,
    FUND_COLUMNS,
    issues,
    ({ line, cells }) => {
      const accountCellValue = cells.account;
      const written = accountCellValue?.text ?? '';
      const fen = amountCell(cells.amount, { file, line, header: amountHeader ?? '金额' }, issues, {
        required: true,
        unit,
      });
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
        meaning = meaningOf(written, chart, system);
        meanings.set(written, meaning);
        if (meaning.account && meaning.note) {
          result.notes.push({
            line,
            column: accountCellValue!.column,
            written,
            account: meaning.account,
            note: meaning.note,
          });
        }
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
        if (meaning.problem) {
          issues.add({
            file,
            line,
            column: accountCellValue!.column,
            code: `account.${meaning.problem.reason}`,
            message: meaning.problem.message,
            expected: '本期间会计制度的科目名称、别名或编码（见 docs/数据文件说明.md 附录）',
            found: written,
            hint: meaning.problem.hint,
          });
        } else reportUnknownAccount(file, line, accountCellValue!, names, issues);
        return;
      }
      if (fen === undefined || !fileTotal.add(fen, line, cells.amount?.column ?? 0)) return;
      const spending = spendingOf(file, line, cells.spending, cells.project, meaning.account, issues);
      if (spending === null) return;
      const dateColumn = cells.date?.column ?? 0;
      const voucherColumn = cells.voucher?.column ?? 0;
      const memoColumn = cells.memo?.column ?? 0;
      if (columns?.date !== dateColumn || columns.voucher !== voucherColumn || columns.memo !== memoColumn)
        columns = { date: dateColumn, voucher: voucherColumn, memo: memoColumn };
      const voucher = cells.voucher?.text;
      const memo = intern(cells.memo?.text);
      // Every line has the same properties (absent ones undefined), so all lines share one
      // compact object layout.
      result.lines.push({
        line,
        account: meaning.account,
        fen,
        date: intern(date),
        voucher: voucher || undefined,
        memo: memo || undefined,
        spending: spending?.type,
        project: spending?.project,
        columns,
      });
    },
    { reuseRow: true },
  );
  return result;
}

const SPENDING: Readonly<Record<string, '基本' | '项目'>> = {
  基本: '基本',
  基本支出: '基本',
  项目: '项目',
  项目支出: '项目',
};

/**
 * The 支出类型 (基本 / 项目) and 项目名称 of a line: undefined when the file says nothing, null
 * after reporting a problem (a type on an income line, an unknown type, a 项目支出 without
 * its project, a project on a 基本支出 line). A project name alone implies 项目支出.
 */
function spendingOf(
  file: string,
  line: number,
  typeCell: Cell | undefined,
  projectCell: Cell | undefined,
  account: Account,
  issues: IssueList,
): { type: '基本' | '项目'; project?: string } | undefined | null {
  const typeText = typeCell?.text ?? '';
  const project = projectCell?.text ?? '';
  if (typeText === '' && project === '') return undefined;
  const problem = (column: number, message: string, expected: string, found: string, hint: string) => {
    issues.add({ file, line, column, code: 'fund.bad-spending-type', message, expected, found, hint });
    return null;
  };
  if (account.kind === 'income') {
    return problem(
      (typeText ? typeCell?.column : projectCell?.column) ?? 0,
      '收入科目不分基本支出和项目支出',
      '支出类型和项目名称只填在支出行',
      typeText || project,
      '请清空这一行的“支出类型”和“项目名称”',
    );
  }
  const type = typeText === '' ? '项目' : SPENDING[typeText];
  if (!type)
    return problem(
      typeCell!.column,
      `“支出类型”不认识：${typeText}`,
      '基本 或 项目（不填为 基本）',
      typeText,
      '每笔支出按《工会会计制度》分为基本支出和项目支出',
    );
  if (type === '项目' && project === '')
    return problem(
      projectCell?.column ?? typeCell!.column,
      '项目支出要写明项目名称',
      '项目名称，如 职工之家建设',
      '空白',
      '项目支出按具体项目核算，请在“项目名称”列写明',
    );
  if (type === '基本' && project !== '')
    return problem(
      projectCell!.column,
      '基本支出不写项目名称',
      '空白，或把支出类型改为 项目',
      project,
      '有项目名称的支出是项目支出',
    );
  return type === '项目' ? { type, project } : { type };
}

/** What the text in a 科目 cell stands for: a stated total, a balance row, an account, or nothing known. */
interface Meaning {
  total?: StatedTotal['scope'];
  balance?: true;
  account?: Account;
  note?: string;
  problem?: { reason: string; message: string; hint: string };
}

function meaningOf(written: string, chart: Chart, system: FundSystem | undefined): Meaning {
  const total = totalScope(written, chart);
  if (total) return { total };
  if (BALANCE_ROWS.has(accountKey(written))) return { balance: true };
  if (!system) {
    const account = resolveAccount(chart, written);
    return account ? { account } : {};
  }
  const resolution = resolveInSystem(system.charts, system.system, written);
  if (resolution.ok) return { account: resolution.account, ...(resolution.note ? { note: resolution.note } : {}) };
  return { problem: resolution };
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

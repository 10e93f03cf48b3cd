import type { TableInput } from '../csv/read-table.ts';
import { z } from 'zod';
import type { Account, Chart } from '../accounts/account.ts';
import { accountKey, accountNames, resolveAccount } from '../accounts/create-chart.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { amountValue, amountValueIn } from '../records/cells.ts';
import type { AmountUnit } from '../units/amount-unit.ts';
import { columnUnit, inputHeaderFields } from '../units/amount-unit.ts';
import { readRecords, type CellParser, type RecordTable } from '../records/record-table.ts';
import { nearest } from '../text/edit-distance.ts';

/** One budget row: the budget of an account or a level 1 category for a period. Money in fen. */
export interface BudgetRow {
  line: number;
  account: Account;
  /** 预算数 */
  budgetFen: number;
  /** 调整数 (0 when not given) */
  adjustmentFen: number;
  /** 上年决算数, when given. */
  priorActualFen?: number;
}

/** An account or category of the chart; an unknown one is reported with the nearest name. */
function budgetAccountValue(chart: Chart): CellParser<Account> {
  const names = accountNames(chart);
  return (cell, place, issues) => {
    const written = cell?.text ?? '';
    const account = resolveAccount(chart, written);
    if (account) return account;
    const suggestion = nearest(accountKey(written), names.map(accountKey));
    const original = suggestion ? names.find((n) => accountKey(n) === suggestion) : undefined;
    issues.add({
      file: place.file,
      line: place.line,
      column: cell?.column ?? 0,
      code: 'account.unknown',
      message: written === '' ? '“科目”不能为空' : `科目“${written}”不在科目表中`,
      expected: '科目表中的科目名称、别名或编码',
      found: written === '' ? '空白' : written,
      ...(original ? { hint: `是否应为“${original}”？` } : {}),
    });
    return undefined;
  };
}

const fen = z.number().int();

const BudgetSchema = z.object({
  account: z.custom<Account>(),
  budget: fen,
  adjustment: fen.optional(),
  prior: fen.optional(),
});

/** The amount columns of a budget file: the headers staff write, English and variant aliases. */
const AMOUNT_COLUMNS = {
  budget: { header: '预算数', aliases: ['budget', '本年预算数', '年初预算数', '预算'] },
  adjustment: { header: '调整数', aliases: ['adjustment', '预算调整数', '调整'] },
  prior: { header: '上年决算数', aliases: ['prior_actual', '上年决算'] },
} as const;

type AmountColumn = keyof typeof AMOUNT_COLUMNS;

/** The unit each amount column is kept in, and its header as written (万元 from "预算数（万元）"). */
export type BudgetUnits = Partial<Record<AmountColumn, { header?: string; unit: AmountUnit }>>;

/** The units a budget file's header states for its amount columns (元 where none is stated). */
export function budgetUnits(input: TableInput): BudgetUnits {
  const fields = inputHeaderFields(input);
  const units: BudgetUnits = {};
  for (const [key, names] of Object.entries(AMOUNT_COLUMNS) as [AmountColumn, (typeof AMOUNT_COLUMNS)[AmountColumn]][])
    units[key] = columnUnit(fields, [names.header, ...names.aliases]);
  return units;
}

/**
 * budgets/<期间编号>.csv: known accounts, valid amounts, each account budgeted once (a repeat
 * is found even when the first row's amount is bad). Amounts are in 元, or in 万元 where a
 * column header says so (`units`, from {@link budgetUnits}).
 */
export function budgetTable(file: string, chart: Chart, units: BudgetUnits = {}): RecordTable<typeof BudgetSchema> {
  const amount = (key: AmountColumn) => {
    const unit = units[key];
    return unit?.unit === '万元' ? amountValueIn('万元', unit.header) : amountValue;
  };
  return {
    file,
    code: 'budget',
    title: '预算',
    schema: BudgetSchema,
    columns: {
      account: {
        header: '科目',
        aliases: ['account', '项目', '会计科目'],
        required: true,
        parse: budgetAccountValue(chart),
      },
      budget: { ...AMOUNT_COLUMNS.budget, required: true, wan: true, parse: amount('budget') },
      adjustment: {
        ...AMOUNT_COLUMNS.adjustment,
        required: false,
        keepRow: true,
        wan: true,
        parse: amount('adjustment'),
      },
      prior: { ...AMOUNT_COLUMNS.prior, required: false, keepRow: true, wan: true, parse: amount('prior') },
    },
    unique: {
      key: 'account',
      identity: (account) => (account as Account).code,
      code: 'budget.duplicate-account',
      message: (account, line) => `科目“${(account as Account).name}”的预算重复，第 ${line} 行已填写`,
      expected: '每个科目只填一行预算',
      evenOnDroppedRows: true,
    },
  };
}

/** Reads one budget file by its declaration: one BudgetRow per usable row, in file order. */
export function readBudgetFile(file: string, text: TableInput, chart: Chart, issues: IssueList): BudgetRow[] {
  return readRecords(budgetTable(file, chart, budgetUnits(text)), text, issues).map(({ line, value }) => ({
    line,
    account: value.account,
    budgetFen: value.budget,
    adjustmentFen: value.adjustment ?? 0,
    ...(value.prior !== undefined ? { priorActualFen: value.prior } : {}),
  }));
}

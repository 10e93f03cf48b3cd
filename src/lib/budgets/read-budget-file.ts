import type { Account, Chart } from '../accounts/account.ts';
import { accountKey, accountNames, resolveAccount } from '../accounts/create-chart.ts';
import { amountCell } from '../csv/cell-values.ts';
import type { ColumnSpec } from '../csv/read-table.ts';
import { readTable } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
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

export const BUDGET_COLUMNS: readonly ColumnSpec<'account' | 'budget' | 'adjustment' | 'prior'>[] = [
  { key: 'account', header: '科目', aliases: ['account', '项目', '会计科目'], required: true },
  { key: 'budget', header: '预算数', aliases: ['budget', '本年预算数', '年初预算数', '预算'], required: true },
  { key: 'adjustment', header: '调整数', aliases: ['adjustment', '预算调整数', '调整'], required: false },
  { key: 'prior', header: '上年决算数', aliases: ['prior_actual', '上年决算'], required: false },
];

/** Reads budgets/<period>.csv: known accounts, valid amounts, each account budgeted once. */
export function readBudgetFile(file: string, text: string, chart: Chart, issues: IssueList): BudgetRow[] {
  const rows = readTable(file, text, BUDGET_COLUMNS, issues);
  if (!rows) return [];
  const out: BudgetRow[] = [];
  const seen = new Map<string, number>();
  const names = accountNames(chart);
  for (const { line, cells } of rows) {
    const written = cells.account?.text ?? '';
    const account = resolveAccount(chart, written);
    const budgetFen = amountCell(cells.budget, { file, line, header: '预算数' }, issues, { required: true });
    const adjustmentFen = amountCell(cells.adjustment, { file, line, header: '调整数' }, issues, { required: false });
    const priorActualFen = amountCell(cells.prior, { file, line, header: '上年决算数' }, issues, { required: false });
    if (!account) {
      const suggestion = nearest(accountKey(written), names.map(accountKey));
      const original = suggestion ? names.find((n) => accountKey(n) === suggestion) : undefined;
      issues.add({
        file,
        line,
        column: cells.account?.column ?? 0,
        code: 'account.unknown',
        message: written === '' ? '“科目”不能为空' : `科目“${written}”不在科目表中`,
        expected: '科目表中的科目名称、别名或编码',
        found: written === '' ? '空白' : written,
        ...(original ? { hint: `是否应为“${original}”？` } : {}),
      });
      continue;
    }
    const earlier = seen.get(account.code);
    if (earlier !== undefined) {
      issues.add({
        file,
        line,
        column: cells.account!.column,
        code: 'budget.duplicate-account',
        message: `科目“${account.name}”的预算重复，第 ${earlier} 行已填写`,
        expected: '每个科目只填一行预算',
        found: written,
      });
      continue;
    }
    seen.set(account.code, line);
    if (budgetFen === undefined) continue;
    out.push({
      line,
      account,
      budgetFen,
      adjustmentFen: adjustmentFen ?? 0,
      ...(priorActualFen !== undefined ? { priorActualFen } : {}),
    });
  }
  return out;
}

import { formatYuan } from '../money/format-amount.ts';
import { routePath } from '../routes/routes.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import { spendingCheck, spendingItems, type SpendingItem } from '../statement/spending-items.ts';
import type { Statement } from '../statement/statement.ts';

/** One row of the 支出按性质 table, formatted (amounts in 元). */
export interface SpendingRowView {
  kind: SpendingItem['kind'];
  label: string;
  amount: string;
  /** Share of 支出合计 ("90.12%"), or "" for a project row. */
  expenseShare: string;
  /** Share of 项目支出 ("81.10%"), or "" for 基本支出 and 支出合计. */
  projectShare: string;
  /** "5 笔". */
  lines: string;
  /** The ledger page and line where a project's first line is, when the period has a ledger. */
  ledgerPath?: string;
}

/** The 支出按性质 section of a page: its rows and its checks in words. */
export interface SpendingView {
  rows: SpendingRowView[];
  /** Each check with both figures, e.g. "基本支出 160,000.00 + 项目支出 16,030.00 = 176,030.00，与支出合计 176,030.00 相符". */
  checks: { text: string; ok: boolean }[];
}

/** The two checks of the table in words, each with its figures and outcome. */
export function spendingCheckTexts(statement: Statement): { text: string; ok: boolean }[] {
  const c = spendingCheck(statement);
  if (!c) return [];
  const sum = c.basicFen + c.projectFen;
  const outcome = (a: number, b: number) => (a === b ? '相符' : `不符，相差 ${formatYuan(a - b)}`);
  const checks = [
    {
      text: `基本支出 ${formatYuan(c.basicFen)} + 项目支出 ${formatYuan(c.projectFen)} = ${formatYuan(sum)}，与支出合计 ${formatYuan(c.expenseFen)} ${outcome(sum, c.expenseFen)}`,
      ok: sum === c.expenseFen,
    },
  ];
  if (c.projectFens.length > 0)
    checks.push({
      text: `各项目之和 ${c.projectFens.map(formatYuan).join(' + ')} = ${formatYuan(c.projectSumFen)}，与项目支出 ${formatYuan(c.projectFen)} ${outcome(c.projectSumFen, c.projectFen)}；各项目占比之和 ${formatShare(c.projectShareSumBp)}`,
      ok: c.projectSumFen === c.projectFen && c.projectShareSumBp === (c.projectFen > 0 ? 10_000 : 0),
    });
  return checks;
}

/**
 * The 支出按性质 table of a statement, from {@link spendingItems} (the rows the CSV and the
 * data package are made of); undefined when the period does not state the split. `pageOf`
 * gives the ledger page of a fund file line, when the period has ledger pages.
 */
export function spendingView(statement: Statement, pageOf?: ReadonlyMap<number, number>): SpendingView | undefined {
  const items = spendingItems(statement);
  if (!items) return undefined;
  const period = statement.period.id;
  return {
    rows: items.map((item) => {
      const page = item.firstLine !== undefined ? pageOf?.get(item.firstLine) : undefined;
      return {
        kind: item.kind,
        label: item.label,
        amount: formatYuan(item.fen),
        expenseShare: item.expenseShareBp === undefined ? '' : formatShare(item.expenseShareBp),
        projectShare: item.projectShareBp === undefined ? '' : formatShare(item.projectShareBp),
        lines: `${item.lineCount} 笔`,
        ...(page !== undefined ? { ledgerPath: routePath({ to: 'ledger', period, page, line: item.firstLine }) } : {}),
      };
    }),
    checks: spendingCheckTexts(statement),
  };
}

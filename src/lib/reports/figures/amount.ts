import { resolveAccount } from '../../accounts/create-chart.ts';
import type { BudgetExecutionRow } from '../../budgets/budget-execution.ts';
import { toChineseUppercase } from '../../money/chinese-uppercase.ts';
import { formatWan, formatYuan } from '../../money/format-amount.ts';
import { formatPercent } from '../../numbers/rates.ts';
import type { PeriodData, SiteData } from '../../model/site-data.ts';
import { fail, figure, type FigureProblem, type FigureResult, type TagProps } from './figure-types.ts';
import { findAccount, findPeriod, findTotal, type Found } from './lookup.ts';

/** Units an amount can be printed in. */
export const MONEY_UNITS = ['元', '万元', '大写'] as const;

/** Budget columns `<Amount budget="…">` can cite (决算数 is the statement's figure). */
export const BUDGET_COLUMNS = ['预算数', '调整数', '调整后预算数', '上年决算数', '决算数'] as const;

/**
 * An amount in fen as prose prints it, with its unit: "52,368.50 元" (as in the tables),
 * "5.24 万元" (`decimals` 0–6, default 2) or 大写 "伍万贰仟叁佰陆拾捌元伍角".
 */
export function formatMoney(fen: number, unit: (typeof MONEY_UNITS)[number], decimals = 2): string {
  if (unit === '万元') return `${formatWan(fen, decimals)} 万元`;
  if (unit === '大写') return toChineseUppercase(fen);
  return `${formatYuan(fen)} 元`;
}

function unitOf(props: TagProps): Found<{ unit: (typeof MONEY_UNITS)[number]; decimals: number }> {
  const unit = (props.unit ?? '元') as (typeof MONEY_UNITS)[number];
  if (props.decimals !== undefined && (!/^[0-6]$/.test(props.decimals) || unit !== '万元')) {
    const problem: FigureProblem = {
      attribute: 'decimals',
      code: 'report.bad-decimals',
      message: 'decimals（小数位数）只用于 unit="万元"，应为 0 到 6 的整数',
      expected: '如 unit="万元" decimals="1"',
      found: props.decimals,
    };
    return { ok: false, problem };
  }
  return { ok: true, value: { unit, decimals: props.decimals === undefined ? 2 : Number(props.decimals) } };
}

/** The budget row of the account in `props.account` for the period, or why there is none. */
export function findBudgetRow(
  site: SiteData,
  data: PeriodData,
  written: string | undefined,
): Found<BudgetExecutionRow> {
  const period = data.statement.period;
  if (!data.budget) {
    return {
      ok: false,
      problem: {
        attribute: 'period',
        code: 'report.no-budget',
        message: `期间“${period.label}”没有预算`,
        expected: `存在 budgets/${period.id}.csv`,
        found: '没有预算文件',
      },
    };
  }
  const names = data.budget.rows.map((r) => r.account.name);
  const account = written === undefined ? undefined : resolveAccount(site.chart, written);
  const row = account && data.budget.rows.find((r) => r.account.code === account.code);
  if (!row) {
    return {
      ok: false,
      problem: {
        attribute: 'account',
        code: 'report.not-in-budget',
        message: `${data.budget.file} 中没有科目“${written ?? ''}”`,
        expected: names.join('、'),
        found: written ?? '未填写',
      },
    };
  }
  return { ok: true, value: row };
}

function budgetFen(row: BudgetExecutionRow, column: string): Found<number> {
  const values: Record<string, number | undefined> = {
    预算数: row.budgetFen,
    调整数: row.adjustmentFen,
    调整后预算数: row.adjustedFen,
    上年决算数: row.priorActualFen,
    决算数: row.actualFen,
  };
  const fen = values[column];
  if (fen === undefined) {
    return {
      ok: false,
      problem: {
        attribute: 'budget',
        code: 'report.budget-value-missing',
        message: `预算文件中科目“${row.account.name}”的“${column}”没有填写`,
        expected: '在预算文件中填写这一列',
        found: '空白',
      },
    };
  }
  return { ok: true, value: fen };
}

/** `<Amount period account|total [budget] [unit] [decimals] />`: one amount of a period. */
export function resolveAmount(site: SiteData, props: TagProps): FigureResult {
  const period = findPeriod(site, props.period);
  if (!period.ok) return fail(period.problem);
  const unit = unitOf(props);
  if (!unit.ok) return fail(unit.problem);
  const data = period.value.data;
  const id = data.statement.period.id;
  if ((props.account === undefined) === (props.total === undefined)) {
    return fail({
      code: 'report.amount-source',
      message: '<Amount> 需要 account（科目）或 total（合计项）二者之一',
      expected: 'account="会费收入" 或 total="期末结余"',
      found: props.account && props.total ? '两者都写了' : '都没有写',
    });
  }
  let fen: number;
  if (props.budget !== undefined) {
    if (props.account === undefined)
      return fail({
        attribute: 'budget',
        code: 'report.budget-needs-account',
        message: 'budget 只能与 account（科目）一起使用',
        expected: 'account="会费收入" budget="预算数"',
        found: `total="${props.total}"`,
      });
    const row = findBudgetRow(site, data, props.account);
    if (!row.ok) return fail(row.problem);
    const value = budgetFen(row.value, props.budget);
    if (!value.ok) return fail(value.problem);
    fen = value.value;
  } else if (props.total !== undefined) {
    const total = findTotal(props.total);
    if (!total.ok) return fail(total.problem);
    fen = total.value.fen(data.statement);
  } else {
    const account = findAccount(site, data.statement, props.account);
    if (!account.ok) return fail(account.problem);
    fen = account.value.fen;
  }
  return figure(formatMoney(fen, unit.value.unit, unit.value.decimals), [id]);
}

/** `<BudgetRate period account />`: 完成率 = 决算数 ÷ 调整后预算数, with its denominator named. */
export function resolveBudgetRate(site: SiteData, props: TagProps): FigureResult {
  const period = findPeriod(site, props.period);
  if (!period.ok) return fail(period.problem);
  const row = findBudgetRow(site, period.value.data, props.account);
  if (!row.ok) return fail(row.problem);
  const r = row.value;
  if (r.rateBp === null) {
    return fail({
      attribute: 'account',
      code: 'report.budget-zero',
      message: `科目“${r.account.name}”的调整后预算数为 0，无法计算完成率`,
      expected: '调整后预算数不为 0',
      found: '0.00',
    });
  }
  const denominator = r.adjustmentFen === 0 ? '预算数' : '调整后预算数';
  return figure(`为${denominator}的 ${formatPercent(r.rateBp)}`, [period.value.data.statement.period.id]);
}

import type { CorrectionView } from '../audit/corrections/check-corrections.ts';
import { FLAG_RULES, ruleApplies } from '../audit/flags/audit-line.ts';
import type { PeriodFlags } from '../audit/flags/period-flags.ts';
import { RULE_TEXTS } from '../audit/flags/rule-texts.ts';
import { kindLabel } from '../disclosure/kinds.ts';
import type { RegisterRow } from '../disclosure/register.ts';
import { STATUS_LABELS } from '../disclosure/status.ts';
import { COUNT_HEADERS } from '../membership/membership-rates.ts';
import type { PeriodData } from '../model/site-data.ts';
import { fenToDecimalString } from '../money/format-amount.ts';
import type { Period } from '../periods/period.ts';
import type { StatementLine, StatementSide } from '../statement/statement.ts';
import { spendingItems } from '../statement/spending-items.ts';
import { field, type PackageCell, type PackageField, type PackageTable } from './package-table.ts';

/** Whether 公开范围 (periods.csv) publishes a side of the period's statement. */
export function sidePublished(period: Period, kind: 'income' | 'expense'): boolean {
  return period.scope === '全部' || (kind === 'income' ? period.scope === '仅收入' : period.scope === '仅支出');
}

/** Basis points as a plain percent number with two decimals: 7866 → "78.66", null → undefined. */
export function percentText(bp: number | null): string | undefined {
  if (bp === null) return undefined;
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const yuan = (fen: number | undefined): string | undefined => (fen === undefined ? undefined : fenToDecimalString(fen));

const PERIOD_ID = field('期间编号', 'periodId', 'string', 'periods.csv 中的期间编号');
const SIDE = field('收支', 'side', 'string', '收入 或 支出');
const LEVEL = field(
  '级次',
  'level',
  'integer',
  '科目级次：1 为类别（一级科目），2 为明细科目，3 为本单位自设的下一级明细',
);
const CODE = field('科目编码', 'accountCode', 'string', '科目编码（与会计制度一起才有意义）');
const NAME = field('科目名称', 'accountName', 'string', '科目名称');
const PARENT = field('上级科目编码', 'parentCode', 'string', '上一级科目的编码；一级科目为空');

/** The columns of periods.csv. */
export const PERIODS_FIELDS: readonly PackageField[] = [
  PERIOD_ID,
  field('期间名称', 'label', 'string', '期间的显示名称'),
  field('开始日期', 'start', 'date', '期间第一天'),
  field('结束日期', 'end', 'date', '期间最后一天'),
  field('会计制度', 'accountingSystem', 'string', '2009 或 2021（《工会会计制度》的年份）'),
  field('公开范围', 'scope', 'string', '全部、仅收入 或 仅支出；未公开一方的合计与结余为空'),
  field('期初结余（元）', 'openingYuan', 'number', '期初结转结余，元，两位小数'),
  field('本期收入合计（元）', 'incomeYuan', 'number', '本期收入合计，元'),
  field('本期支出合计（元）', 'expenseYuan', 'number', '本期支出合计，元'),
  field('本期收支结余（元）', 'surplusYuan', 'number', '收入合计 − 支出合计，元，可为负'),
  field('期末结余（元）', 'closingYuan', 'number', '期初 + 收入 − 支出，元'),
  field('收支表公开日期', 'publishedOn', 'date', '收支表公开的日期；未记录为空'),
  field('预算公开日期', 'budgetPublishedOn', 'date', '预算公开的日期；未记录为空'),
];

/** periods.csv: one row per period with its balances and totals. */
export function periodsTable(periods: readonly PeriodData[]): PackageTable {
  return {
    name: 'periods',
    path: 'periods.csv',
    title: '期间与结余',
    primaryKey: ['periodId'],
    fields: PERIODS_FIELDS,
    rows: periods.map(({ statement: s }) => {
      const income = sidePublished(s.period, 'income');
      const expense = sidePublished(s.period, 'expense');
      return {
        periodId: s.period.id,
        label: s.period.label,
        start: s.period.start,
        end: s.period.end,
        accountingSystem: s.period.system,
        scope: s.period.scope,
        openingYuan: yuan(s.openingFen),
        incomeYuan: income ? yuan(s.income.totalFen) : undefined,
        expenseYuan: expense ? yuan(s.expense.totalFen) : undefined,
        surplusYuan: income && expense ? yuan(s.surplusFen) : undefined,
        closingYuan: income && expense ? yuan(s.closingFen) : undefined,
        publishedOn: s.period.publishedOn,
        budgetPublishedOn: s.period.budgetPublishedOn,
      };
    }),
  };
}

function lineRow(periodId: string, side: string, line: StatementLine, parentCode: string): Record<string, PackageCell> {
  return {
    periodId,
    side,
    level: line.account.level,
    accountCode: line.account.code,
    accountName: line.account.name,
    parentCode,
    amountYuan: yuan(line.fen),
    sharePercent: percentText(line.shareBp),
  };
}

function sideRows(periodId: string, side: StatementSide): Record<string, PackageCell>[] {
  const label = side.kind === 'income' ? '收入' : '支出';
  return side.categories.flatMap((category) => [
    {
      periodId,
      side: label,
      level: 1,
      accountCode: category.account.code,
      accountName: category.account.name,
      parentCode: undefined,
      amountYuan: yuan(category.fen),
      sharePercent: percentText(category.shareBp),
    },
    ...category.lines
      .filter((line) => line.account.code !== category.account.code)
      .flatMap((line) => [
        lineRow(periodId, label, line, category.account.code),
        ...line.children
          .filter((child) => child.account.code !== line.account.code)
          .map((child) => lineRow(periodId, label, child, line.account.code)),
      ]),
  ]);
}

/** The columns of statements.csv. */
export const STATEMENTS_FIELDS: readonly PackageField[] = [
  PERIOD_ID,
  SIDE,
  LEVEL,
  CODE,
  NAME,
  PARENT,
  field('金额（元）', 'amountYuan', 'number', '本期发生额，元，两位小数'),
  field('占比（%）', 'sharePercent', 'number', '占本期收入合计或支出合计的百分比，两位小数'),
];

/**
 * statements.csv: the statement of every period, one row per category (级次 1), per
 * account under it (级次 2) and per 明细 under that (级次 3), income then expense, as the
 * statement page lists them; a side that 公开范围 leaves out has no rows. Money booked to an
 * account itself has no row below it, so the rows under an account may sum to less than it;
 * the level 1 rows of a published side sum to the side's total.
 */
export function statementsTable(periods: readonly PeriodData[]): PackageTable {
  return {
    name: 'statements',
    path: 'statements.csv',
    title: '经费收支表（按期间和科目）',
    primaryKey: ['periodId', 'accountCode'],
    fields: STATEMENTS_FIELDS,
    rows: periods.flatMap(({ statement: s }) => [
      ...(sidePublished(s.period, 'income') ? sideRows(s.period.id, s.income) : []),
      ...(sidePublished(s.period, 'expense') ? sideRows(s.period.id, s.expense) : []),
    ]),
  };
}

/** The columns of budgets.csv. */
export const BUDGETS_FIELDS: readonly PackageField[] = [
  PERIOD_ID,
  SIDE,
  LEVEL,
  CODE,
  NAME,
  field('上年决算（元）', 'priorActualYuan', 'number', '预算表所列上年决算数；未列为空'),
  field('预算数（元）', 'budgetYuan', 'number', '年初预算'),
  field('调整数（元）', 'adjustmentYuan', 'number', '预算调整，可为负'),
  field('调整后预算（元）', 'adjustedYuan', 'number', '预算数 + 调整数'),
  field('决算数（元）', 'actualYuan', 'number', '收支表中该科目（类别为其全部科目）的本期发生额'),
  field('完成率（%）', 'ratePercent', 'number', '决算数 ÷ 调整后预算；调整后预算为 0 时为空'),
  field('差额（元）', 'differenceYuan', 'number', '决算数 − 调整后预算'),
];

/** budgets.csv: budget execution per period and account, in budget file order (income first). */
export function budgetsTable(periods: readonly PeriodData[]): PackageTable {
  return {
    name: 'budgets',
    path: 'budgets.csv',
    title: '预算与执行',
    primaryKey: ['periodId', 'accountCode'],
    fields: BUDGETS_FIELDS,
    rows: periods.flatMap((p) =>
      [...(p.budget?.rows ?? [])]
        .sort((a, b) => (a.account.kind === b.account.kind ? 0 : a.account.kind === 'income' ? -1 : 1))
        .map((row) => ({
          periodId: p.statement.period.id,
          side: row.account.kind === 'income' ? '收入' : '支出',
          level: row.account.level,
          accountCode: row.account.code,
          accountName: row.account.name,
          priorActualYuan: yuan(row.priorActualFen),
          budgetYuan: yuan(row.budgetFen),
          adjustmentYuan: yuan(row.adjustmentFen),
          adjustedYuan: yuan(row.adjustedFen),
          actualYuan: yuan(row.actualFen),
          ratePercent: percentText(row.rateBp),
          differenceYuan: yuan(row.differenceFen),
        })),
    ),
  };
}

/** The columns of membership.csv. */
export const MEMBERSHIP_FIELDS: readonly PackageField[] = [
  PERIOD_ID,
  field(COUNT_HEADERS.members, 'members', 'integer', '期末会员人数'),
  field(COUNT_HEADERS.employees, 'employees', 'integer', '期末职工人数；未填为空'),
  field(COUNT_HEADERS.women, 'women', 'integer', '期末女会员人数；未填为空'),
  field(COUNT_HEADERS.retirees, 'retirees', 'integer', '期末退休会员人数；未填为空'),
  field(COUNT_HEADERS.newMembers, 'newMembers', 'integer', '本期新入会人数；未填为空'),
];

/** membership.csv: the counts of membership.csv per period (people at the period's end). */
export function membershipTable(periods: readonly PeriodData[]): PackageTable {
  return {
    name: 'membership',
    path: 'membership.csv',
    title: '会员人数',
    primaryKey: ['periodId'],
    fields: MEMBERSHIP_FIELDS,
    rows: periods.flatMap(({ membership: m }) =>
      m
        ? [
            {
              periodId: m.periodId,
              members: m.members,
              employees: m.employees,
              women: m.women,
              retirees: m.retirees,
              newMembers: m.newMembers,
            },
          ]
        : [],
    ),
  };
}

/** The columns of register.csv. */
export const REGISTER_FIELDS: readonly PackageField[] = [
  field('事项类别', 'kind', 'string', '事项类别的英文键，如 fund-statement、audit-report'),
  field('类别名称', 'kindLabel', 'string', '事项类别的中文名，如 经费收支、经审报告'),
  field('标题', 'title', 'string', '登记簿中显示的标题'),
  PERIOD_ID,
  field('涵盖', 'covers', 'string', '该事项涵盖的期间或季度，如 2024年度'),
  field('公开对象', 'audience', 'string', '全体、会员 或 经审'),
  field('公开期限', 'deadline', 'date', '按时公开的最后一天；无规定为空'),
  field('公开日期', 'publishedOn', 'date', '实际公开的日期；未公开为空'),
  field('状态', 'status', 'string', 'published、due、overdue 或 expired'),
  field('状态名称', 'statusLabel', 'string', '已公开、待公开、逾期未公开 或 公示期满'),
  field('逾期天数', 'lateDays', 'integer', '已公开：晚于期限的天数；逾期未公开：截至生成日期已逾期的天数'),
  field('应公开未见', 'missing', 'boolean', 'true 表示公开时间表要求此项而数据中没有'),
];

/** register.csv: the disclosure register as of the build date, row for row as the register page shows it. */
export function registerTable(rows: readonly RegisterRow[]): PackageTable {
  return {
    name: 'register',
    path: 'register.csv',
    title: '公开事项登记（截至生成日期）',
    primaryKey: [],
    fields: REGISTER_FIELDS,
    rows: rows.map((row) => ({
      kind: row.item.kind,
      kindLabel: kindLabel(row.item.kind),
      title: row.item.title,
      periodId: row.item.periodId,
      covers: row.covers,
      audience: row.item.audience,
      deadline: row.deadline,
      publishedOn: row.item.publishedOn,
      status: row.status,
      statusLabel: STATUS_LABELS[row.status],
      lateDays: row.lateDays,
      missing: row.missing,
    })),
  };
}

/** The columns of balance-sheets.csv. */
export const BALANCE_SHEETS_FIELDS: readonly PackageField[] = [
  PERIOD_ID,
  field('行次', 'row', 'integer', '在资产负债表（工会01表）中的行次，从 1 起'),
  field('项目', 'item', 'string', '工会01表的项目名称，如 货币资金、资产总计'),
  field('部分', 'section', 'string', '资产、负债 或 净资产'),
  field('合计行', 'total', 'boolean', 'true 表示由本表其他行相加得出的合计行'),
  field('年初余额（元）', 'openingYuan', 'number', '年初余额，元，两位小数'),
  field('年末余额（元）', 'closingYuan', 'number', '年末余额，元，两位小数'),
];

/**
 * balance-sheets.csv: the 资产负债表 (工会01表) of every period that has one, every row of
 * the regulation in its order with both columns as checked (totals computed from their
 * parts, so 资产总计 = 负债合计 + 净资产合计 in both columns).
 */
export function balanceSheetsTable(periods: readonly PeriodData[]): PackageTable {
  return {
    name: 'balance-sheets',
    path: 'balance-sheets.csv',
    title: '资产负债表（工会01表）',
    primaryKey: ['periodId', 'item'],
    fields: BALANCE_SHEETS_FIELDS,
    rows: periods.flatMap(({ balanceSheet: sheet }) =>
      (sheet?.lines ?? []).map((line, i) => ({
        periodId: sheet!.periodId,
        row: i + 1,
        item: line.spec.name,
        section: line.spec.section,
        total: line.spec.parts !== undefined,
        openingYuan: yuan(line.openingFen),
        closingYuan: yuan(line.closingFen),
      })),
    ),
  };
}

/** The columns of corrections.csv. */
export const CORRECTIONS_FIELDS: readonly PackageField[] = [
  PERIOD_ID,
  field('更正日期', 'date', 'date', '更正的日期'),
  field('原因', 'reason', 'string', '更正原因'),
  field('经办人', 'handler', 'string', '办理更正的人（网站上公开的姓名）'),
  field('所更正的公开', 'correctsRecordOf', 'date', '被更正的那次公开的记录日期'),
  field('项目', 'figure', 'string', '改动的数字：期初结余、收入合计 或 科目名称；未改动数字为空'),
  CODE,
  field('更正前（元）', 'beforeYuan', 'number', '更正前公开的数字，元'),
  field('更正后（元）', 'afterYuan', 'number', '更正后的数字，元'),
];

/**
 * corrections.csv: every correction of published figures (corrections.csv of the data
 * folder, checked against the recorded publications), one row per figure it changed, before
 * and after; a correction that changed no figure has one row with the figure columns empty.
 */
export function correctionsPackageTable(corrections: readonly CorrectionView[]): PackageTable {
  return {
    name: 'corrections',
    path: 'corrections.csv',
    title: '已公开数字的更正',
    primaryKey: [],
    fields: CORRECTIONS_FIELDS,
    rows: corrections.flatMap((c) => {
      const base = {
        periodId: c.periodId,
        date: c.date,
        reason: c.reason,
        handler: c.handler,
        correctsRecordOf: c.correctsRecordOf,
      };
      if (c.changes.length === 0) return [base];
      return c.changes.map((change) => ({
        ...base,
        figure: change.label,
        accountCode: change.code,
        beforeYuan: yuan(change.beforeFen),
        afterYuan: yuan(change.afterFen),
      }));
    }),
  };
}

/** The columns of spending.csv. */
export const SPENDING_FIELDS: readonly PackageField[] = [
  PERIOD_ID,
  field('性质', 'kind', 'string', '基本支出、项目支出（全部项目之和）、项目（一个项目）或 支出合计'),
  field('名称', 'item', 'string', '基本支出、项目支出、支出合计，或项目名称（经费文件“项目名称”列）'),
  field('金额（元）', 'amountYuan', 'number', '本期支出，元，两位小数；项目为明细账中写明该项目的支出'),
  field(
    '占支出合计（%）',
    'expenseSharePercent',
    'number',
    '基本支出与项目支出占本期支出合计的百分比，两者之和为 100.00',
  ),
  field('占项目支出（%）', 'projectSharePercent', 'number', '各项目占项目支出的百分比，各项目之和为 100.00'),
  field('笔数', 'lineCount', 'integer', '经费文件中的支出行数'),
  field(
    '调整后预算（元）',
    'adjustedYuan',
    'number',
    '项目的预算数 + 调整数（预算文件中科目为“项目支出”的行）；未编预算为空',
  ),
  field('完成率（%）', 'ratePercent', 'number', '项目金额 ÷ 调整后预算；未编预算或预算为 0 时为空'),
];

/**
 * spending.csv: 支出按性质 of every period whose fund file states it (基本支出, 项目支出, each
 * project, 支出合计), row for row as the statement page's table, with each project's budget
 * and 完成率 where the budget file gives one; a budgeted project no fund line names has a row
 * with amount 0.00 and 0 lines.
 */
export function spendingTable(periods: readonly PeriodData[]): PackageTable {
  return {
    name: 'spending',
    path: 'spending.csv',
    title: '支出按性质（基本支出、项目支出及项目预算）',
    primaryKey: ['periodId', 'kind', 'item'],
    fields: SPENDING_FIELDS,
    rows: periods.flatMap(({ statement: s, budget }) => {
      const periodId = s.period.id;
      const budgets = new Map((budget?.projects ?? []).map((p) => [p.project, p]));
      const items = spendingItems(s) ?? [];
      const named = new Set(items.filter((i) => i.kind === 'project').map((i) => i.label));
      const kindName = { basic: '基本支出', projects: '项目支出', project: '项目', total: '支出合计' } as const;
      const rows: Record<string, PackageCell>[] = items.map((item) => {
        const b = item.kind === 'project' ? budgets.get(item.label) : undefined;
        return {
          periodId,
          kind: kindName[item.kind],
          item: item.label,
          amountYuan: yuan(item.fen),
          expenseSharePercent: item.expenseShareBp === undefined ? undefined : percentText(item.expenseShareBp),
          projectSharePercent: item.projectShareBp === undefined ? undefined : percentText(item.projectShareBp),
          lineCount: item.lineCount,
          adjustedYuan: b ? yuan(b.adjustedFen) : undefined,
          ratePercent: b ? percentText(b.rateBp) : undefined,
        };
      });
      for (const b of budget?.projects ?? []) {
        if (named.has(b.project)) continue;
        rows.push({
          periodId,
          kind: '项目',
          item: b.project,
          amountYuan: yuan(0),
          lineCount: 0,
          adjustedYuan: yuan(b.adjustedFen),
          ratePercent: percentText(b.rateBp),
        });
      }
      return rows;
    }),
  };
}

/** The columns of flags.csv. */
export const FLAGS_FIELDS: readonly PackageField[] = [
  PERIOD_ID,
  field('规则', 'rule', 'string', '疑点提示规则的英文键，如 split-payment、duplicate'),
  field('规则名称', 'ruleTitle', 'string', '规则的中文名，如 疑似拆分支付、休息日入账'),
  field('适用', 'applies', 'boolean', 'false 表示本期不适用这条规则（汇总表没有逐笔明细，逐笔核对的规则无从核对）'),
  field('处数', 'count', 'integer', '按这条规则提示的处数；只是查看的线索，不是结论；不适用时为 0'),
];

/**
 * flags.csv: how many 疑点提示 (places to look) each rule found in each period, every rule
 * listed (0 included, so a reader sees what was looked at), as the period's audit page counts
 * them. Counts only: no line, memo, voucher or amount of a flag is in the package (the audit
 * page shows those). `flags` is in the order of `periods`.
 */
export function flagsTable(periods: readonly PeriodData[], flags: readonly PeriodFlags[]): PackageTable {
  return {
    name: 'flags',
    path: 'flags.csv',
    title: '疑点提示处数（按期间和规则）',
    primaryKey: ['periodId', 'rule'],
    fields: FLAGS_FIELDS,
    rows: periods.flatMap(({ statement: s }, i) => {
      const period = flags[i];
      if (!period) return [];
      return FLAG_RULES.map((rule) => ({
        periodId: s.period.id,
        rule,
        ruleTitle: RULE_TEXTS[rule].title,
        applies: ruleApplies(rule, period.ledger),
        count: period.counts[rule],
      }));
    }),
  };
}

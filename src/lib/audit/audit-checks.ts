import { actualFor, projectActual } from '../budgets/budget-execution.ts';
import { spendingCheck } from '../statement/spending-items.ts';
import { daysInclusive } from '../dates/calendar.ts';
import { formatYuan } from '../money/format-amount.ts';
import { formatPercent } from '../numbers/rates.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import type { PeriodData, SiteData } from '../model/site-data.ts';
import type { StatementSide } from '../statement/statement.ts';
import { noteCoverage } from '../notes/statement-note.ts';

/** The areas of the audit view, in the order auditors read them. */
export const AUDIT_AREAS = ['收支平衡', '结余衔接', '合计核对', '资产负债表', '预算执行', '附注', '预警'] as const;

/** One check shown to auditors: what was compared, with which figures, and the outcome. */
export interface AuditCheck {
  area: (typeof AUDIT_AREAS)[number];
  label: string;
  /** The figures compared, as printed (元), e.g. "32,222.59 + 387,362.60 − 349,550.60 = 70,034.59". */
  inputs: string;
  /** The outcome in words: 相符, 一致, 完成率 101.49% … */
  result: string;
  /**
   * True when an auditor should look (完成率 outside 90%–110%, a 上年决算数 that differs from
   * the previous statement). Failures never get here: the build stops on them.
   */
  attention: boolean;
}

const SIDE_NAME = { income: '本期收入', expense: '本期支出' } as const;

/**
 * The outcome of comparing two amounts (fen) the page prints side by side: 相符, or 不符 with
 * the difference, so the page says what the comparison found rather than assuming it.
 */
function agreement(statedFen: number, foundFen: number): Pick<AuditCheck, 'result' | 'attention'> {
  return statedFen === foundFen
    ? { result: '相符', attention: false }
    : { result: `不符，相差 ${formatYuan(statedFen - foundFen)}`, attention: true };
}

function sideChecks(side: StatementSide): AuditCheck[] {
  const name = SIDE_NAME[side.kind];
  const parts = side.categories.map((c) => formatYuan(c.fen)).join(' + ') || '0.00';
  const categoriesFen = side.categories.reduce((sum, c) => sum + c.fen, 0);
  const shares = side.categories.reduce((sum, c) => sum + c.shareBp, 0);
  const levels: AuditCheck[] = [];
  for (const category of side.categories) {
    const lines = category.lines;
    if (lines.length < 2 && lines.every((l) => l.children.length === 0)) continue;
    const lineFen = lines.reduce((n, l) => n + l.fen, 0);
    const lineBp = lines.reduce((n, l) => n + l.shareBp, 0);
    levels.push({
      area: '合计核对',
      label: `${category.account.name}：各明细科目之和与占比之和 = 本类别`,
      inputs: `${lines.map((l) => formatYuan(l.fen)).join(' + ')} = ${formatYuan(lineFen)}；占比 ${formatShare(lineBp)}`,
      ...(lineFen === category.fen && lineBp === category.shareBp
        ? { result: `相符（${formatYuan(category.fen)}，${formatShare(category.shareBp)}）`, attention: false }
        : { result: `不符，相差 ${formatYuan(lineFen - category.fen)}`, attention: true }),
    });
    for (const line of lines) {
      if (line.children.length === 0) continue;
      const childFen = line.children.reduce((n, c) => n + c.fen, 0);
      const childBp = line.children.reduce((n, c) => n + c.shareBp, 0);
      levels.push({
        area: '合计核对',
        label: `${line.account.name}：各三级明细之和与占比之和 = 本科目`,
        inputs: `${line.children.map((c) => formatYuan(c.fen)).join(' + ')} = ${formatYuan(childFen)}；占比 ${formatShare(childBp)}`,
        ...(childFen === line.fen && childBp === line.shareBp
          ? { result: `相符（${formatYuan(line.fen)}，${formatShare(line.shareBp)}）`, attention: false }
          : { result: `不符，相差 ${formatYuan(childFen - line.fen)}`, attention: true }),
      });
    }
  }
  return [
    ...levels,
    {
      area: '合计核对',
      label: `${name}各类别之和 = ${name}合计`,
      inputs: `${parts} = ${formatYuan(side.totalFen)}`,
      ...agreement(categoriesFen, side.totalFen),
    },
    {
      area: '合计核对',
      label: `${name}各类别占比之和 = 100.00%`,
      inputs: side.categories.map((c) => `${c.account.name} ${formatShare(c.shareBp)}`).join('，') || '无',
      result: side.totalFen === 0 ? '无收支' : `合计 ${formatShare(shares)}`,
      attention: side.totalFen !== 0 && shares !== 10000,
    },
  ];
}

/**
 * The 支出按性质 checks, when the fund file states the split: 基本支出 + 项目支出 = 支出合计,
 * and the projects sum to 项目支出 with shares summing to 100.00%.
 */
function spendingChecks(data: PeriodData): AuditCheck[] {
  const c = spendingCheck(data.statement);
  if (!c) return [];
  const checks: AuditCheck[] = [
    {
      area: '合计核对',
      label: '基本支出 + 项目支出 = 本期支出合计',
      inputs: `${formatYuan(c.basicFen)} + ${formatYuan(c.projectFen)} = ${formatYuan(c.basicFen + c.projectFen)}；支出合计 ${formatYuan(c.expenseFen)}`,
      ...agreement(c.basicFen + c.projectFen, c.expenseFen),
    },
  ];
  if (c.projectFens.length > 0) {
    const sharesOk = c.projectShareSumBp === (c.projectFen > 0 ? 10_000 : 0);
    checks.push({
      area: '合计核对',
      label: '项目支出：各项目之和与占比之和 = 项目支出',
      inputs: `${c.projectFens.map(formatYuan).join(' + ')} = ${formatYuan(c.projectSumFen)}；占比 ${formatShare(c.projectShareSumBp)}`,
      ...(c.projectSumFen === c.projectFen && sharesOk
        ? { result: `相符（${formatYuan(c.projectFen)}，100.00%）`, attention: false }
        : { result: `不符，相差 ${formatYuan(c.projectSumFen - c.projectFen)}`, attention: true }),
    });
  }
  return checks;
}

function budgetChecks(data: PeriodData, previous: PeriodData | undefined): AuditCheck[] {
  if (!data.budget) return [];
  const p = data.statement.period;
  const comparable =
    previous &&
    Math.abs(
      daysInclusive(p.start, p.end) - daysInclusive(previous.statement.period.start, previous.statement.period.end),
    ) <= 31;
  const checks: AuditCheck[] = [];
  for (const row of data.budget.rows) {
    const side = row.account.kind === 'income' ? '收入' : '支出';
    const rate = row.rateBp === null ? '调整后预算数为 0' : `完成率 ${formatPercent(row.rateBp)}`;
    const outside = row.rateBp !== null && (row.rateBp < 9000 || row.rateBp > 11000);
    checks.push({
      area: '预算执行',
      label: `${side}·${row.account.name}：决算数 ÷ 调整后预算数`,
      inputs: `${formatYuan(row.actualFen)} ÷ (${formatYuan(row.budgetFen)} + ${formatYuan(row.adjustmentFen)})`,
      result: outside ? `${rate}（超出 90%–110%）` : rate,
      attention: outside,
    });
    if (row.priorActualFen !== undefined && comparable) {
      const actual = actualFor(previous.statement, row.account);
      checks.push({
        area: '预算执行',
        label: `${side}·${row.account.name}：上年决算数 = ${previous.statement.period.label}收支表`,
        inputs: `${formatYuan(row.priorActualFen)}（${data.budget.file}）与 ${formatYuan(actual)}（${previous.fundFile}）`,
        result: row.priorActualFen === actual ? '一致' : `不一致，相差 ${formatYuan(row.priorActualFen - actual)}`,
        attention: row.priorActualFen !== actual,
      });
    }
  }
  for (const row of data.budget.projects) {
    const rate = row.rateBp === null ? '调整后预算数为 0' : `完成率 ${formatPercent(row.rateBp)}`;
    const outside = row.rateBp !== null && (row.rateBp < 9000 || row.rateBp > 11000);
    const none = row.lineCount === 0 ? '；明细账中没有这个项目的支出' : '';
    checks.push({
      area: '预算执行',
      label: `项目支出·${row.project}：决算数 ÷ 调整后预算数`,
      inputs: `${formatYuan(row.actualFen)}（${data.fundFile} 中项目名称为“${row.project}”的 ${row.lineCount} 笔）÷ (${formatYuan(row.budgetFen)} + ${formatYuan(row.adjustmentFen)})`,
      result: `${outside ? `${rate}（超出 90%–110%）` : rate}${none}`,
      attention: outside || row.lineCount === 0,
    });
    if (row.priorActualFen !== undefined && comparable) {
      const actual = projectActual(previous.statement, row.project).fen;
      checks.push({
        area: '预算执行',
        label: `项目支出·${row.project}：上年决算数 = ${previous.statement.period.label}明细账`,
        inputs: `${formatYuan(row.priorActualFen)}（${data.budget.file}）与 ${formatYuan(actual)}（${previous.fundFile}）`,
        result: row.priorActualFen === actual ? '一致' : `不一致，相差 ${formatYuan(row.priorActualFen - actual)}`,
        attention: row.priorActualFen !== actual,
      });
    }
  }
  return checks;
}

/**
 * Every check the build performed on period `index` of the site, with its inputs and result:
 * the balance identity, continuity with the previous period, stated 合计/小计 rows and the
 * categories against the totals, 基本支出 + 项目支出 = 支出合计 when the split is stated, and
 * budget execution (完成率, 上年决算数) of accounts and projects.
 */
export function auditChecks(site: SiteData, index: number): AuditCheck[] {
  const data = site.periods[index]!;
  const previous = index > 0 ? site.periods[index - 1] : undefined;
  const s = data.statement;
  const checks: AuditCheck[] = [];
  // A PassedCheck exists only when the loader's check passed (a failure stops the build).
  for (const passed of data.checks) {
    if (passed.code === 'balance.identity')
      checks.push({ area: '收支平衡', label: passed.label, inputs: passed.detail, result: '相符', attention: false });
    if (passed.code === 'balance.continuity')
      checks.push({ area: '结余衔接', label: passed.label, inputs: passed.detail, result: '相符', attention: false });
    if (passed.code.startsWith('balance-sheet.'))
      checks.push({ area: '资产负债表', label: passed.label, inputs: passed.detail, result: '相符', attention: false });
  }
  if (s.period.scope !== '全部') {
    checks.push({
      area: '收支平衡',
      label: '期初结余 + 本期收入 − 本期支出 = 期末结余',
      inputs: `本期间只公开${s.period.scope === '仅收入' ? '收入' : '支出'}（periods.csv 第 ${s.period.line} 行“公开范围”）`,
      result: '不适用：缺少未公开的一方，无法核对',
      attention: false,
    });
  }
  for (const warning of data.warnings ?? []) {
    checks.push({
      area: '预警',
      label: warning.message,
      inputs: warning.detail,
      result: '请经审会关注',
      attention: true,
    });
  }
  if (data.note) {
    for (const c of noteCoverage(data.note)) {
      checks.push({
        area: '附注',
        label: `附注${c.item.number}${c.item.label}`,
        inputs: c.heading ? `${data.note.file}：“${c.heading}”` : `${data.note.file} 中没有这一部分的标题`,
        result: c.heading ? '已说明' : '缺少',
        attention: !c.heading,
      });
    }
  }
  if (!previous) {
    checks.push({
      area: '结余衔接',
      label: '首个期间的期初结余',
      inputs: `${formatYuan(s.openingFen)}（periods.csv 第 ${s.period.line} 行申报）`,
      result: '取申报数',
      attention: false,
    });
  }
  for (const total of data.statedTotals ?? []) {
    const scope = total.scope;
    const sum =
      'kind' in scope
        ? scope.kind === 'income'
          ? s.income.totalFen
          : s.expense.totalFen
        : actualFor(s, scope.account);
    checks.push({
      area: '合计核对',
      label: `${data.fundFile} 第 ${total.line} 行“${total.label}” = 所属各行之和`,
      inputs: `${formatYuan(total.fen)} = ${formatYuan(sum)}`,
      ...agreement(total.fen, sum),
    });
  }
  checks.push(...sideChecks(s.income), ...sideChecks(s.expense));
  checks.push(...spendingChecks(data));
  checks.push(...budgetChecks(data, previous));
  return checks;
}

/** How many checks a period had and how many of them an auditor should look at. */
export interface CheckCount {
  total: number;
  attention: number;
}

/**
 * The one count of a period's checks, for every page that states it (the 经审 tables, the
 * audit page of the period, the statement page): the checks of {@link auditChecks}.
 */
export function checkCount(site: SiteData, index: number): CheckCount {
  const checks = auditChecks(site, index);
  return { total: checks.length, attention: checks.filter((c) => c.attention).length };
}

/** A check count in words: "核对 31 项，全部相符" or "核对 31 项，其中 3 项请经审会关注". */
export function describeCheckCount(count: CheckCount): string {
  return count.attention === 0
    ? `核对 ${count.total} 项，全部相符`
    : `核对 ${count.total} 项，其中 ${count.attention} 项请经审会关注`;
}

import { systemLabel } from '../../accounts/account.ts';
import { daysInclusive } from '../../dates/calendar.ts';
import { formatYuan } from '../../money/format-amount.ts';
import { divideRounded } from '../../numbers/rates.ts';
import { routePath } from '../../routes/routes.ts';
import type { SiteData } from '../../model/site-data.ts';
import { compareStatements } from '../../statement/compare-statements.ts';
import type { BarInput } from '../../charts/bar-layout.ts';
import {
  budgetCharts,
  budgetRows,
  projectBudgetRows,
  type BudgetChartSide,
  type BudgetRowView,
} from '../budget-rows.ts';
import { ledgerAccountPages, ledgerPages } from '../ledger-pages.ts';
import { ledgerLinePages } from '../ledger-line-pages.ts';
import { spendingView, type SpendingView } from '../spending-rows.ts';
import { statementRows, type StatementRow } from '../statement-rows.ts';
import { describeSide, statementBars, summaryRows, type SummaryRow } from '../statement-views.ts';
import {
  moneyFigure,
  moneyFigureWithChange,
  periodIndex,
  periodLinks,
  type KeyFigure,
  type PeriodLink,
} from './shared.ts';
import { amountChangeWords, periodLengthNote } from '../change-words.ts';
import { correctionBox, type CorrectionBox } from '../audit/corrections-view.ts';
import { checkCount, describeCheckCount } from '../../audit/audit-checks.ts';

/** One side (收入 or 支出) of the statement page: its table rows and its composition chart. */
export interface StatementPageSide {
  key: 'income' | 'expense';
  title: '收入' | '支出';
  /** The side's total in 元. */
  total: string;
  rows: StatementRow[];
  bars: BarInput[];
  description: string;
}

/** What the 经费收支表 page of one period shows, formatted. */
export interface StatementPage {
  unionName: string;
  period: { id: string; label: string; start: string; end: string };
  /** Days of the period, both ends included. */
  days: number;
  /** What the figures come from: "明细账 N 笔" or "汇总表 N 行". */
  source: string;
  keyFigures: KeyFigure[];
  /** Set when the previous period the cards compare with differs in length (a two-year 任期). */
  keyFiguresNote?: string;
  summary: SummaryRow[];
  /** The checks of the 收支总表 in plain words, one sentence each (formulas are on the audit page). */
  checks: string[];
  /** The period's one count of checks ("核对 31 项，全部相符") and the audit page that lists them. */
  checkSummary: { text: string; auditPath: string };
  sides: StatementPageSide[];
  /** 支出按性质 (基本支出, 项目支出 by project) with its checks, when the fund file states the split. */
  spending?: SpendingView;
  previousLabel?: string;
  budget?: BudgetRowView[];
  /** The budgeted projects (项目支出 rows of the budget file) against the ledger's 项目名称. */
  projectBudget?: BudgetRowView[];
  /** Budget against actual per side (level 1 accounts), drawn beside the budget table. */
  budgetCharts?: BudgetChartSide[];
  /** 期末会员人数 and the per-member figures, when membership.csv has the period. */
  members?: { count: number; figures: KeyFigure[] };
  signoff: SiteData['periods'][number]['signoff'];
  periods: PeriodLink[];
  csvPath: string;
  csvName: string;
  /** The 制度 the period was kept under, as printed. */
  system: string;
  /** Notes on the figures: the comparison across 制度, names read through the mapping, the source unit, 公开范围. */
  notes: string[];
  /** The formal statements of the period: 收入支出表 always, 资产负债表 when there is one. */
  formal: { incomeExpensePath: string; balanceSheetPath?: string };
  /** The ledger's first page and its line count, when the period is at ledger level; its CSV download. */
  ledger?: { path: string; lineCount: number; csvPath: string; csvName: string };
  /** The 更正记录 box, when the period's published figures were corrected or carried a correction. */
  corrections?: CorrectionBox;
}

/**
 * The balance checks the build passed, said in words for members: the closing balance
 * follows from the opening, income and expense; the opening is the previous closing.
 */
function plainChecks(data: SiteData['periods'][number], previous: SiteData['periods'][number] | undefined): string[] {
  const s = data.statement;
  const sentences: string[] = [];
  for (const check of data.checks) {
    if (check.code === 'balance.identity') {
      const declared = s.period.closingDeclared !== undefined ? '，与申报的期末结余相符' : '';
      sentences.push(
        `期初结余 ${formatYuan(s.openingFen)} 元，加本期收入 ${formatYuan(s.income.totalFen)} 元，减本期支出 ${formatYuan(s.expense.totalFen)} 元，得期末结余 ${formatYuan(s.closingFen)} 元${declared}。`,
      );
    }
    if (check.code === 'balance.continuity' && previous) {
      sentences.push(
        `本期期初结余 ${formatYuan(s.openingFen)} 元，与${previous.statement.period.label}的期末结余相同。`,
      );
    }
  }
  return sentences;
}

/** 人均收入 and 人均支出 (fen per 期末会员, rounded half away from zero), with the change against the previous period's. */
function perMemberFigures(
  s: SiteData['periods'][number]['statement'],
  members: number,
  previous: SiteData['periods'][number] | undefined,
): KeyFigure[] {
  const previousMembers = previous?.membership?.members;
  const per = (fen: number, count: number) => divideRounded(fen, count);
  const figure = (label: string, fen: number, previousFen: number | undefined): KeyFigure => {
    const value = per(fen, members);
    return {
      label,
      value: `${formatYuan(value)} 元/人`,
      ...(previousMembers && previousFen !== undefined
        ? { change: amountChangeWords(per(previousFen, previousMembers), value, '元/人') }
        : {}),
    };
  };
  const comparable = previous && previous.statement.period.scope === '全部' && s.period.scope === '全部';
  return [
    figure('人均收入', s.income.totalFen, comparable ? previous.statement.income.totalFen : undefined),
    figure('人均支出', s.expense.totalFen, comparable ? previous.statement.expense.totalFen : undefined),
  ];
}

/** The static paths of the statement pages: one per period. */
export { periodPaths as statementPagePaths } from './shared.ts';

/**
 * The view-model of the statement page of `periodId`: key figures, 收支总表, the checks the
 * build passed, both sides compared with the previous period (rows linking to the ledger page
 * where their lines start), budget execution and per-member figures.
 */
export function statementPage(site: SiteData, periodId: string): StatementPage {
  const index = periodIndex(site, periodId);
  const data = site.periods[index]!;
  const previous = index > 0 ? site.periods[index - 1] : undefined;
  const s = data.statement;
  const p = s.period;
  const comparison = previous ? compareStatements(previous.statement, s, site.charts['2021']) : undefined;
  // A long ledger is paged: each statement row links to the page where its lines start.
  // The ledger lists a level 3 明细's lines under its level 2 account, so a level 3 row
  // links to that account (the row before it at level 1 or 2).
  const pages = s.isLedger ? ledgerPages(s) : undefined;
  const spans = pages ? ledgerAccountPages(pages) : undefined;
  const spending = spendingView(s, pages ? ledgerLinePages(pages) : undefined);
  const withLedgerPaths = (rows: StatementRow[]): StatementRow[] => {
    let parent = '';
    return rows.map((row) => {
      if (row.kind === 'category' || row.kind === 'account') parent = row.code;
      if (!spans || row.kind === 'total') return row;
      const code = row.kind === 'detail' ? parent : row.code;
      return {
        ...row,
        ledgerPath: routePath({ to: 'ledger', period: p.id, page: spans.get(code)?.firstPage, account: code }),
      };
    });
  };
  const side = (key: 'income' | 'expense', title: '收入' | '支出'): StatementPageSide => {
    const data = key === 'income' ? s.income : s.expense;
    return {
      key,
      title,
      total: formatYuan(data.totalFen),
      rows: withLedgerPaths(statementRows(data, comparison, comparison?.[key])),
      bars: statementBars(data),
      description: describeSide(data),
    };
  };
  const members = data.membership?.members;
  const corrections = correctionBox(site.audit, p.id);
  // The cards compare with the previous period only when both publish all figures.
  const before =
    previous && previous.statement.period.scope === '全部' && p.scope === '全部' ? previous.statement : undefined;
  const lengthNote = before
    ? periodLengthNote(
        { label: before.period.label, days: daysInclusive(before.period.start, before.period.end) },
        { days: daysInclusive(p.start, p.end) },
      )
    : undefined;
  return {
    unionName: site.union.name,
    period: { id: p.id, label: p.label, start: p.start, end: p.end },
    days: daysInclusive(p.start, p.end),
    source: s.isLedger ? `明细账 ${s.lineCount} 笔` : `汇总表 ${s.lineCount} 行`,
    keyFigures: [
      moneyFigure('期初结余', s.openingFen),
      moneyFigureWithChange('本期收入', s.income.totalFen, before?.income.totalFen),
      moneyFigureWithChange('本期支出', s.expense.totalFen, before?.expense.totalFen),
      moneyFigureWithChange('期末结余', s.closingFen, before?.closingFen),
    ],
    ...(lengthNote ? { keyFiguresNote: lengthNote } : {}),
    summary: summaryRows(s),
    checks: plainChecks(data, previous),
    checkSummary: {
      text: describeCheckCount(checkCount(site, index)),
      auditPath: routePath({ to: 'audit-period', period: p.id }),
    },
    sides: [side('income', '收入'), side('expense', '支出')],
    ...(spending ? { spending } : {}),
    ...(comparison ? { previousLabel: comparison.previousLabel } : {}),
    ...(data.budget ? { budget: budgetRows(data.budget.rows), budgetCharts: budgetCharts(data.budget.rows) } : {}),
    ...(data.budget?.projects.length ? { projectBudget: projectBudgetRows(data.budget.projects) } : {}),
    ...(members && members > 0
      ? {
          members: {
            count: members,
            figures: perMemberFigures(s, members, previous),
          },
        }
      : {}),
    system: systemLabel(p.system),
    notes: [
      ...(comparison?.note ? [comparison.note] : []),
      ...data.notes.map((n) => n.note),
      ...(data.unit === '万元' ? ['本期数据以万元填写，已精确换算为元'] : []),
      ...(data.budget?.unit === '万元' ? ['本期预算以万元填写，已精确换算为元'] : []),
      ...(p.scope !== '全部' ? [`本期间只公开${p.scope === '仅收入' ? '收入' : '支出'}，另一方未公开`] : []),
    ],
    formal: {
      incomeExpensePath: routePath({ to: 'income-expense', period: p.id }),
      ...(data.balanceSheet ? { balanceSheetPath: routePath({ to: 'balance-sheet', period: p.id }) } : {}),
    },
    signoff: data.signoff,
    periods: periodLinks(site),
    csvPath: routePath({ to: 'statement-csv', period: p.id }),
    csvName: `经费收支表-${p.id}.csv`,
    ...(s.isLedger
      ? {
          ledger: {
            path: routePath({ to: 'ledger', period: p.id }),
            lineCount: s.lineCount,
            csvPath: routePath({ to: 'ledger-csv', period: p.id }),
            csvName: `明细账-${p.id}.csv`,
          },
        }
      : {}),
    ...(corrections ? { corrections } : {}),
  };
}

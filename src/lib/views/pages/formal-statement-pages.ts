import { systemLabel } from '../../accounts/account.ts';
import { closingColumnLabel } from '../../balance-sheet/balance-sheet.ts';
import type { BalanceSection } from '../../balance-sheet/rows.ts';
import type { NoteBlock } from '../../notes/statement-note.ts';
import { formatWan, formatYuan } from '../../money/format-amount.ts';
import type { SiteData } from '../../model/site-data.ts';
import { routePath } from '../../routes/routes.ts';
import { compareStatements } from '../../statement/compare-statements.ts';
import { incomeExpenseStatement } from '../../statement/income-expense-statement.ts';
import { incomeExpenseCsv } from '../../export/income-expense-csv.ts';
import { formatShare } from '../../shares/largest-remainder.ts';
import { periodIndex, periodLinks, periodRange, type PeriodLink } from './shared.ts';
import { statementLinePages } from '../ledger-line-pages.ts';
import { spendingView, type SpendingView } from '../spending-rows.ts';

/** One printed row of a formal statement (amounts in 元, already formatted). */
export interface FormalRow {
  label: string;
  /** 0 for the statement's own rows, 1–3 for accounts (indented by level). */
  level: number;
  /** heading rows are bold; part rows (结转 · 结余) indented. */
  kind: 'heading' | 'account' | 'part' | 'item' | 'total';
  code: string;
  current: string;
  previous: string;
  /** Share of its side (accounts of the 收入支出表 only), e.g. "78.66%". */
  share: string;
}

/** Shared heading of the two formal statements. */
interface FormalHeading {
  unionName: string;
  form: '工会01表' | '工会02表';
  title: '收入支出表' | '资产负债表';
  period: { id: string; label: string; range: string };
  /** The 制度 the period was kept under, as printed. */
  system: string;
  periods: PeriodLink[];
  statementPath: string;
  signoff: SiteData['periods'][number]['signoff'];
  /** The period's 附注 (notes/<period>.md), shown on the 收入支出表 page; the balance sheet links to it. */
  note?: { title: string; blocks: readonly NoteBlock[]; path: string };
}

/** The 收入支出表 page of one period. */
export interface IncomeExpensePage extends FormalHeading {
  currentHeader: string;
  previousHeader: string;
  rows: FormalRow[];
  /** 支出按性质 (基本支出, 项目支出 by project) with its checks, when the fund file states the split. */
  spending?: SpendingView;
  /** Sentences under the table: empty 上年数, 公开范围, mapped names, the unit of the source file. */
  notes: string[];
  balanceSheetPath?: string;
  /** The same table as CSV (income-expense.csv), and the name it downloads as. */
  csvPath: string;
  csvName: string;
}

const money = (fen: number | null, unpublished: boolean): string =>
  fen === null ? (unpublished ? '未公开' : '') : formatYuan(fen);

function heading(
  site: SiteData,
  index: number,
  form: FormalHeading['form'],
  title: FormalHeading['title'],
): FormalHeading {
  const data = site.periods[index]!;
  const p = data.statement.period;
  return {
    unionName: site.union.name,
    form,
    title,
    period: { id: p.id, label: p.label, range: periodRange(p) },
    system: systemLabel(p.system),
    periods: periodLinks(site),
    statementPath: routePath({ to: 'statement', period: p.id }),
    signoff: data.signoff,
    ...(data.note
      ? {
          note: {
            title: data.note.title,
            blocks: data.note.blocks,
            path: `${routePath({ to: 'income-expense', period: p.id })}#h-note`,
          },
        }
      : {}),
  };
}

/**
 * The 收入支出表 of the period at `index`, compared with the period before it: the one set
 * of rows the page, its print and its CSV download are made from.
 */
function periodIncomeExpense(site: SiteData, index: number) {
  const previous = index > 0 ? site.periods[index - 1]!.statement : undefined;
  const s = site.periods[index]!.statement;
  const comparison = previous ? compareStatements(previous, s, site.charts['2021']) : undefined;
  return { table: incomeExpenseStatement(s, previous, comparison), comparison };
}

/** The 收入支出表 (工会02表) of `periodId` as a CSV download, from the rows of its page. */
export function incomeExpenseCsvText(site: SiteData, periodId: string): string {
  const { table } = periodIncomeExpense(site, periodIndex(site, periodId));
  return incomeExpenseCsv(table, site.union.name);
}

/**
 * The view-model of the 收入支出表 (工会02表) of `periodId`: the regulation's rows with 本年数
 * and 上年数 at every level (from the same statement as the 经费收支表 page), and the notes
 * that explain an empty column or an unpublished part.
 */
export function incomeExpensePage(site: SiteData, periodId: string): IncomeExpensePage {
  const index = periodIndex(site, periodId);
  const data = site.periods[index]!;
  const s = data.statement;
  const { table, comparison } = periodIncomeExpense(site, index);
  const hidden = s.period.scope !== '全部';
  const rows = table.rows.map((r): FormalRow => ({
    label: r.label,
    level: r.level,
    kind: r.kind,
    code: r.code ?? '',
    current: money(r.currentFen, hidden),
    previous: money(r.previousFen, false),
    share: r.shareBp === undefined || r.currentFen === null ? '' : formatShare(r.shareBp),
  }));
  const notes = [
    ...(table.notes.previous ? [table.notes.previous] : []),
    ...(comparison?.note && !table.notes.previous ? [comparison.note] : []),
    ...(table.notes.scope ? [table.notes.scope] : []),
    ...data.notes.map((n) => n.note),
    ...(data.unit === '万元' ? ['本期数据以万元填写，已精确换算为元'] : []),
    '占比为该项占本期收入合计（收入）或本期支出合计（支出）的比例，各级分别按最大余数法舍入，合计为 100.00%。',
  ];
  const spending = spendingView(s, s.isLedger ? statementLinePages(s) : undefined);
  return {
    ...heading(site, index, '工会02表', '收入支出表'),
    currentHeader: table.currentHeader,
    previousHeader: table.previousHeader,
    rows,
    ...(spending ? { spending } : {}),
    notes,
    ...(data.balanceSheet ? { balanceSheetPath: routePath({ to: 'balance-sheet', period: periodId }) } : {}),
    csvPath: routePath({ to: 'income-expense-csv', period: periodId }),
    csvName: `收入支出表-${periodId}.csv`,
  };
}

/** One section (资产, 负债, 净资产) of the 资产负债表 page. */
export interface BalanceSheetSection {
  title: BalanceSection;
  rows: FormalRow[];
}

/** The 资产负债表 page of one period. */
export interface BalanceSheetPage extends FormalHeading {
  sections: BalanceSheetSection[];
  /** The checks the build passed, with both figures. */
  checks: { label: string; detail: string }[];
  /** The closing column's heading: 年末余额 at a year end, 期末余额 otherwise (the 制度's words). */
  closingLabel: '年末余额' | '期末余额';
  /** 资产总计 at the period's end, in 万元 as the note beside it. */
  totalWan: string;
  csvPath: string;
  csvName: string;
  incomeExpensePath: string;
}

/** The static paths of the balance sheet pages: one per period that has a balance sheet. */
export function balanceSheetPagePaths(site: SiteData): { params: { period: string } }[] {
  return site.periods.filter((p) => p.balanceSheet).map((p) => ({ params: { period: p.statement.period.id } }));
}

/**
 * The view-model of the 资产负债表 (工会01表) of `periodId`: every row of the regulation with
 * 年初余额 and 年末余额 (totals as checked), and the checks that tie it to the statement.
 * Throws for a period without a balance sheet.
 */
export function balanceSheetPage(site: SiteData, periodId: string): BalanceSheetPage {
  const index = periodIndex(site, periodId);
  const data = site.periods[index]!;
  const sheet = data.balanceSheet;
  if (!sheet) throw new Error(`期间 ${periodId} 没有资产负债表`);
  const sections: BalanceSheetSection[] = (['资产', '负债', '净资产'] as const).map((title) => ({
    title,
    rows: sheet.lines
      .filter((l) => l.spec.section === title)
      .map((l) => ({
        label: l.spec.name,
        level: l.spec.parts ? 0 : 1,
        kind: l.spec.parts ? 'total' : 'item',
        code: '',
        current: formatYuan(l.closingFen),
        previous: formatYuan(l.openingFen),
        share: '',
      })),
  }));
  const total = sheet.lines.find((l) => l.spec.name === '资产总计')!;
  return {
    ...heading(site, index, '工会01表', '资产负债表'),
    closingLabel: closingColumnLabel(data.statement.period.end),
    sections,
    checks: data.checks
      .filter((c) => c.code.startsWith('balance-sheet.'))
      .map((c) => ({ label: c.label, detail: c.detail })),
    totalWan: `${formatWan(total.closingFen)} 万元`,
    csvPath: routePath({ to: 'balance-sheet-csv', period: periodId }),
    csvName: `资产负债表-${periodId}.csv`,
    incomeExpensePath: routePath({ to: 'income-expense', period: periodId }),
  };
}

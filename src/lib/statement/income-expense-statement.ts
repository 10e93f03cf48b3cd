import type { Account } from '../accounts/account.ts';
import type { Period } from '../periods/period.ts';
import type { StatementComparison } from './compare-statements.ts';
import type { Statement, StatementSide } from './statement.ts';

/** One row of the 收入支出表 (工会02表). Money in fen; null where the figure is not published or not required. */
export interface IncomeExpenseRow {
  /** heading: 年初/年末资金结转结余, 收入合计, 支出合计, 本期收支差额; account: a 科目 at `level`; part: 结转 / 结余. */
  kind: 'heading' | 'account' | 'part';
  label: string;
  /** 0 for the statement's own rows, 1–3 for accounts (category, 明细, the union's 明细). */
  level: 0 | 1 | 2 | 3;
  code?: string;
  account?: Account;
  /** 本年数 (or the period's own figure). */
  currentFen: number | null;
  /** 上年数 (or the previous period's figure); null where there is none or it is not required. */
  previousFen: number | null;
  /** Share of its side's total in basis points (accounts only). */
  shareBp?: number;
}

/** Why a column or a part of the statement is empty. */
export interface IncomeExpenseNotes {
  /** Why the 上年数 column is empty (first period, change of 制度 per 财会〔2021〕16号). */
  previous?: string;
  /** What 公开范围 leaves out. */
  scope?: string;
}

/** The 收入支出表 of a period as 《工会会计制度》 prescribes it (工会02表). */
export interface IncomeExpenseStatement {
  period: Period;
  /** "本年数" for an annual period, else "本期数（<label>）". */
  currentHeader: string;
  /** "上年数" when both periods are calendar years, else "上期数（<label>）"; "上年数" when there is no previous period. */
  previousHeader: string;
  rows: IncomeExpenseRow[];
  notes: IncomeExpenseNotes;
}

/** True for a period that is one calendar year (1 January to 31 December). */
export function isCalendarYear(period: Period): boolean {
  return (
    period.start.endsWith('-01-01') &&
    period.end.endsWith('-12-31') &&
    period.start.slice(0, 4) === period.end.slice(0, 4)
  );
}

function sideRows(
  side: StatementSide,
  previous: StatementComparison | undefined,
  published: boolean,
): IncomeExpenseRow[] {
  const rows: IncomeExpenseRow[] = [];
  const prev = (code: string, level: number): number | null => {
    if (!previous) return null;
    const change = level === 1 ? previous.categories.get(code) : previous.accounts.get(code);
    return change ? change.previousFen : null;
  };
  const account = (a: Account, level: 1 | 2 | 3, fen: number, shareBp: number): IncomeExpenseRow => ({
    kind: 'account',
    label: a.name,
    level,
    code: a.code,
    account: a,
    currentFen: published ? fen : null,
    previousFen: published
      ? (prev(a.code, level) ??
        (previous && !previous.categoryOnly.has(a.categoryCode) && !previous.notCompared.has(a.code) ? 0 : null))
      : null,
    shareBp,
  });
  for (const category of side.categories) {
    rows.push(account(category.account, 1, category.fen, category.shareBp));
    const own = category.lines.length === 1 && category.lines[0]!.account.code === category.account.code;
    if (own) continue;
    for (const line of category.lines) {
      rows.push(account(line.account, 2, line.fen, line.shareBp));
      for (const child of line.children) rows.push(account(child.account, 3, child.fen, child.shareBp));
    }
  }
  return rows;
}

/**
 * The formal 收入支出表 of a period: 年初资金结转结余 (结转 · 结余), 资金结转结余调整及变动,
 * 收入合计 and each income account at every level, 支出合计 and each expense account,
 * 本期收支差额 (may be negative), 年末资金结转结余 (结转 · 结余); columns 本年数 and 上年数.
 * `comparison` is the comparison with the previous period (see compareStatements); the
 * 上年数 column stays empty without one, and when the previous period was kept under the
 * other 制度 (财会〔2021〕16号 §六: the 2022 statement need not fill it). A part left out by
 * 公开范围 is null (未公开), and so are the rows computed from it.
 */
export function incomeExpenseStatement(
  statement: Statement,
  previous: Statement | undefined,
  comparison: StatementComparison | undefined,
): IncomeExpenseStatement {
  const period = statement.period;
  const notes: IncomeExpenseNotes = {};
  let compared = comparison;
  if (!previous) notes.previous = '这是网站上的第一个期间，没有上期数';
  else if (previous.period.system !== period.system) {
    compared = undefined;
    notes.previous = `上期（${previous.period.label}）按${previous.period.system}年制度记账；按《工会新旧会计制度有关衔接问题的处理规定》（财会〔2021〕16号）第六条，新制度第一年的收入支出表不要求填列上年比较数`;
  }
  const incomePublished = period.scope !== '仅支出';
  const expensePublished = period.scope !== '仅收入';
  const both = incomePublished && expensePublished;
  if (!both)
    notes.scope = `本期间只公开${incomePublished ? '收入' : '支出'}，未公开的部分和由它算出的数字显示为“未公开”`;
  const prevBoth = previous !== undefined && compared !== undefined && previous.period.scope === '全部';
  const pv = (fen: number | undefined): number | null => (compared && fen !== undefined ? fen : null);
  const heading = (label: string, current: number | null, prior: number | null): IncomeExpenseRow => ({
    kind: 'heading',
    label,
    level: 0,
    currentFen: current,
    previousFen: prior,
  });
  const part = (label: string, current: number | null, prior: number | null): IncomeExpenseRow => ({
    kind: 'part',
    label,
    level: 0,
    currentFen: current,
    previousFen: prior,
  });
  const rows: IncomeExpenseRow[] = [
    heading('年初资金结转结余', statement.openingFen, pv(previous?.openingFen)),
    part('年初资金结转', statement.openingCarryFen, pv(previous?.openingCarryFen)),
    part(
      '年初资金结余',
      statement.openingFen - statement.openingCarryFen,
      pv(previous && previous.openingFen - previous.openingCarryFen),
    ),
    heading('资金结转结余调整及变动', 0, pv(previous ? 0 : undefined)),
    heading(
      '收入合计',
      incomePublished ? statement.income.totalFen : null,
      incomePublished ? pv(previous?.income.totalFen) : null,
    ),
    ...sideRows(statement.income, compared, incomePublished),
    heading(
      '支出合计',
      expensePublished ? statement.expense.totalFen : null,
      expensePublished ? pv(previous?.expense.totalFen) : null,
    ),
    ...sideRows(statement.expense, compared, expensePublished),
    heading('本期收支差额', both ? statement.surplusFen : null, both && prevBoth ? pv(previous?.surplusFen) : null),
    heading('年末资金结转结余', both ? statement.closingFen : null, prevBoth ? pv(previous?.closingFen) : null),
    part('年末资金结转', both ? statement.closingCarryFen : null, prevBoth ? pv(previous?.closingCarryFen) : null),
    part(
      '年末资金结余',
      both ? statement.closingFen - statement.closingCarryFen : null,
      prevBoth ? pv(previous && previous.closingFen - previous.closingCarryFen) : null,
    ),
  ];
  const annual = isCalendarYear(period);
  return {
    period,
    currentHeader: annual ? '本年数' : `本期数（${period.label}）`,
    previousHeader:
      !previous || (annual && isCalendarYear(previous.period)) ? '上年数' : `上期数（${previous.period.label}）`,
    rows,
    notes,
  };
}

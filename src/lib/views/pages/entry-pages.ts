import { formatYuan } from '../../money/format-amount.ts';
import { divideRounded } from '../../numbers/rates.ts';
import { categoryYears } from '../../statement/category-years.ts';
import type { Statement } from '../../statement/statement.ts';
import { routePath } from '../../routes/routes.ts';
import type { SiteData } from '../../model/site-data.ts';
import { latestDisclosures, registerViewRows } from '../register-rows.ts';
import { membershipRows, RATE_LABELS } from '../records/membership-rows.ts';
import { formatCount } from '../records/format-records.ts';
import type { Register } from './register-input.ts';
import { moneyFigureWithChange, periodRange, shortPeriodLabel } from './shared.ts';
import { rateChangeWords } from '../change-words.ts';
import { formatPercent } from '../../numbers/rates.ts';
import { membershipRates } from '../../membership/membership-rates.ts';
import type { Membership } from '../../membership/membership-table.ts';

/** 入会率 of a period in basis points, when its membership has both counts. */
function joinRateBp(m: Membership): number | undefined {
  return membershipRates(m).find((r) => r.label === '入会率')?.bp;
}

/** How many disclosures the home page lists, and the 会员 page. */
const HOME_RECENT = 5;
const MEMBERS_RECENT = 8;

/** Home: the union, what is overdue, the latest period's key figures, the latest disclosures and the ledgers. */
export function homePage(site: SiteData, register: Register) {
  const latestData = site.periods.at(-1)!;
  const latest = latestData.statement;
  const p = latest.period;
  const previousData = site.periods.at(-2);
  const before =
    previousData && previousData.statement.period.scope === '全部' && p.scope === '全部'
      ? previousData.statement
      : undefined;
  const joinRate = latestData.membership && joinRateBp(latestData.membership);
  const previousJoinRate = previousData?.membership && joinRateBp(previousData.membership);
  return {
    union: site.union,
    // Not linked: an item flagged 逾期未公开 is, by the register, not published, so the box never
    // sends a member to it (a draft report's page) as if it were.
    overdue: registerViewRows(register.rows.filter((r) => r.status === 'overdue')).map(
      ({ path: _path, ...row }) => row,
    ),
    asOf: register.asOf,
    latest: {
      label: p.label,
      start: p.start,
      end: p.end,
      path: routePath({ to: 'statement', period: p.id }),
      csvPath: routePath({ to: 'statement-csv', period: p.id }),
      keyFigures: [
        moneyFigureWithChange('本期收入', latest.income.totalFen, before?.income.totalFen, ' 元'),
        moneyFigureWithChange('本期支出', latest.expense.totalFen, before?.expense.totalFen, ' 元'),
        moneyFigureWithChange('期末结余', latest.closingFen, before?.closingFen, ' 元'),
        ...(joinRate === undefined
          ? []
          : [
              {
                label: '入会率',
                value: formatPercent(joinRate),
                note: `职工 ${formatCount(latestData.membership!.employees ?? 0)} 人中会员 ${formatCount(latestData.membership!.members)}\u00a0人`,
                ...(previousJoinRate === undefined ? {} : { change: rateChangeWords(previousJoinRate, joinRate) }),
              },
            ]),
      ],
    },
    recent: registerViewRows(latestDisclosures(register.rows, HOME_RECENT)),
    ledgers: site.periods
      .filter((x) => x.statement.isLedger)
      .map(({ statement: { period } }) => ({
        label: period.label,
        path: routePath({ to: 'ledger', period: period.id }),
      })),
  };
}

/** 会员: every period's income and expense (latest first) and the latest disclosures meant for members. */
export function membersPage(site: SiteData, register: Register) {
  return {
    periods: [...site.periods].reverse().map(({ statement: s }) => ({
      label: s.period.label,
      path: routePath({ to: 'statement', period: s.period.id }),
      income: formatYuan(s.income.totalFen),
      expense: formatYuan(s.expense.totalFen),
    })),
    recent: registerViewRows(
      latestDisclosures(
        register.rows.filter((r) => r.item.audience !== '经审'),
        MEMBERS_RECENT,
      ),
    ),
  };
}

/** One category (or total) line of the multi-year tables: the name and one formatted cell per period. */
export interface YearsRow {
  name: string;
  cells: string[];
}

/** A multi-year table with its line chart: rows per category, the 合计 row, and the chart's series (fen). */
export interface YearsView {
  key: string;
  title: string;
  /** Header of the first column: 类别 or 项目. */
  firstHeader: string;
  chartTitle: string;
  /** The chart's y axis: 万元 for the categories, 元 per member. */
  chartUnit: 'wan' | 'yuan';
  /** Column headers: the periods' short labels. */
  columns: string[];
  rows: YearsRow[];
  total: YearsRow;
  series: { name: string; values: (number | null)[] }[];
  description: string;
}

const yuanOrDash = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '—' : formatYuan(fen);

/**
 * The multi-year view of the funds index: each income and expense category over the periods
 * (named as the 2021 chart names it, 2009 periods mapped by the regulation), and spending per
 * member (期末会员) per category and in total, rounded half away from zero to the fen. Money
 * in fen until formatted; each period's categories sum exactly to its total.
 */
export function categoryYearViews(site: SiteData): { sides: YearsView[]; perMember?: YearsView } {
  const statements = site.periods.map((p) => p.statement);
  const columns = statements.map((s) => shortPeriodLabel(s.period.label));
  const totalOf = (kind: 'income' | 'expense', s: Statement): number | null =>
    s.period.scope === '全部' || s.period.scope === (kind === 'income' ? '仅收入' : '仅支出')
      ? (kind === 'income' ? s.income : s.expense).totalFen
      : null;
  const sides = (['income', 'expense'] as const).map((kind): YearsView => {
    const side = kind === 'income' ? '收入' : '支出';
    const years = categoryYears(statements, kind, site.charts['2021']);
    const totals = statements.map((s) => totalOf(kind, s));
    return {
      key: kind,
      title: `各类${side}历年金额（元）`,
      firstHeader: '类别',
      chartTitle: `各类${side}走势（万元）`,
      chartUnit: 'wan',
      columns,
      rows: years.map((y) => ({ name: y.name, cells: y.fen.map(yuanOrDash) })),
      total: { name: `${side}合计`, cells: totals.map(yuanOrDash) },
      series: years.map((y) => ({ name: y.name, values: y.fen })),
      description:
        `各期间各类${side}：` +
        columns
          .map((label, i) => `${label} ${years.map((y) => `${y.name} ${yuanOrDash(y.fen[i])} 元`).join('，')}`)
          .join('；') +
        '。',
    };
  });
  const members = site.periods.map((p) => p.membership?.members);
  if (!members.some((m) => m !== undefined && m > 0)) return { sides };
  const perMemberFen = (fen: number | null, i: number): number | null => {
    const m = members[i];
    return fen === null || m === undefined || m === 0 ? null : divideRounded(fen, m);
  };
  const expense = categoryYears(statements, 'expense', site.charts['2021']);
  const expenseTotals = statements.map((s, i) => perMemberFen(totalOf('expense', s), i));
  const incomeTotals = statements.map((s, i) => perMemberFen(totalOf('income', s), i));
  return {
    sides,
    perMember: {
      key: 'per-member',
      title: '每名会员的支出（元/人，按期末会员人数）',
      firstHeader: '项目',
      chartTitle: '人均收入与人均支出走势（元/人）',
      chartUnit: 'yuan',
      columns,
      rows: [
        { name: '期末会员（人）', cells: members.map((m) => (m === undefined ? '—' : formatCount(m))) },
        ...expense.map((y) => ({ name: y.name, cells: y.fen.map((fen, i) => yuanOrDash(perMemberFen(fen, i))) })),
      ],
      total: { name: '人均支出合计', cells: expenseTotals.map(yuanOrDash) },
      series: [
        { name: '人均收入', values: incomeTotals },
        { name: '人均支出', values: expenseTotals },
      ],
      description:
        '各期间每名会员的收入和支出：' +
        columns
          .map(
            (label, i) =>
              `${label} 人均收入 ${yuanOrDash(incomeTotals[i])} 元，人均支出 ${yuanOrDash(expenseTotals[i])} 元`,
          )
          .join('；') +
        '。',
    },
  };
}

/** 经费公开: every period with its totals, and the trend chart of income, expense and closing balance. */
export function fundsPage(site: SiteData) {
  const rows = site.periods.map(({ statement: s }) => ({
    label: s.period.label,
    path: routePath({ to: 'statement', period: s.period.id }),
    range: periodRange(s.period),
    opening: formatYuan(s.openingFen),
    income: formatYuan(s.income.totalFen),
    expense: formatYuan(s.expense.totalFen),
    surplus: formatYuan(s.surplusFen),
    closing: formatYuan(s.closingFen),
  }));
  return {
    rows,
    years: categoryYearViews(site),
    categories: site.periods.map((p) => shortPeriodLabel(p.statement.period.label)),
    series: [
      { name: '本期收入', values: site.periods.map((p) => p.statement.income.totalFen) },
      { name: '本期支出', values: site.periods.map((p) => p.statement.expense.totalFen) },
      { name: '期末结余', values: site.periods.map((p) => p.statement.closingFen) },
    ],
    description:
      '各期间收入、支出和期末结余：' +
      rows.map((r) => `${r.label} 收入 ${r.income} 元，支出 ${r.expense} 元，期末结余 ${r.closing} 元`).join('；') +
      '。',
  };
}

/** 会员人数与入会率: counts and rates per period (each rate with its formula) and the trend of counts. */
export function membershipPage(site: SiteData) {
  const entries = site.periods.flatMap((p) =>
    p.membership ? [{ label: p.statement.period.label, membership: p.membership }] : [],
  );
  const rows = membershipRows(entries);
  return {
    rows,
    rateLabels: RATE_LABELS,
    chart: {
      description:
        '各期间期末人数：' +
        rows.map((r) => `${r.label} 职工 ${r.employees} 人，会员 ${r.members} 人，女会员 ${r.women} 人`).join('；') +
        '。',
      categories: entries.map((e) => shortPeriodLabel(e.label)),
      series: [
        { name: '职工人数', values: entries.map((e) => e.membership.employees ?? null) },
        { name: '会员人数', values: entries.map((e) => e.membership.members) },
        { name: '女会员人数', values: entries.map((e) => e.membership.women ?? null) },
      ],
    },
  };
}

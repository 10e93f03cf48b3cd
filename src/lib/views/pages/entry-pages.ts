import { formatYuan } from '../../money/format-amount.ts';
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
    overdue: registerViewRows(register.rows.filter((r) => r.status === 'overdue')),
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
                note: `职工 ${formatCount(latestData.membership!.employees ?? 0)} 人中会员 ${formatCount(latestData.membership!.members)} 人`,
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

import { fenToDecimalString } from '../../../src/lib/money/format-amount.ts';
import { generateActivities } from './generate-activities.ts';
import { generateLedger, type PeriodSpec } from './generate-ledger.ts';
import { generateReports } from './generate-reports.ts';
import { createRandom, type Random } from './random.ts';

/** The size of a synthetic data set. */
export interface DataSetSize {
  /** N: number of periods (one calendar year each, ending with `lastYear`). */
  periods: number;
  /** M: ledger lines per period. */
  linesPerPeriod: number;
  /** K: activities in activities.csv, spread evenly over the periods (default: see defaultActivities). */
  activities?: number;
  /** R: work reports, one for each of the last R periods (R ≤ N; default N). */
  reports?: number;
}

/** Default K: one activity per 100 ledger lines, at most 5,000. */
export function defaultActivities(size: DataSetSize): number {
  return Math.min(5000, Math.floor((size.periods * size.linesPerPeriod) / 100));
}

/** Options beyond the size; the defaults give the data set the benchmark uses. */
export interface DataSetOptions {
  /** Seed of the pseudo-random generator; the same seed gives the same files. */
  seed?: number;
  /** Year of the last period. */
  lastYear?: number;
  /** Opening balance of the first period, in fen. */
  openingFen?: number;
}

/** Generated files: POSIX path relative to the data folder → text (UTF-8 when written). */
export type GeneratedFiles = Map<string, string>;

/** A data folder and the reports that cite it (file name in content/reports → MDX text). */
export interface GeneratedSet {
  data: GeneratedFiles;
  reports: GeneratedFiles;
}

interface PeriodTotals extends PeriodSpec {
  label: string;
  incomeFen: number;
  expenseFen: number;
  openingFen: number;
  closingFen: number;
  accountFen: Map<string, number>;
}

const UNION_YAML = `全称: 临江市第一人民医院工会委员会（基准测试数据）
简称: 基准测试工会
组织类型: 基层工会
代表大会: 职代会
上级工会: 临江市卫生健康系统工会
`;

function csv(rows: readonly string[]): string {
  return rows.join('\r\n') + '\r\n';
}

function periodsCsv(periods: readonly PeriodTotals[]): string {
  return csv([
    '编号,名称,开始日期,结束日期,期初结余,期末结余',
    ...periods.map(
      (p, i) =>
        `${p.id},${p.label},${p.start},${p.end},${i === 0 ? fenToDecimalString(p.openingFen) : ''},${fenToDecimalString(p.closingFen)}`,
    ),
  ]);
}

/** A budget per side, within ±10% of the actual, in whole hundreds of yuan. */
function budgetCsv(period: PeriodTotals, random: Random): string {
  const budget = (fen: number): string =>
    fenToDecimalString(Math.round((fen * (0.9 + random.next() * 0.2)) / 10000) * 10000);
  return csv([
    '科目,上年决算数,预算数,调整数',
    `会费收入,,${budget(period.incomeFen * 0.3)},`,
    `拨缴经费收入,,${budget(period.incomeFen * 0.6)},`,
    `职工活动支出,,${budget(period.expenseFen * 0.6)},`,
    `职工服务支出,,${budget(period.expenseFen * 0.1)},`,
    `维权支出,,${budget(period.expenseFen * 0.15)},`,
    `业务支出,,${budget(period.expenseFen * 0.15)},0.00`,
  ]);
}

function membershipCsv(periods: readonly PeriodTotals[], random: Random): string {
  let members = 400 + random.int(0, 2000);
  const rows = ['期间,职工人数,会员人数,女会员人数,退休会员人数,新入会人数'];
  for (const p of periods) {
    const joined = random.int(5, 40);
    members += joined - random.int(0, 20);
    rows.push(
      `${p.id},${members + random.int(5, 30)},${members},${Math.round(members * 0.68)},${random.int(5, 40)},${joined}`,
    );
  }
  return csv(rows);
}

/** The data folder of {@link generateBenchSet} alone. */
export function generateDataSet(size: DataSetSize, options: DataSetOptions = {}): GeneratedFiles {
  return generateBenchSet(size, options).data;
}

/**
 * A synthetic but valid data folder: union.yaml, periods.csv with declared closing balances
 * that reconcile, one ledger per period (funds/<year>.csv, `linesPerPeriod` lines plus the
 * stated totals), a budget per period, membership.csv and activities.csv (K activities whose
 * costs stay within the ledger); and R work reports citing it. Deterministic for a given
 * seed. `loadSite` and `checkReports` accept the result with no issue (tested for small sizes).
 */
export function generateBenchSet(size: DataSetSize, options: DataSetOptions = {}): GeneratedSet {
  const { seed = 20240601, lastYear = 2024, openingFen = 50_000_000 } = options;
  const random = createRandom(seed);
  const files: GeneratedFiles = new Map([['union.yaml', UNION_YAML]]);
  const periods: PeriodTotals[] = [];
  let opening = openingFen;
  for (let i = 0; i < size.periods; i++) {
    const year = lastYear - size.periods + 1 + i;
    const spec: PeriodSpec = {
      id: String(year),
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      lines: size.linesPerPeriod,
    };
    const ledger = generateLedger(spec, opening, random);
    files.set(`funds/${spec.id}.csv`, ledger.text);
    const closing = opening + ledger.incomeFen - ledger.expenseFen;
    periods.push({
      ...spec,
      label: `${year}年度`,
      incomeFen: ledger.incomeFen,
      expenseFen: ledger.expenseFen,
      openingFen: opening,
      closingFen: closing,
      accountFen: ledger.accountFen,
    });
    opening = closing;
  }
  files.set('periods.csv', periodsCsv(periods));
  for (const p of periods) files.set(`budgets/${p.id}.csv`, budgetCsv(p, random));
  files.set('membership.csv', membershipCsv(periods, random));
  // A separate stream, so adding activities leaves the other files as they were.
  const activities = generateActivities(periods, size.activities ?? defaultActivities(size), createRandom(seed + 1));
  if (activities.perPeriod.size > 0 && [...activities.perPeriod.values()].some((n) => n > 0)) {
    files.set('activities.csv', activities.text);
  }
  const reports = generateReports(
    periods.map((p) => ({ ...p, activities: activities.perPeriod.get(p.id) ?? 0 })),
    size.reports ?? size.periods,
  );
  return { data: files, reports };
}

import { systemShortLabel } from '../../accounts/account.ts';
import type { ConsolidatedAccount, ConsolidatedPeriod } from '../../federation/consolidate.ts';
import type { FederationResult } from '../../federation/load-federation.ts';
import { consolidatedCsv, unitTableCsv } from '../../export/federation-csv.ts';
import { unitTable, type UnitTableRow } from '../../federation/unit-table.ts';
import { issuePosition } from '../../issues/data-issue.ts';
import type { SiteData } from '../../model/site-data.ts';
import { formatYuan } from '../../money/format-amount.ts';
import { formatPercent } from '../../numbers/rates.ts';
import { routePath } from '../../routes/routes.ts';
import { periodRange, type PeriodLink } from './shared.ts';

/** A unit as a link to its page. */
export interface UnitLink {
  name: string;
  path: string;
}

/** A unit's name and the path of its page. */
export const unitLink = (unit: { id: string; name: string }): UnitLink => ({
  name: unit.name,
  path: routePath({ to: 'federation-unit', unit: unit.id }),
});

const yuanOrDash = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '—' : formatYuan(fen);

/** One period in the federation's overview. */
export interface FederationPeriodLink {
  id: string;
  label: string;
  path: string;
  reporting: number;
  missing: number;
  income: string;
  expense: string;
}

/** The federation's overview page (federation/): its periods, its units and what could not be read. */
export interface FederationPage {
  unionName: string;
  unitCount: number;
  /** How the 汇总 is made, in one paragraph (after the sentence naming the union and its units). */
  intro: string;
  periods: FederationPeriodLink[];
  /** Every unit of units.csv in its order, indented by its depth below the federation. */
  units: (UnitLink & { id: string; depth: number; parentName?: string; problem?: string })[];
  /** Every problem found in a unit's package, located. */
  problems: { unit: UnitLink; where: string; message: string }[];
  /** Unit periods the federation does not have (noted, not counted). */
  notes: string[];
}

/** The federation's periods as links with their coverage, for the overview and the period switcher. */
export function federationPeriodLinks(federation: FederationResult): FederationPeriodLink[] {
  return federation.consolidated.map((c) => ({
    id: c.period.id,
    label: c.period.label,
    path: routePath({ to: 'federation-period', period: c.period.id }),
    reporting: c.reporting.length,
    missing: c.missing.length,
    income: formatYuan(c.incomeFen),
    expense: formatYuan(c.expenseFen),
  }));
}

/** The overview page of the federation. Pure. */
export function federationPage(site: SiteData, federation: FederationResult): FederationPage {
  const byId = new Map(federation.units.map((s) => [s.unit.id, s.unit]));
  const depth = (id: string): number => {
    let n = 0;
    for (let at = byId.get(id)?.parent; at !== undefined; at = byId.get(at)?.parent) n += 1;
    return n;
  };
  const byPath = new Map(federation.units.map((s) => [s.unit.packagePath, s.unit]));
  return {
    unionName: site.union.name,
    unitCount: federation.units.length,
    intro:
      '每个单位的数字都来自它自己网站生成的开放数据包，汇总前核对了数据包的指纹、会计制度和期间；没有按时公开或数据包有问题的单位，在各期汇总中列为“未报送”。',
    periods: federationPeriodLinks(federation),
    units: federation.units.map(({ unit, problem }) => ({
      ...unitLink(unit),
      id: unit.id,
      depth: depth(unit.id),
      ...(unit.parent ? { parentName: byId.get(unit.parent)?.name ?? unit.parent } : {}),
      ...(problem ? { problem } : {}),
    })),
    problems: federation.packageIssues.map((issue) => {
      const unit =
        federation.units.find((s) => issue.message.includes(`units.csv 第 ${s.unit.line} 行`))?.unit ??
        byPath.get(issue.file);
      return {
        unit: unit ? unitLink(unit) : { name: issue.file, path: '' },
        where: issuePosition(issue),
        message: issue.message,
      };
    }),
    notes: federation.unknownPeriods.map(
      (u) => `${u.unit.name}的期间“${u.periodId}”不在本工会的期间表中，未计入汇总。`,
    ),
  };
}

/** One line of the 汇总 收入支出表 with the federation's own figure beside it. */
export interface ConsolidatedRow {
  code: string;
  name: string;
  level: number;
  amount: string;
  /** How many units have the line: "3 个单位". */
  units: string;
  /** The federation's own amount of the same account ("—" when it has none or publishes none). */
  own: string;
  /** The drill-down page: each unit's part of the line. */
  path: string;
}

/** One side of the 汇总 收入支出表. */
export interface ConsolidatedSection {
  title: '收入' | '支出';
  rows: ConsolidatedRow[];
  total: string;
  ownTotal: string;
}

/** A unit table row as the page shows it: formatted cells with the values they sort by. */
export interface UnitTableView {
  unit: UnitLink;
  reporting: boolean;
  reason?: string;
  /**
   * Each cell's text, the same text in the pieces it may break between (cellWords), the value
   * it sorts by, and a link where the cell has one (a correction: the unit's period on its page).
   */
  cells: { label: string; text: string; words: string[]; sort: number | string; path?: string }[];
}

/** The 汇总 page of one period (federation/<period>/): the 汇总 收入支出表, its coverage, the transfers and the unit table. */
export interface FederationPeriodPage {
  unionName: string;
  period: { id: string; label: string; range: string; system: string };
  periods: PeriodLink[];
  /** Sentence saying which units the 汇总 covers. */
  coverage: string;
  reporting: (UnitLink & { note: string })[];
  missing: (UnitLink & { reason: string })[];
  sections: ConsolidatedSection[];
  /** Whether the federation's own statement stands beside the 汇总. */
  hasOwn: boolean;
  transfers: { unitsUpperSubsidy: string; federationSubsidy: string; text: string };
  unitTable: { headers: string[]; rows: UnitTableView[] };
  csv: { consolidated: string; units: string };
}

function ownAmounts(c: ConsolidatedPeriod): Map<string, number> {
  return new Map((c.own?.rows ?? []).map((r) => [`${r.side} ${r.code}`, r.fen]));
}

function sectionOf(c: ConsolidatedPeriod, side: 'income' | 'expense'): ConsolidatedSection {
  const own = ownAmounts(c);
  const rows: ConsolidatedRow[] = c.rows
    .filter((r) => r.side === side)
    .map((r: ConsolidatedAccount) => ({
      code: r.code,
      name: r.name,
      level: r.level,
      amount: formatYuan(r.fen),
      units: `${r.units} 个单位`,
      own: c.own ? yuanOrDash(own.get(`${side} ${r.code}`)) : '—',
      path: routePath({ to: 'federation-account', period: c.period.id, code: r.code }),
    }));
  const total = side === 'income' ? c.incomeFen : c.expenseFen;
  const ownTotal = c.own ? (side === 'income' ? c.own.incomeFen : c.own.expenseFen) : undefined;
  return { title: side === 'income' ? '收入' : '支出', rows, total: formatYuan(total), ownTotal: yuanOrDash(ownTotal) };
}

/** The headers of the unit table, in column order. */
export const UNIT_TABLE_HEADERS = [
  '会员人数',
  '本期收入',
  '本期支出',
  '人均收入',
  '人均支出',
  '支出预算完成率',
  '期末结余',
  '收支表公开',
  '经审报告公开',
  '疑点提示',
  '更正',
] as const;

/**
 * A cell's text in the pieces a line may break between: at a space (kept as a piece " ") or
 * before a bracket, never inside a date or between a number and its unit: "逾期公开 13 天" →
 * ["逾期公开", " ", "13 天"]; "未发现（未逐笔核对）" → ["未发现", "（未逐笔核对）"].
 */
export function cellWords(text: string): string[] {
  return text.split(/( (?![天处]))|(?=（)/).filter((part): part is string => part !== undefined && part !== '');
}

/** A register status with its days late: "逾期公开 46 天", "逾期未公开 610 天", else the status alone. */
export function timelinessText(status: string, lateDays: number): string {
  return (status === '逾期公开' || status === '逾期未公开') && lateDays > 0 ? `${status} ${lateDays} 天` : status;
}

/** 疑点提示 of a unit's period: "3 处", "未发现", "—" without counts; "（未逐笔核对）" after it when the line rules could not run. */
export function flagsText(total: number | null, partial = false): string {
  if (total === null) return '—';
  return `${total === 0 ? '未发现' : `${total} 处`}${partial ? '（未逐笔核对）' : ''}`;
}

/** Corrections of a unit's period: "已更正 2025-06-12" (dates joined by 、), or "—". */
export function correctionsText(dates: readonly string[]): string {
  return dates.length === 0 ? '—' : `已更正 ${dates.join('、')}`;
}

function unitRowView(row: UnitTableRow, periodId: string): UnitTableView {
  const money = (fen: number | null) => ({ text: yuanOrDash(fen), sort: fen ?? Number.NEGATIVE_INFINITY });
  const values: { text: string; sort: number | string; path?: string }[] = [
    { text: row.members === null ? '—' : String(row.members), sort: row.members ?? -1 },
    money(row.incomeFen),
    money(row.expenseFen),
    money(row.incomePerMemberFen),
    money(row.expensePerMemberFen),
    { text: row.budgetRateBp === null ? '—' : formatPercent(row.budgetRateBp), sort: row.budgetRateBp ?? -1 },
    money(row.closingFen),
    { text: timelinessText(row.statement, row.statementLateDays), sort: row.statement },
    { text: timelinessText(row.auditReport, row.auditReportLateDays), sort: row.auditReport },
    { text: flagsText(row.flags, row.flagsPartial), sort: row.flags ?? -1 },
    {
      text: correctionsText(row.correctedOn),
      sort: row.corrections,
      ...(row.corrections > 0
        ? { path: routePath({ to: 'federation-unit', unit: row.unitId, period: periodId }) }
        : {}),
    },
  ];
  return {
    unit: unitLink({ id: row.unitId, name: row.unitName }),
    reporting: row.reporting,
    ...(row.reason ? { reason: row.reason } : {}),
    cells: values.map((v, i) => ({
      label: UNIT_TABLE_HEADERS[i]!,
      text: v.text,
      words: cellWords(v.text),
      sort: v.sort === Number.NEGATIVE_INFINITY ? -1e15 : v.sort,
      ...(v.path ? { path: v.path } : {}),
    })),
  };
}

/** The coverage sentence of a period's 汇总. */
export function coverageText(c: ConsolidatedPeriod, unitCount: number): string {
  const covered = `本表汇总 ${c.reporting.length} 个单位（名单共 ${unitCount} 个）`;
  const names = c.reporting.map((r) => r.unit.name).join('、');
  const missing =
    c.missing.length === 0
      ? '全部单位均已报送。'
      : `未报送或未计入 ${c.missing.length} 个：${c.missing.map((m) => m.unit.name).join('、')}，其数字不在本表中。`;
  return `${covered}${names ? `：${names}` : ''}。${missing}`;
}

/** The 汇总 page of one period. Pure. */
export function federationPeriodPage(
  site: SiteData,
  federation: FederationResult,
  periodId: string,
): FederationPeriodPage {
  const c = federation.consolidated.find((x) => x.period.id === periodId);
  if (!c) throw new Error(`没有期间 ${periodId}`);
  const period = site.periods.find((p) => p.statement.period.id === periodId)!.statement.period;
  const units = formatYuan(c.transfers.unitsUpperSubsidyFen);
  const own = c.transfers.federationSubsidyFen;
  return {
    unionName: site.union.name,
    period: {
      id: c.period.id,
      label: c.period.label,
      range: periodRange(period),
      system: systemShortLabel(c.period.system),
    },
    periods: federation.consolidated.map((x) => ({ id: x.period.id, label: x.period.label })),
    coverage: coverageText(c, federation.units.length),
    reporting: c.reporting.map((r) => ({
      ...unitLink(r.unit),
      note: r.mapped ? `按${systemShortLabel(r.system)}记账，已按新旧科目对照汇总` : systemShortLabel(r.system),
    })),
    missing: c.missing.map((m) => ({ ...unitLink(m.unit), reason: m.reason })),
    sections: [sectionOf(c, 'income'), sectionOf(c, 'expense')],
    hasOwn: c.own !== undefined,
    transfers: {
      unitsUpperSubsidy: units,
      federationSubsidy: yuanOrDash(own),
      text:
        own === undefined
          ? `下级单位记为“上级补助收入”的共 ${units} 元；本工会本期没有公开完整的收支表，无法与本级的“补助下级支出”对照。`
          : `下级单位记为“上级补助收入”的共 ${units} 元，本工会记为“补助下级支出”的共 ${formatYuan(own)} 元。把本级收支与汇总相加时，这笔钱会算两次（一次是本级的支出，一次是下级的收入）。${own === c.transfers.unitsUpperSubsidyFen ? '' : '两数不同，可能是下级也收到其他上级的补助，或记在了不同期间。'}`,
    },
    unitTable: {
      headers: ['单位', ...UNIT_TABLE_HEADERS],
      rows: unitTable(c, federation.units).map((row) => unitRowView(row, c.period.id)),
    },
    csv: {
      consolidated: routePath({ to: 'federation-csv', period: c.period.id, table: 'consolidated' }),
      units: routePath({ to: 'federation-csv', period: c.period.id, table: 'units' }),
    },
  };
}

/** The static paths of the federation's period pages (none outside federation mode). */
export function federationPeriodPaths(federation: FederationResult | undefined): { params: { period: string } }[] {
  return (federation?.consolidated ?? []).map((c) => ({ params: { period: c.period.id } }));
}

/**
 * The CSV downloads of every period (federation mode): the 汇总 收入支出表 and the unit table,
 * from the same rows as the period's page, as static paths of federation/<period>/<table>.csv.
 */
export function federationCsvFiles(
  site: SiteData,
  federation: FederationResult | undefined,
): { params: { period: string; table: 'consolidated' | 'units' }; props: { text: string } }[] {
  return (federation?.consolidated ?? []).flatMap((c) => [
    {
      params: { period: c.period.id, table: 'consolidated' as const },
      props: { text: consolidatedCsv(c, site.union.name) },
    },
    {
      params: { period: c.period.id, table: 'units' as const },
      props: { text: unitTableCsv(unitTable(c, federation!.units), c, site.union.name) },
    },
  ]);
}

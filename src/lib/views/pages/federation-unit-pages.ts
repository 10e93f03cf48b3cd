import { systemShortLabel } from '../../accounts/account.ts';
import type { UnitStanding } from '../../federation/consolidate.ts';
import type { UnitPackage } from '../../federation/unit-package.ts';
import type { SiteData } from '../../model/site-data.ts';
import { formatYuan } from '../../money/format-amount.ts';
import { ratioBasisPoints, formatPercent } from '../../numbers/rates.ts';
import { routePath } from '../../routes/routes.ts';
import type { FederationResult } from '../../federation/load-federation.ts';
import { flagsOf, timeliness } from '../../federation/unit-table.ts';
import { federationUnitPeriodAnchor } from '../../routes/routes.ts';
import { correctionsText, flagsText, timelinessText, unitLink, type UnitLink } from './federation-pages.ts';

/** One unit's part of a 汇总 line, as the drill-down page lists it. */
export interface AccountPartRow {
  unit: UnitLink;
  amount: string;
  /** Share of the 汇总 line, "12.34%". */
  share: string;
  /** The unit's own lines summed here, with their codes in its 制度: "50204 困难职工帮扶费 20.00；…". */
  lines: string;
  /** Set when the unit kept the period under another 制度 and its codes were mapped. */
  mapped?: string;
}

/** The drill-down page of one 汇总 line (federation/<period>/<code>/): each unit's part. */
export interface FederationAccountPage {
  unionName: string;
  period: { id: string; label: string; path: string };
  account: { code: string; name: string; level: number; side: '收入' | '支出'; amount: string; units: string };
  /** The category of a level 2 line, linked. */
  category?: { code: string; name: string; path: string };
  /** The level 2 lines of a category, linked. */
  children: { code: string; name: string; amount: string; path: string }[];
  parts: AccountPartRow[];
  /** Reporting units without the line, and the units not counted in the period (with why). */
  without: UnitLink[];
  missing: (UnitLink & { reason: string })[];
}

/** The drill-down page of one line of a period's 汇总. Pure. */
export function federationAccountPage(
  site: SiteData,
  federation: FederationResult,
  periodId: string,
  code: string,
): FederationAccountPage {
  const c = federation.consolidated.find((x) => x.period.id === periodId);
  const account = c?.rows.find((r) => r.code === code);
  if (!c || !account) throw new Error(`没有期间 ${periodId} 的汇总科目 ${code}`);
  const mappedUnits = new Map(c.reporting.filter((r) => r.mapped).map((r) => [r.unit.id, r.system]));
  const linePath = (lineCode: string) => routePath({ to: 'federation-account', period: periodId, code: lineCode });
  const category = account.parentCode === undefined ? undefined : c.rows.find((r) => r.code === account.parentCode);
  const having = new Set(account.parts.map((p) => p.unit.id));
  return {
    unionName: site.union.name,
    period: { id: periodId, label: c.period.label, path: routePath({ to: 'federation-period', period: periodId }) },
    account: {
      code: account.code,
      name: account.name,
      level: account.level,
      side: account.side === 'income' ? '收入' : '支出',
      amount: formatYuan(account.fen),
      units: `${account.units} 个单位`,
    },
    ...(category ? { category: { code: category.code, name: category.name, path: linePath(category.code) } } : {}),
    children: c.rows
      .filter((r) => r.parentCode === account.code)
      .map((r) => ({ code: r.code, name: r.name, amount: formatYuan(r.fen), path: linePath(r.code) })),
    parts: account.parts.map((part) => {
      const system = mappedUnits.get(part.unit.id);
      const share = ratioBasisPoints(part.fen, account.fen);
      return {
        unit: unitLink(part.unit),
        amount: formatYuan(part.fen),
        share: share === null ? '—' : formatPercent(share),
        lines: part.lines.map((l) => `${l.code} ${l.name} ${formatYuan(l.fen)}`).join('；'),
        ...(system ? { mapped: `按${systemShortLabel(system)}科目，已对照` } : {}),
      };
    }),
    without: c.reporting.filter((r) => !having.has(r.unit.id)).map((r) => unitLink(r.unit)),
    missing: c.missing.map((m) => ({ ...unitLink(m.unit), reason: m.reason })),
  };
}

/** The static paths of every drill-down page: one per line of every period's 汇总. */
export function federationAccountPaths(
  federation: FederationResult | undefined,
): { params: { period: string; code: string } }[] {
  return (federation?.consolidated ?? []).flatMap((c) =>
    c.rows.map((r) => ({ params: { period: c.period.id, code: r.code } })),
  );
}

/** One statement row of a unit, as its page lists it. */
export interface UnitStatementView {
  side: '收入' | '支出';
  level: number;
  code: string;
  name: string;
  amount: string;
}

/** One period of a unit's page: what it reported and whether the 汇总 counts it. */
export interface UnitPeriodView {
  id: string;
  label: string;
  /** The id of the period's section (the unit table's corrections link here). */
  anchor: string;
  /** "计入汇总", or why not. */
  status: string;
  counted: boolean;
  system?: string;
  totals?: { income: string; expense: string; closing: string; members: string };
  rows: UnitStatementView[];
  /** The unit's 资产负债表 totals, when its package has one for the period. */
  balance?: { assets: string; liabilities: string; net: string };
  /** How the unit's register says its 经费收支表 and 经审报告 of the period were disclosed ("逾期公开 46 天"); absent when its package lacks the period. */
  disclosure?: { statement: string; auditReport: string };
  /** 疑点提示 of the period from the unit's flags.csv: the total ("3 处", "未发现", "—"), the rules that found something, the unit's own audit page of the period. */
  flags?: { total: string; rules: string; auditPath: string };
  /** "已更正 2025-06-12", or "—". */
  corrected?: string;
  /** Each correction once: "2025-06-12：原因。改动：职工活动支出 62,171.70 → 57,355.26；…". */
  corrections: string[];
  /** The federation's 汇总 page of the period. */
  path: string;
}

/** A unit's page (federation/units/<id>/): who it is, its package, its statements per period. */
export interface FederationUnitPage {
  unionName: string;
  unit: { id: string; name: string; packagePath: string; site?: string };
  parent?: UnitLink;
  children: UnitLink[];
  /** The package's problem when it could not be used. */
  problem?: string;
  package?: { unionName: string; buildDate: string; digest: string };
  periods: UnitPeriodView[];
}

/** Each correction of a period once (its figures may be several rows of the package), with what it changed. */
function correctionTexts(rows: readonly UnitPackage['corrections'][number][]): string[] {
  const byCorrection = new Map<string, UnitPackage['corrections'][number][]>();
  for (const row of rows) {
    const key = `${row.date} ${row.reason}`;
    byCorrection.set(key, [...(byCorrection.get(key) ?? []), row]);
  }
  return [...byCorrection.values()].map((of) => {
    const changes = of.flatMap((x) =>
      x.figure ? [`${x.figure.label} ${formatYuan(x.figure.beforeFen)} → ${formatYuan(x.figure.afterFen)}`] : [],
    );
    return `${of[0]!.date}：${of[0]!.reason}${changes.length > 0 ? `。改动：${changes.join('；')}` : ''}`;
  });
}

function periodView(
  pkg: UnitPackage,
  standing: UnitStanding,
  federation: FederationResult,
  periodId: string,
): UnitPeriodView {
  const c = federation.consolidated.find((x) => x.period.id === periodId)!;
  const own = pkg.periods.find((p) => p.id === periodId);
  const counted = c.reporting.some((r) => r.unit.id === standing.unit.id);
  const reason = c.missing.find((m) => m.unit.id === standing.unit.id)?.reason;
  const balance = (item: string) => pkg.balanceSheets.find((r) => r.periodId === periodId && r.item === item);
  const assets = balance('资产总计');
  const liabilities = balance('负债合计');
  const net = balance('净资产合计');
  const members = pkg.members.get(periodId);
  const disclosed = (kind: string) => {
    const summary = pkg.summaries.disclosures.get(`${periodId} ${kind}`);
    return timelinessText(timeliness(summary), summary?.lateDays ?? 0);
  };
  const flags = flagsOf(pkg, periodId);
  const correctedOn = [...new Set(pkg.corrections.filter((x) => x.periodId === periodId).map((x) => x.date))].sort();
  return {
    id: periodId,
    label: c.period.label,
    anchor: federationUnitPeriodAnchor(periodId),
    status: counted ? '计入汇总' : `未计入汇总：${reason ?? '未报送'}`,
    counted,
    ...(own ? { system: systemShortLabel(own.system) } : {}),
    ...(own
      ? {
          totals: {
            income: formatYuan(own.incomeFen),
            expense: formatYuan(own.expenseFen),
            closing: formatYuan(own.closingFen),
            members: members === undefined ? '—' : String(members),
          },
        }
      : {}),
    rows: pkg.statements
      .filter((r) => r.periodId === periodId)
      .map((r) => ({
        side: r.side === 'income' ? '收入' : '支出',
        level: r.level,
        code: r.code,
        name: r.name,
        amount: formatYuan(r.fen),
      })),
    ...(assets && liabilities && net
      ? {
          balance: {
            assets: formatYuan(assets.closingFen),
            liabilities: formatYuan(liabilities.closingFen),
            net: formatYuan(net.closingFen),
          },
        }
      : {}),
    ...(own
      ? {
          disclosure: { statement: disclosed('fund-statement'), auditReport: disclosed('audit-report') },
          flags: {
            total: flagsText(flags.total, flags.partial),
            rules: flags.byRule.map((r) => `${r.title} ${r.count} 处`).join('、'),
            auditPath: routePath({ to: 'audit-period', period: periodId, anchor: 'flags' }),
          },
          corrected: correctionsText(correctedOn),
        }
      : {}),
    corrections: correctionTexts(pkg.corrections.filter((x) => x.periodId === periodId)),
    path: routePath({ to: 'federation-period', period: periodId }),
  };
}

/** A unit's page. Pure. */
export function federationUnitPage(site: SiteData, federation: FederationResult, unitId: string): FederationUnitPage {
  const standing = federation.units.find((s) => s.unit.id === unitId);
  if (!standing) throw new Error(`没有单位 ${unitId}`);
  const { unit, package: pkg } = standing;
  const parent = unit.parent === undefined ? undefined : federation.units.find((s) => s.unit.id === unit.parent);
  return {
    unionName: site.union.name,
    unit: { id: unit.id, name: unit.name, packagePath: unit.packagePath, ...(unit.site ? { site: unit.site } : {}) },
    ...(parent ? { parent: unitLink(parent.unit) } : {}),
    children: federation.units.filter((s) => s.unit.parent === unit.id).map((s) => unitLink(s.unit)),
    ...(standing.problem ? { problem: standing.problem } : {}),
    ...(pkg
      ? { package: { unionName: pkg.union.name, buildDate: pkg.buildDate, digest: pkg.digest.slice(0, 12) } }
      : {}),
    periods: pkg ? federation.consolidated.map((c) => periodView(pkg, standing, federation, c.period.id)) : [],
  };
}

/** The static paths of the unit pages: one per unit of units.csv. */
export function federationUnitPaths(federation: FederationResult | undefined): { params: { unit: string } }[] {
  return (federation?.units ?? []).map((s) => ({ params: { unit: s.unit.id } }));
}

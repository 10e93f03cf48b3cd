import type { Account, AccountingSystem, Chart, Charts, UnionLevel } from './account.ts';
import { systemShortLabel } from './account.ts';
import { CHART_2009 } from './chart-2009.ts';
import { CHART_2021 } from './chart-2021.ts';
import type { ChartConflict } from './create-chart.ts';
import { accountKey, ambiguousAccounts, createChart, describeAccount, resolveAccount } from './create-chart.ts';
import { legacyAccounts } from './legacy-accounts.ts';
import { MAPPING_2009_TO_2021 } from './system-mapping.ts';
import { nearest } from '../text/edit-distance.ts';
import { toHalfWidth } from '../text/normalize-width.ts';

/** The accounts shipped for a 制度: the regulation's own, then the informal legacy ones under their categories. */
export function builtInAccounts(system: AccountingSystem): Account[] {
  return [...(system === '2021' ? CHART_2021 : CHART_2009), ...legacyAccounts(system)];
}

/**
 * The chart of each 制度 with the union's own accounts (accounts.csv) added to the 制度 they
 * name. `level` (default 基层工会) decides shared 明细 names, see createChart.
 */
export function buildCharts(
  local: readonly Account[] = [],
  level: UnionLevel = '基层工会',
): { charts: Charts; conflicts: ChartConflict[] } {
  const conflicts: ChartConflict[] = [];
  const make = (system: AccountingSystem): Chart => {
    const built = createChart([...builtInAccounts(system), ...local.filter((a) => a.system === system)], level);
    conflicts.push(...built.conflicts);
    return built.chart;
  };
  return { charts: { '2009': make('2009'), '2021': make('2021') }, conflicts };
}

/** The union level of union.yaml's 组织类型: 县级以上工会 when it says so (县级…, …以上…, …总工会), else 基层工会. */
export function unionLevelOf(kind: string | undefined): UnionLevel {
  return kind !== undefined && /县级|以上|总工会/.test(kind) ? '县级以上工会' : '基层工会';
}

/** The union level of union.yaml: 组织层级 when it states one, else as 组织类型 reads (unionLevelOf). */
export function levelOfUnion(union: { kind: string; level?: UnionLevel | undefined }): UnionLevel {
  return union.level ?? unionLevelOf(union.kind);
}

/** The 2021 account a 2009 account's figures belong to (level 1 or 2), by the documented mapping. */
export function mappedTo2021(account: Account, chart2021: Chart): Account | undefined {
  if (account.system === '2021') return account;
  const direct = MAPPING_2009_TO_2021[account.code];
  if (direct) return chart2021.byCode.get(direct);
  // A local account of a 2009 chart follows its parent.
  if (account.level > 1) {
    const parentTarget = MAPPING_2009_TO_2021[account.parentCode] ?? MAPPING_2009_TO_2021[account.categoryCode];
    return parentTarget ? chart2021.byCode.get(parentTarget) : undefined;
  }
  return undefined;
}

/** How a written account was read in its period's 制度. */
export type Resolution =
  | { ok: true; account: Account; /** Set when the name came from the other 制度 and was mapped. */ note?: string }
  | { ok: false; reason: 'unknown' | 'ambiguous' | 'unmapped'; message: string; hint: string };

/**
 * Reads an account (code, name, alias or "上级/名称") within the chart of `system`. A code is
 * only ever read in its own 制度. A name of the other 制度 is accepted through the
 * documented mapping, with a note saying so: a 2009 name in a 2021 period goes to the
 * account it maps to; a 2021 name in a 2009 period is accepted only where exactly one 2009
 * account maps to it, and otherwise rejected with the reason.
 */
export function resolveInSystem(charts: Charts, system: AccountingSystem, written: string): Resolution {
  const chart = charts[system];
  const own = resolveAccount(chart, written);
  if (own) return { ok: true, account: own };
  const label = systemShortLabel(system);
  const shared = ambiguousAccounts(chart, written);
  if (shared.length > 0) {
    return {
      ok: false,
      reason: 'ambiguous',
      message: `科目“${written}”在${label}中不止一个：${shared.map(describeAccount).join('、')}`,
      hint: `请连同上级科目一起写，如“${parentName(chart, shared[0]!)}—${shared[0]!.name}”，或写科目编码`,
    };
  }
  const code = toHalfWidth(written).trim();
  if (/^\d+$/.test(code)) {
    const near = nearestCodes(chart, code);
    return {
      ok: false,
      reason: 'unknown',
      message: `科目编码“${code}”不在${label}的科目表中`,
      hint: near.length
        ? `${label}中相近的科目：${near.map(describeAccount).join('、')}；编码要按本期间的会计制度填写`
        : '编码要按本期间的会计制度填写，也可以直接写科目名称',
    };
  }
  const otherSystem: AccountingSystem = system === '2021' ? '2009' : '2021';
  const foreign = resolveAccount(charts[otherSystem], written);
  if (!foreign || foreign.origin === 'legacy') return unknownName(chart, label, written);
  const otherLabel = systemShortLabel(otherSystem);
  if (system === '2021') {
    const target = mappedTo2021(foreign, chart);
    if (!target) return unknownName(chart, label, written);
    return {
      ok: true,
      account: target,
      note: `“${written}”是${otherLabel}的科目（${foreign.code}），按新旧科目对照记入${label}的“${target.name}”（${target.code}）`,
    };
  }
  const sources = charts['2009'].accounts.filter(
    (a) => a.origin === 'official' && MAPPING_2009_TO_2021[a.code] === foreign.code,
  );
  if (sources.length === 1) {
    const source = sources[0]!;
    return {
      ok: true,
      account: source,
      note: `“${written}”是${otherLabel}的科目（${foreign.code}），按新旧科目对照记入${label}的“${source.name}”（${source.code}）`,
    };
  }
  return {
    ok: false,
    reason: 'unmapped',
    message:
      sources.length === 0
        ? `“${written}”是${otherLabel}的科目（${foreign.code}），${label}中没有与它对应的科目`
        : `“${written}”是${otherLabel}的科目（${foreign.code}），在${label}中对应 ${sources.map(describeAccount).join('、')} 多个科目，无法确定记入哪一个`,
    hint: `本期间按${label}记账，请改用${label}的科目名称（见 docs/数据文件说明.md 附录），或核对 periods.csv 的“会计制度”列`,
  };
}

function parentName(chart: Chart, account: Account): string {
  return chart.byCode.get(account.parentCode)?.name ?? '';
}

function unknownName(chart: Chart, label: string, written: string): Resolution {
  const names = chart.accounts.flatMap((a) => [a.name, ...a.aliases]);
  const suggestion = nearest(accountKey(written), names.map(accountKey));
  const original = suggestion ? names.find((n) => accountKey(n) === suggestion) : undefined;
  return {
    ok: false,
    reason: 'unknown',
    message: `科目“${written}”不在${label}的科目表中`,
    hint: original
      ? `是否应为“${original}”？如确为本会自设科目，请在 accounts.csv 中添加`
      : '如确为本会自设科目，请在 accounts.csv 中添加',
  };
}

/** Up to three official accounts of the same length and kind as `code`, numerically nearest first. */
export function nearestCodes(chart: Chart, code: string): Account[] {
  const value = Number(code);
  return chart.accounts
    .filter((a) => a.origin === 'official' && a.code.length === code.length && a.code[0] === code[0])
    .sort((a, b) => Math.abs(Number(a.code) - value) - Math.abs(Number(b.code) - value) || a.code.localeCompare(b.code))
    .slice(0, 3);
}

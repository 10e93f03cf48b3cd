import type { Chart } from '../accounts/account.ts';
import { systemShortLabel } from '../accounts/account.ts';
import { mappedTo2021 } from '../accounts/charts.ts';
import { percentChange } from '../numbers/rates.ts';
import type { Statement, StatementSide } from './statement.ts';

/** How one figure moved against the previous period. Money in fen, percent in basis points. */
export interface Change {
  previousFen: number;
  currentFen: number;
  deltaFen: number;
  /** (current − previous) / |previous| in basis points; null when the previous figure is 0. */
  percentBp: number | null;
}

function change(previousFen: number, currentFen: number): Change {
  return {
    previousFen,
    currentFen,
    deltaFen: currentFen - previousFen,
    percentBp: percentChange(previousFen, currentFen),
  };
}

/** Changes of the totals and of each account, at every level where the two periods compare. */
export interface StatementComparison {
  previousLabel: string;
  income: Change;
  expense: Change;
  closing: Change;
  /** Level 1 category code → change; a category absent in one period counts as 0 there. */
  categories: ReadonlyMap<string, Change>;
  /**
   * Account code (level 2 and 3, in the current period's chart) → change. An account is
   * missing where it cannot be compared: under a category of `categoryOnly`.
   */
  accounts: ReadonlyMap<string, Change>;
  /** Categories compared only in total: the previous period's figures do not split the same way. */
  categoryOnly: ReadonlySet<string>;
  /**
   * Level 3 codes not compared: their level 2 account was booked in the previous period
   * without 明细, so the previous figure of each 明细 is unknown (never shown as 0).
   */
  notCompared: ReadonlySet<string>;
  /** Set when the previous period was kept under the other 制度 and its figures were mapped. */
  note?: string;
}

/** Amount per code at every level of a side (level 2 lines booked to the category itself are left out of level 2). */
function amounts(side: StatementSide, into: Map<string, number>): void {
  for (const category of side.categories) {
    into.set(category.account.code, category.fen);
    for (const line of category.lines) {
      if (line.account.code === category.account.code) continue;
      into.set(line.account.code, line.fen);
      for (const child of line.children)
        if (child.account.code !== line.account.code) into.set(child.account.code, child.fen);
    }
  }
}

function add(map: Map<string, number>, code: string, fen: number): void {
  map.set(code, (map.get(code) ?? 0) + fen);
}

/**
 * The previous statement's amounts in the codes of the current one. Within one 制度 these
 * are its own amounts. From 2009 to 2021 each level 2 line goes to the 2021 account it maps
 * to (several may add up); a category compares below its total only when every previous
 * line under it maps to a level 2 account (level 3 明细 do not carry over).
 */
function previousInCurrentCodes(
  previous: Statement,
  chart2021: Chart | undefined,
): { amounts: Map<string, number>; categoryOnly: Set<string> } {
  const out = new Map<string, number>();
  const categoryOnly = new Set<string>();
  if (previous.period.system === '2021' || !chart2021) {
    amounts(previous.income, out);
    amounts(previous.expense, out);
    return { amounts: out, categoryOnly };
  }
  for (const side of [previous.income, previous.expense]) {
    for (const category of side.categories) {
      for (const line of category.lines) {
        const target = mappedTo2021(line.account, chart2021) ?? mappedTo2021(category.account, chart2021);
        if (!target) continue;
        add(out, target.categoryCode, line.fen);
        if (target.level === 2) add(out, target.code, line.fen);
        else categoryOnly.add(target.categoryCode);
      }
    }
  }
  return { amounts: out, categoryOnly };
}

/**
 * Compares a statement with the previous one at every level. When the previous period
 * was kept under the 2009 制度 and the current under 2021, the previous figures are
 * mapped by the documented table (`chart2021` is needed for that); categories whose
 * previous lines map only to the category are compared in total, and `note` says so.
 */
export function compareStatements(previous: Statement, current: Statement, chart2021?: Chart): StatementComparison {
  const crossing = previous.period.system !== current.period.system && current.period.system === '2021';
  const before = previousInCurrentCodes(previous, crossing ? chart2021 : undefined);
  const after = new Map<string, number>();
  amounts(current.income, after);
  amounts(current.expense, after);
  const categories = new Map<string, Change>();
  const accounts = new Map<string, Change>();
  const categoryOnly = new Set(before.categoryOnly);
  if (crossing) {
    // Level 3 明细 of the new chart have no counterpart in the old one.
    for (const side of [current.income, current.expense])
      for (const c of side.categories) if (c.lines.some((l) => l.children.length > 0)) categoryOnly.add(c.account.code);
  }
  // A level 2 account the previous period booked without 明细: its 明细 now have no previous figure.
  const notCompared = new Set<string>();
  const unsplit: string[] = [];
  if (!crossing) {
    const split = new Set<string>();
    for (const side of [previous.income, previous.expense])
      for (const c of side.categories) for (const l of c.lines) if (l.children.length > 0) split.add(l.account.code);
    for (const side of [current.income, current.expense])
      for (const c of side.categories)
        for (const l of c.lines) {
          if (l.children.length === 0 || split.has(l.account.code) || !before.amounts.get(l.account.code)) continue;
          unsplit.push(l.account.name);
          for (const child of l.children)
            if (child.account.code !== l.account.code) notCompared.add(child.account.code);
        }
  }
  for (const code of new Set([...before.amounts.keys(), ...after.keys()])) {
    const figures = change(before.amounts.get(code) ?? 0, after.get(code) ?? 0);
    if (code.length <= 3) categories.set(code, figures);
    else if (!categoryOnly.has(code.slice(0, 3)) && !notCompared.has(code)) accounts.set(code, figures);
  }
  const comparison: StatementComparison = {
    previousLabel: previous.period.label,
    income: change(previous.income.totalFen, current.income.totalFen),
    expense: change(previous.expense.totalFen, current.expense.totalFen),
    closing: change(previous.closingFen, current.closingFen),
    categories,
    accounts,
    categoryOnly,
    notCompared,
  };
  if (unsplit.length > 0) {
    comparison.note = `上期（${previous.period.label}）的${unsplit.join('、')}未分明细，其下明细科目不列上期数和增减`;
  }
  if (previous.period.system !== current.period.system) {
    comparison.note =
      `上期（${previous.period.label}）按${systemShortLabel(previous.period.system)}记账，` +
      `上期数已按新旧科目对照换算为${systemShortLabel(current.period.system)}的科目` +
      (categoryOnly.size > 0 ? '；科目拆分或合并了的类别只比较类别合计' : '');
  }
  return comparison;
}

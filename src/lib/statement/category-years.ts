import type { Chart } from '../accounts/account.ts';
import { MAPPING_2009_TO_2021 } from '../accounts/system-mapping.ts';
import type { Statement, StatementSide } from './statement.ts';

/**
 * One level 1 category of the 2021 chart across periods: fen per period; null where the
 * period does not publish the side or its 制度 has no account holding this content.
 */
export interface CategoryYears {
  code: string;
  name: string;
  /** One entry per period, in period order; 0 when the period booked nothing to it. */
  fen: (number | null)[];
}

/**
 * The level 1 category (2021 code) of a line's account: the account's own category in a
 * 2021 period; in a 2009 period the category of its 2021 counterpart by the regulation's
 * mapping (MAPPING_2009_TO_2021, the table the statement comparison uses), trying the line's
 * account first, then its category. Undefined when neither has a counterpart.
 */
function categoryIn2021(
  accountCode: string,
  categoryCode: string,
  system: Statement['period']['system'],
): string | undefined {
  if (system === '2021') return categoryCode;
  const mapped = MAPPING_2009_TO_2021[accountCode] ?? MAPPING_2009_TO_2021[categoryCode];
  return mapped?.slice(0, 3);
}

/** The 2021 categories some 2009 account maps onto: the others did not exist under 2009. */
const REACHABLE_FROM_2009: ReadonlySet<string> = new Set(
  Object.values(MAPPING_2009_TO_2021).map((code) => code.slice(0, 3)),
);

/** A side's amounts per 2021 category code (fen); lines without a counterpart under "". */
function sideByCategory(side: StatementSide, system: Statement['period']['system']): Map<string, number> {
  const sums = new Map<string, number>();
  for (const category of side.categories)
    for (const line of category.lines) {
      const code = categoryIn2021(line.account.code, category.account.code, system) ?? '';
      sums.set(code, (sums.get(code) ?? 0) + line.fen);
    }
  return sums;
}

/**
 * Each level 1 category of one side (income or expense) across `statements`, named as the
 * 2021 chart names it, so a category kept under the 2009 制度 appears on the line that holds
 * the same content today. Categories in the chart's order (by code); a category no period
 * booked to is left out; a period that does not publish the side (公开范围) has null. Lines
 * the mapping cannot place are collected as "其他（未对照）". For each period the categories
 * sum to the side's total exactly (integer fen).
 */
export function categoryYears(
  statements: readonly Statement[],
  kind: 'income' | 'expense',
  chart2021: Chart,
): CategoryYears[] {
  const published = (s: Statement) =>
    s.period.scope === '全部' || s.period.scope === (kind === 'income' ? '仅收入' : '仅支出');
  const perPeriod = statements.map((s) =>
    published(s) ? sideByCategory(kind === 'income' ? s.income : s.expense, s.period.system) : undefined,
  );
  const codes = [...new Set(perPeriod.flatMap((m) => (m ? [...m.keys()] : [])))].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b),
  );
  // A category the period's 制度 has no account for is not 0 there but absent (null).
  const exists = (code: string, s: Statement) =>
    s.period.system === '2021' || code === '' || REACHABLE_FROM_2009.has(code);
  return codes.map((code) => ({
    code,
    name: code === '' ? '其他（未对照）' : (chart2021.byCode.get(code)?.name ?? code),
    fen: perPeriod.map((m, i) => (m && exists(code, statements[i]!) ? (m.get(code) ?? 0) : (m?.get(code) ?? null))),
  }));
}

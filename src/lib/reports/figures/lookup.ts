import type { Account } from '../../accounts/account.ts';
import { accountNames, resolveAccount } from '../../accounts/create-chart.ts';
import type { PeriodData, SiteData } from '../../model/site-data.ts';
import type { Statement, StatementSide } from '../../statement/statement.ts';
import { nearest } from '../../text/edit-distance.ts';
import type { FigureProblem } from './figure-types.ts';

/** A lookup that either found its target or explains why not. */
export type Found<T> = { ok: true; value: T } | { ok: false; problem: FigureProblem };

function suggestion(written: string, candidates: readonly string[]): string | undefined {
  const near = nearest(written, candidates);
  return near === undefined ? undefined : `是否应为“${near}”？`;
}

/** The period with id `id` (attribute `attribute`), with its index in time order. */
export function findPeriod(
  site: SiteData,
  id: string | undefined,
  attribute = 'period',
): Found<{ data: PeriodData; index: number }> {
  const ids = site.periods.map((p) => p.statement.period.id);
  if (id === undefined || id === '') {
    return {
      ok: false,
      problem: {
        attribute,
        code: 'report.period-missing',
        message: `缺少属性 ${attribute}（期间编号）`,
        expected: ids.join('、'),
        found: '未填写',
      },
    };
  }
  const index = ids.indexOf(id);
  if (index < 0) {
    return {
      ok: false,
      problem: {
        attribute,
        code: 'report.unknown-period',
        message: `期间“${id}”不在 periods.csv 中`,
        expected: ids.join('、'),
        found: id,
        hint: suggestion(id, ids),
      },
    };
  }
  return { ok: true, value: { data: site.periods[index]!, index } };
}

/** The side of a statement an account belongs to. */
export function sideOf(statement: Statement, account: Account): StatementSide {
  return account.kind === 'income' ? statement.income : statement.expense;
}

/** The accounts and categories that appear on a statement, by display name. */
export function namesOnStatement(statement: Statement): string[] {
  return [statement.income, statement.expense].flatMap((side) =>
    side.categories.flatMap((c) => [
      c.account.name,
      ...c.lines.filter((l) => l.account.code !== c.account.code).map((l) => l.account.name),
    ]),
  );
}

/** An account or category on a period's statement: its total (fen) and share of its side (bp). */
export interface AccountOnStatement {
  account: Account;
  fen: number;
  shareBp: number;
}

/**
 * The account written in attribute `attribute`, which must be in the chart and appear on the
 * statement of the period (a category: any of its accounts; an account: booked in the period).
 */
export function findAccount(
  site: SiteData,
  statement: Statement,
  written: string | undefined,
  attribute = 'account',
): Found<AccountOnStatement> {
  const onStatement = namesOnStatement(statement);
  if (written === undefined || written === '') {
    return {
      ok: false,
      problem: {
        attribute,
        code: 'report.account-missing',
        message: `缺少属性 ${attribute}（科目名称）`,
        expected: onStatement.join('、'),
        found: '未填写',
      },
    };
  }
  const account = resolveAccount(site.chart, written);
  if (!account) {
    return {
      ok: false,
      problem: {
        attribute,
        code: 'report.unknown-account',
        message: `科目“${written}”不在科目表中`,
        expected: '科目表中的科目名称、别名或编码',
        found: written,
        hint: suggestion(written, accountNames(site.chart)),
      },
    };
  }
  const side = sideOf(statement, account);
  for (const category of side.categories) {
    if (account.level === 1 && category.account.code === account.code)
      return { ok: true, value: { account, fen: category.fen, shareBp: category.shareBp } };
    const line = category.lines.find((l) => l.account.code === account.code);
    if (line) return { ok: true, value: { account, fen: line.fen, shareBp: line.shareBp } };
  }
  return {
    ok: false,
    problem: {
      attribute,
      code: 'report.account-not-in-period',
      message: `期间“${statement.period.label}”的收支表中没有科目“${account.name}”`,
      expected: onStatement.join('、'),
      found: written,
      hint: '请核对期间和科目；新旧科目名称不同时（如 职工福利费 与 职工集体福利支出），可以改用一级类别（如 职工活动支出）',
    },
  };
}

/** The totals of a statement that prose may cite, with the names authors write for them. */
export const TOTALS = [
  { name: '期初结余', aliases: ['上期结余', '年初结余'], stock: true, fen: (s: Statement) => s.openingFen },
  {
    name: '本期收入',
    aliases: ['收入合计', '本期收入合计', '收入', '收入总额'],
    stock: false,
    fen: (s: Statement) => s.income.totalFen,
  },
  {
    name: '本期支出',
    aliases: ['支出合计', '本期支出合计', '支出', '支出总额'],
    stock: false,
    fen: (s: Statement) => s.expense.totalFen,
  },
  {
    name: '本期结余',
    aliases: ['收支结余', '本期收支结余', '当期结余'],
    stock: false,
    fen: (s: Statement) => s.surplusFen,
  },
  { name: '期末结余', aliases: ['年末结余', '累计结余'], stock: true, fen: (s: Statement) => s.closingFen },
] as const;

/** One of TOTALS. */
export type StatementTotal = (typeof TOTALS)[number];

/** The statement total named in attribute `attribute`. */
export function findTotal(written: string, attribute = 'total'): Found<StatementTotal> {
  const total = TOTALS.find((t) => t.name === written || (t.aliases as readonly string[]).includes(written));
  if (total) return { ok: true, value: total };
  const names = TOTALS.map((t) => t.name);
  return {
    ok: false,
    problem: {
      attribute,
      code: 'report.unknown-total',
      message: `“${written}”不是收支表中的合计项`,
      expected: names.join('、'),
      found: written,
      hint: suggestion(written, names),
    },
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACCOUNTS } from '../../../src/lib/accounts/chart-2021.ts';
import { createChart } from '../../../src/lib/accounts/create-chart.ts';
import { statementCsv } from '../../../src/lib/export/statement-csv.ts';
import type { FundLine } from '../../../src/lib/funds/fund-line.ts';
import { parseAmount } from '../../../src/lib/money/parse-amount.ts';
import type { Period } from '../../../src/lib/periods/period.ts';
import { buildStatement } from '../../../src/lib/statement/build-statement.ts';
import type { Statement, StatementSide } from '../../../src/lib/statement/statement.ts';
import { statementRows } from '../../../src/lib/views/statement-rows.ts';

const { chart } = createChart(BUILT_IN_ACCOUNTS);
const accounts = chart.accounts.filter((a) => a.system === '2021');
const period: Period = {
  id: '2023',
  label: '2023年度',
  start: '2023-01-01',
  end: '2023-12-31',
  line: 2,
  columns: { opening: 0, closing: 0 },
};

function statementOf(lines: readonly { account: number; fen: number }[]): Statement {
  const fundLines: FundLine[] = lines.map((l, i) => ({
    line: i + 2,
    account: accounts[l.account % accounts.length]!,
    fen: l.fen,
    date: undefined,
    voucher: undefined,
    memo: undefined,
    columns: { date: 0, voucher: 0, memo: 0 },
  }));
  return buildStatement(period, 1_000_00, fundLines, chart);
}

const fen = (text: string) => {
  const parsed = parseAmount(text.replace('\u2212', '-'));
  if (!parsed.ok) throw new Error(`not an amount: ${text}`);
  return parsed.fen;
};

/** The page rows of a side as [kind, code, fen, share]. */
function pageLines(side: StatementSide) {
  return statementRows(side).map((r) => [r.kind, r.code, fen(r.amount), r.kind === 'total' ? '' : r.share]);
}

/** The CSV rows of a side as [kind, code, fen, share], read back from the download. */
function csvLines(statement: Statement, title: '收入' | '支出') {
  return statementCsv(statement, '测试工会')
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','))
    .filter((cells) => cells[0] === title)
    .map(([, code, , account, amount, share]) => [
      code === '' ? 'total' : account === '' ? 'category' : 'account',
      code,
      fen(amount!),
      code === '' ? '' : share,
    ]);
}

/** Independent sums of the generated lines: per level 1 code and per kind. */
function oracle(statement: Statement, side: StatementSide) {
  const perCategory = new Map<string, number>();
  let total = 0;
  for (const category of side.categories)
    for (const line of category.lines)
      for (const entry of line.entries) {
        perCategory.set(entry.account.parentCode, (perCategory.get(entry.account.parentCode) ?? 0) + entry.fen);
        total += entry.fen;
      }
  return { perCategory, total, closing: statement.openingFen + statement.income.totalFen - statement.expense.totalFen };
}

const dataSets = fc.array(
  fc.record({ account: fc.nat({ max: 10_000 }), fen: fc.integer({ min: 1, max: 10_000_000_00 }) }),
  { minLength: 1, maxLength: 60 },
);

describe('every published form of a statement comes from the same rows', () => {
  it('the page rows and the CSV download agree line for line and total for total', () => {
    fc.assert(
      fc.property(dataSets, (lines) => {
        const statement = statementOf(lines);
        for (const [side, title] of [
          [statement.income, '收入'],
          [statement.expense, '支出'],
        ] as const) {
          const page = pageLines(side);
          expect(csvLines(statement, title)).toEqual(page);
          const { perCategory, total } = oracle(statement, side);
          expect(page.at(-1)![2]).toBe(total);
          for (const [code, sum] of perCategory)
            expect(page.find((r) => r[0] === 'category' && r[1] === code)![2]).toBe(sum);
          // Accounts shown under a category add up to it.
          let open: { fen: number; parts: number; sum: number } | undefined;
          const check = () => open && open.parts > 0 && expect(open.sum).toBe(open.fen);
          for (const [kind, , amount] of page) {
            if (kind === 'account') {
              open!.parts += 1;
              open!.sum += amount as number;
            } else {
              check();
              open = { fen: amount as number, parts: 0, sum: 0 };
            }
          }
        }
        const csv = statementCsv(statement, '测试工会');
        expect(csv).toContain(`期末结余,,,,${(oracle(statement, statement.income).closing / 100).toFixed(2)},,`);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('a line booked directly to a category that has sub-accounts is in the CSV (issue 12: 4 of 5 lines)', () => {
    const category = accounts.find((a) => a.code === '501')!;
    const subs = accounts.filter((a) => a.parentCode === '501' && a.level === 2).slice(0, 3);
    const lines = [category, ...subs, accounts.find((a) => a.code === '502')!].map((a, i) => ({
      account: accounts.indexOf(a),
      fen: (i + 1) * 100_00,
    }));
    const statement = statementOf(lines);
    const rows = csvLines(statement, '支出');
    expect(rows.filter((r) => r[0] === 'account').map((r) => r[1])).toEqual(['501', ...subs.map((s) => s.code)]);
    expect(rows.filter((r) => r[0] !== 'total').map((r) => r[2])).toEqual(
      pageLines(statement.expense)
        .slice(0, -1)
        .map((r) => r[2]),
    );
  });
});

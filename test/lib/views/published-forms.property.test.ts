import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/lib/accounts/account.ts';
import { statementCsv } from '../../../src/lib/export/statement-csv.ts';
import type { SiteData } from '../../../src/lib/model/site-data.ts';
import { fenToDecimalString } from '../../../src/lib/money/format-amount.ts';
import { parseAmount } from '../../../src/lib/money/parse-amount.ts';
import { resolveAmount } from '../../../src/lib/reports/figures/amount.ts';
import { resolveShare } from '../../../src/lib/reports/figures/share.ts';
import { loadSite } from '../../../src/lib/site/load-site.ts';
import { reportStatementChart, reportStatementTable } from '../../../src/lib/views/pages/report-tags.ts';
import { statementPage } from '../../../src/lib/views/pages/statement-page.ts';
import type { StatementRow } from '../../../src/lib/views/statement-rows.ts';
import { fixtureFiles, loadFixture } from '../../helpers/fixture.ts';

// Every published form of a statement figure, for generated ledgers of the fixture's 2023:
// the page table (HTML and print render these rows), the report's <StatementTable>, the CSV
// download, the chart bars (page and report), the prose tags <Amount>/<Share>, the 收支总表
// and the key figures — all agree line for line and total for total, and with sums of the
// generated lines computed here.

const chart = loadFixture().site!.chart;
/** Accounts a ledger may book to: the 2021 chart's, level 1 categories with sub-accounts included. */
const bookable = chart.accounts.filter((a) => a.system === '2021');
const PERIODS =
  '编号,名称,开始日期,结束日期,期初结余,期末结余\n' +
  '2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00\n' +
  '2023,2023年度,2023-01-01,2023-12-31,,\n';

interface GeneratedLine {
  account: Account;
  fen: number;
}

const ledgers = fc.array(
  fc.record({
    account: fc.constantFrom(...bookable),
    fen: fc.integer({ min: 1, max: 50_000_000_00 }),
  }),
  { minLength: 1, maxLength: 40 },
);

/** The generated lines as a 2023 ledger file (one voucher per line, dated inside 2023). */
function ledgerCsv(lines: readonly GeneratedLine[]): string {
  const rows = lines.map(
    (l, i) =>
      `2023-${String((i % 12) + 1).padStart(2, '0')}-15,记-${String(i + 1).padStart(3, '0')},${l.account.name},${fenToDecimalString(l.fen)},第${i + 1}笔`,
  );
  return ['日期,凭证号,科目,金额,摘要', ...rows].join('\n') + '\n';
}

function siteOf(lines: readonly GeneratedLine[]): SiteData {
  const result = loadSite(
    fixtureFiles({ 'periods.csv': PERIODS, 'funds/2023.csv': ledgerCsv(lines), 'budgets/2023.csv': null }),
  );
  if (!result.site) throw new Error(result.issues.map((i) => `${i.file}:${i.line} ${i.message}`).join('\n'));
  return result.site;
}

const fen = (text: string) => {
  const parsed = parseAmount(text.replace('\u2212', '-'));
  if (!parsed.ok) throw new Error(`not an amount: ${text}`);
  return parsed.fen;
};

type Line = [kind: string, code: string, fen: number, share: string];

const rowLines = (rows: readonly StatementRow[]): Line[] =>
  rows.map((r) => [r.kind, r.code, fen(r.amount), r.kind === 'total' ? '' : r.share]);

function csvLines(csv: string, title: '收入' | '支出'): Line[] {
  return csv
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','))
    .filter((cells) => cells[0] === title)
    .map(([, code, , account, amount, share]) => [
      code === '' ? 'total' : account === '' ? 'category' : 'account',
      code!,
      fen(amount!),
      code === '' ? '' : share!,
    ]);
}

/** What the bars must show: each account row of a category that has them, else the category row. */
function expectedBars(rows: readonly StatementRow[]) {
  const body = rows.filter((r) => r.kind !== 'total');
  return body
    .filter((r, i) => r.kind === 'account' || body[i + 1]?.kind !== 'account')
    .map((r) => ({ label: r.name, value: fen(r.amount), valueText: r.share }));
}

const text = (result: ReturnType<typeof resolveAmount>) => (result.ok ? result.figure.text : result.problem.message);

describe('every published form of a statement figure comes from the same rows (generated ledgers)', () => {
  it('page, report table, CSV, bars, prose tags and totals agree line for line with the sums of the lines', () => {
    fc.assert(
      fc.property(ledgers, (lines) => {
        const site = siteOf(lines);
        const page = statementPage(site, '2023');
        const statement = site.periods.find((p) => p.statement.period.id === '2023')!.statement;
        const csv = statementCsv(statement, site.union.name);
        for (const side of page.sides) {
          const kind = side.key;
          const rows = rowLines(side.rows);
          // Independent sums of the generated lines.
          const own = lines.filter((l) => l.account.kind === kind);
          const total = own.reduce((n, l) => n + l.fen, 0);
          const perCategory = new Map<string, number>();
          for (const l of own)
            perCategory.set(l.account.parentCode, (perCategory.get(l.account.parentCode) ?? 0) + l.fen);
          expect(rows.filter((r) => r[0] === 'category').map((r) => [r[1], r[2]])).toEqual(
            [...perCategory].sort(([a], [b]) => (a < b ? -1 : 1)),
          );
          expect(rows.at(-1)![2]).toBe(total);
          // Each category's accounts, when shown, add up to it; so do their shares' parts.
          for (let i = 0; i < rows.length; i++) {
            if (rows[i]![0] !== 'category') continue;
            const parts = [];
            for (let j = i + 1; rows[j]?.[0] === 'account'; j++) parts.push(rows[j]![2]);
            if (parts.length > 0) expect(parts.reduce((n, f) => n + f, 0)).toBe(rows[i]![2]);
          }
          // The same rows in the CSV download and in a report's <StatementTable>.
          expect(csvLines(csv, side.title)).toEqual(rows);
          const report = reportStatementTable(site, '2023', side.title);
          expect(report.kind === 'side' && rowLines(report.rows)).toEqual(rows);
          // The bars of the page's chart and of a report's <StatementChart>.
          expect(side.bars).toEqual(expectedBars(side.rows));
          expect(reportStatementChart(site, '2023', side.title).bars).toEqual(side.bars);
          // Prose: <Amount> and <Share> of every category and of every account row of its own.
          const sideTotal = kind === 'income' ? '本期收入合计' : '本期支出合计';
          for (const row of side.rows) {
            if (row.kind === 'total') continue;
            const category = side.rows.findLast((r, i) => r.kind === 'category' && i <= side.rows.indexOf(row))!;
            if (row.kind === 'account' && row.code === category.code) continue; // the category's own name
            const props = { period: '2023', account: row.code };
            expect(text(resolveAmount(site, props))).toBe(`${row.amount} 元`);
            expect(text(resolveShare(site, props))).toBe(`占${sideTotal}的 ${row.share}`);
          }
          const totalRow = side.rows.at(-1)!;
          expect(text(resolveAmount(site, { period: '2023', total: sideTotal }))).toBe(`${totalRow.amount} 元`);
          expect(page.summary.find((r) => r.label === sideTotal)!.amount).toBe(totalRow.amount);
          expect(page.keyFigures.find((f) => f.label === (kind === 'income' ? '本期收入' : '本期支出'))).toBeDefined();
          expect(side.total).toBe(totalRow.amount);
        }
        const income = lines.filter((l) => l.account.kind === 'income').reduce((n, l) => n + l.fen, 0);
        const expense = lines.filter((l) => l.account.kind === 'expense').reduce((n, l) => n + l.fen, 0);
        const closing = 12_000_00 + income - expense;
        expect(csv).toContain(`期末结余,,,,${fenToDecimalString(closing)},,`);
        expect(text(resolveAmount(site, { period: '2023', total: '期末结余' }))).toBe(
          `${page.summary.find((r) => r.label === '期末结余')!.amount} 元`,
        );
      }),
      { numRuns: 60, seed: 1212 },
    );
  });

  it('a line booked to a category that has sub-accounts is a row of every form', () => {
    const category = bookable.find(
      (a) => a.level === 1 && a.kind === 'expense' && bookable.some((b) => b.parentCode === a.code && b.level === 2),
    )!;
    const sub = bookable.find((b) => b.parentCode === category.code && b.level === 2)!;
    const site = siteOf([
      { account: category, fen: 100_00 },
      { account: sub, fen: 300_00 },
    ]);
    const side = statementPage(site, '2023').sides.find((s) => s.key === 'expense')!;
    expect(rowLines(side.rows).map((r) => r.slice(0, 3))).toEqual([
      ['category', category.code, 400_00],
      ['account', category.code, 100_00],
      ['account', sub.code, 300_00],
      ['total', '', 400_00],
    ]);
    const statement = site.periods.find((p) => p.statement.period.id === '2023')!.statement;
    expect(csvLines(statementCsv(statement, site.union.name), '支出')).toEqual(rowLines(side.rows));
    expect(side.bars.map((b) => b.value)).toEqual([100_00, 300_00]);
  });
});

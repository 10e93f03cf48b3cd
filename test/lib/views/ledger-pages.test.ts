import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACCOUNTS } from '../../../src/lib/accounts/chart-2021.ts';
import { createChart, resolveAccount } from '../../../src/lib/accounts/create-chart.ts';
import type { FundLine } from '../../../src/lib/funds/fund-line.ts';
import type { Period } from '../../../src/lib/periods/period.ts';
import { buildStatement } from '../../../src/lib/statement/build-statement.ts';
import {
  ledgerAccountPages,
  ledgerPages,
  ledgerSearchable,
  pagerItems,
  type LedgerPage,
} from '../../../src/lib/views/ledger-pages.ts';

const chart = createChart(BUILT_IN_ACCOUNTS).chart;
const period: Period = {
  id: '2023',
  label: '2023年度',
  start: '2023-01-01',
  end: '2023-12-31',
  line: 2,
  columns: { opening: 5, closing: 6 },
};
let lineNumber = 1;
const lines = (name: string, count: number): FundLine[] =>
  Array.from({ length: count }, () => ({
    line: ++lineNumber,
    account: resolveAccount(chart, name)!,
    fen: 100,
    date: '2023-05-01',
    columns: { date: 1, voucher: 0 },
  }));

// Statement order: income 401 (2 lines); expense 501 → 50102 文体 (1), 50104 福利 (4); 503 → 50304 帮扶 (2).
const statement = buildStatement(
  period,
  0,
  [
    ...lines('职工集体福利支出', 4),
    ...lines('会费收入', 2),
    ...lines('困难职工帮扶支出', 2),
    ...lines('文体活动支出', 1),
  ],
  chart,
);
const statementOrder = [...statement.income.categories, ...statement.expense.categories].flatMap((c) =>
  c.lines.flatMap((l) => l.entries),
);

/** A page as text: side, category and account codes with offset and count; "…" marks a continuation. */
function outline(page: LedgerPage): string {
  return page.sides
    .map(
      (s) =>
        `${s.continued ? '…' : ''}${s.side.kind}[` +
        s.categories
          .map(
            (c) =>
              `${c.continued ? '…' : ''}${c.category.account.code}(${c.accounts.map((a) => `${a.continued ? '…' : ''}${a.line.account.code}@${a.offset}+${a.entries.length}${a.continues ? '…' : ''}`).join(' ')})`,
          )
          .join(' ') +
        ']',
    )
    .join(' ');
}

describe('ledgerPages', () => {
  it.each([
    [100, ['income[401(401@0+2)] expense[501(50102@0+1 50104@0+4) 503(50304@0+2)]']],
    [
      3,
      [
        'income[401(401@0+2)] expense[501(50102@0+1)]',
        '…expense[…501(50104@0+3…)]',
        '…expense[…501(…50104@3+1) 503(50304@0+2)]',
      ],
    ],
    [5, ['income[401(401@0+2)] expense[501(50102@0+1 50104@0+2…)]', '…expense[…501(…50104@2+2) 503(50304@0+2)]']],
  ])('splits 9 lines into pages of %i: %j', (perPage, expected) => {
    expect(ledgerPages(statement, perPage).map(outline)).toEqual(expected);
  });

  it.each([1, 2, 3, 4, 7, 8, 9, 10])(
    'puts every line on exactly one page, in statement order, at most %i a page',
    (perPage) => {
      const pages = ledgerPages(statement, perPage);
      const placed = pages.flatMap((p) =>
        p.sides.flatMap((s) => s.categories.flatMap((c) => c.accounts.flatMap((a) => a.entries))),
      );
      expect(placed).toEqual(statementOrder);
      expect(pages.map((p) => [p.first, p.last])).toEqual(
        pages.map((_, i) => [i * perPage + 1, Math.min((i + 1) * perPage, statementOrder.length)]),
      );
      expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
    },
  );

  it('has no page for a ledger without lines, and rejects a page size below 1', () => {
    expect(ledgerPages(buildStatement(period, 0, [], chart))).toEqual([]);
    expect(() => ledgerPages(statement, 0)).toThrow(RangeError);
  });
});

describe('ledgerAccountPages', () => {
  it('gives the pages each account and category spans, with its line count', () => {
    const spans = ledgerAccountPages(ledgerPages(statement, 3));
    expect([...spans.values()].map((s) => [s.account.code, s.lineCount, s.firstPage, s.lastPage])).toEqual([
      ['401', 2, 1, 1],
      ['501', 5, 1, 3],
      ['50102', 1, 1, 1],
      ['50104', 4, 2, 3],
      ['503', 2, 3, 3],
      ['50304', 2, 3, 3],
    ]);
  });
});

describe('pagerItems', () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 9, [1, 2, 3, null, 9]],
    [5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    [6, 20, [1, null, 4, 5, 6, 7, 8, null, 20]],
    [20, 20, [1, null, 18, 19, 20]],
  ])('page %i of %i → %j', (current, count, expected) => expect(pagerItems(current, count)).toEqual(expected));
});

describe('ledgerSearchable', () => {
  it.each([
    [0, true],
    [231, true],
    [5000, true],
    [5001, false],
    [100_000, false],
  ])('a ledger of %d lines is indexed: %s', (lines, indexed) => {
    expect(ledgerSearchable(lines)).toBe(indexed);
  });
});

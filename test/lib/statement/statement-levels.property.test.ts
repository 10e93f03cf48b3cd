import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/lib/accounts/account.ts';
import { buildCharts } from '../../../src/lib/accounts/charts.ts';
import type { FundLine } from '../../../src/lib/funds/fund-line.ts';
import type { Period } from '../../../src/lib/periods/period.ts';
import { buildStatement, splitShare } from '../../../src/lib/statement/build-statement.ts';
import type { StatementSide } from '../../../src/lib/statement/statement.ts';

// Level 3 accounts under three level 2 accounts, so generated statements have every level.
const local: Account[] = [
  ['5010501', '节日慰问', '50105'],
  ['5010502', '生日慰问', '50105'],
  ['5040401', '大病帮扶', '50404'],
  ['4030101', '回拨', '40301'],
].map(([code, name, parentCode]) => ({
  code: code!,
  name: name!,
  kind: code!.startsWith('4') ? 'income' : 'expense',
  level: 3,
  parentCode: parentCode!,
  categoryCode: code!.slice(0, 3),
  system: '2021',
  origin: 'local',
  aliases: [],
}));
const chart = buildCharts(local).charts['2021'];
const accounts = chart.accounts.filter((a) => a.origin !== 'legacy');
const period: Period = {
  id: 'p',
  label: 'p',
  start: '2024-01-01',
  end: '2024-12-31',
  line: 2,
  system: '2021',
  systemStated: true,
  scope: '全部',
  columns: { opening: 0, closing: 0 },
};

const linesArb = fc.array(
  fc.record({ index: fc.nat({ max: accounts.length - 1 }), fen: fc.integer({ min: 0, max: 50_000_000 }) }),
  { maxLength: 60 },
);

function checkSide(side: StatementSide): void {
  const sumBp = (xs: { shareBp: number }[]) => xs.reduce((n, x) => n + x.shareBp, 0);
  const sumFen = (xs: { fen: number }[]) => xs.reduce((n, x) => n + x.fen, 0);
  expect(sumFen(side.categories)).toBe(side.totalFen);
  const level2 = side.categories.flatMap((c) => c.lines);
  // Level 3 breakdown: a level 2 line without 明细 stands for itself.
  const level3 = level2.flatMap((l) => (l.children.length ? l.children : [l]));
  if (side.totalFen > 0) for (const level of [side.categories, level2, level3]) expect(sumBp(level)).toBe(10_000);
  for (const c of side.categories) {
    expect(sumFen(c.lines)).toBe(c.fen);
    expect(sumBp(c.lines)).toBe(c.shareBp);
    for (const l of c.lines) {
      if (l.children.length === 0) continue;
      expect(sumFen(l.children)).toBe(l.fen);
      expect(sumBp(l.children)).toBe(l.shareBp);
    }
  }
  // Every share is within one basis point of its exact value over the side's total.
  for (const x of [...side.categories, ...level2, ...level3]) {
    if (side.totalFen === 0) expect(x.shareBp).toBe(0);
    else expect(Math.abs(x.shareBp - (x.fen * 10_000) / side.totalFen)).toBeLessThan(1);
  }
}

describe('every level of a statement', () => {
  it('sums to its parent, and its shares to exactly 100.00% (and each child set to its parent’s share)', () => {
    fc.assert(
      fc.property(linesArb, (drawn) => {
        const lines: FundLine[] = drawn.map((d, i) => ({
          line: i + 2,
          account: accounts[d.index]!,
          fen: d.fen,
          columns: { date: 0, voucher: 0 },
        }));
        const s = buildStatement(period, 0, lines, chart);
        checkSide(s.income);
        checkSide(s.expense);
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitShare', () => {
  it.each([
    [9194, [27_494_500, 3_381_800, 1_263_000], 34_955_060, [7866, 967, 361]],
    [599, [2_010_000, 83_760], 34_955_060, [575, 24]],
    [0, [0, 0], 0, [0, 0]],
    [10_000, [1, 1, 1], 3, [3334, 3333, 3333]],
  ])('splits %i bp among %j of %i as %j', (parent, fens, total, expected) => {
    expect(splitShare(parent, fens, total)).toEqual(expected);
  });
});

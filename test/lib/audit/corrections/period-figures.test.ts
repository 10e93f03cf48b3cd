import { describe, expect, it } from 'vitest';
import { compareFigures, describeChange, figuresOf } from '../../../../src/lib/audit/corrections/period-figures.ts';
import { loadFixture } from '../../../helpers/fixture.ts';
import { figures } from './figures.ts';

describe('figuresOf', () => {
  it('takes the balances and every category and account total of a statement', () => {
    const f = figuresOf(loadFixture().site!.periods[0]!.statement);
    expect([f.openingFen, f.incomeFen, f.expenseFen, f.closingFen]).toEqual([1_000_000, 1_000_000, 800_000, 1_200_000]);
    expect(f.accounts.map((a) => a.name)).toContain('会费收入');
    expect(f.accounts.reduce((s, a) => s + (a.code.length === 3 ? a.fen : 0), 0)).toBe(1_800_000);
  });
});

describe('compareFigures', () => {
  it('lists the balances that moved, then the accounts, before → after', () => {
    const changes = compareFigures(figures(100, 50, 30), figures(100, 50, 31));
    expect(changes.map(describeChange)).toEqual([
      '支出合计 30.00 → 31.00',
      '期末结余 120.00 → 119.00',
      '职工活动支出 30.00 → 31.00',
      '职工集体福利支出 30.00 → 31.00',
    ]);
  });

  it('counts an account on one side only as 0 on the other, and finds nothing in equal figures', () => {
    const after = figures(100, 50, 30);
    const before = { ...after, accounts: after.accounts.slice(0, 2) };
    expect(compareFigures(before, after)).toEqual([
      { label: '职工集体福利支出', code: '50104', beforeFen: 0, afterFen: 3000 },
    ]);
    expect(compareFigures(after, figures(100, 50, 30))).toEqual([]);
  });
});

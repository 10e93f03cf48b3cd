import { describe, expect, it } from 'vitest';
import { adjacentSwap, digitSwapHint } from '../../../src/lib/numbers/digit-swap.ts';
import { demoText, demoWith, editLine, loadWithWorkbooks } from '../../helpers/demo-data.ts';

describe('digit swap hints', () => {
  it.each([
    [7_004_359, 7_003_459, 3],
    [2_100, 1_200, 0],
    [123_456, 123_465, 4],
  ])('declared %i, computed %i: adjacent digits %i and the next swapped', (declared, computed, at) => {
    expect(adjacentSwap(declared, computed)).toBe(at);
    expect(digitSwapHint(declared, computed)).toContain('可能是两位数字颠倒');
  });

  it('a multiple of 9 that is no single swap still gets the general hint', () => {
    expect(adjacentSwap(1_000, 1_900)).toBeUndefined();
    expect(digitSwapHint(1_000, 1_900)).toContain('9 的倍数');
  });

  it.each([
    [1_000, 1_001],
    [5_000, 5_000],
  ])('no hint for %i against %i', (declared, computed) => {
    expect(digitSwapHint(declared, computed)).toBeUndefined();
  });

  it('a declared closing balance with two digits swapped gets the hint', () => {
    const periods = editLine(demoText('periods.csv'), 2, (row) => row.replace('70034.59', '70043.59'));
    const result = loadWithWorkbooks(demoWith({ 'periods.csv': periods }));
    const issue = result.issues.find((i) => i.code === 'balance.mismatch');
    expect(issue).toMatchObject({ file: 'periods.csv', line: 2 });
    expect(issue!.hint).toContain('可能是两位数字颠倒');
  });

  it('a stated total with two digits swapped gets the hint', () => {
    const fund = editLine(demoText('funds/2023.csv'), 12, (row) => row.replace('167,425.00', '167,245.00'));
    const issue = loadWithWorkbooks(demoWith({ 'funds/2023.csv': fund })).issues.find(
      (i) => i.code === 'total.mismatch',
    );
    expect(issue).toMatchObject({ file: 'funds/2023.csv', line: 12 });
    expect(issue!.hint).toContain('可能是两位数字颠倒');
  });
});

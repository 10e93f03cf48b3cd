import { describe, expect, it } from 'vitest';
import { cellNumber, compareCells, sortedOrder } from '../../src/scripts/ledger-sort.ts';

describe('the ledger’s column sort', () => {
  it.each([
    ['1,234.56', 1234.56],
    ['-330.00', -330],
    ['（330.00）', -330],
    ['110', 110],
    [' 7,100.00 ', 7100],
    ['', Number.NaN],
  ])('reads %j as %d', (text, value) => {
    expect(cellNumber(text)).toBe(value);
  });

  it('orders amounts as numbers, not as text', () => {
    const texts = ['7,100.00', '278.60', '-330.00', '12,000.00'];
    expect(sortedOrder(texts, 'number', false).map((i) => texts[i])).toEqual([
      '-330.00',
      '278.60',
      '7,100.00',
      '12,000.00',
    ]);
    expect(sortedOrder(texts, 'number', true).map((i) => texts[i])).toEqual([
      '12,000.00',
      '7,100.00',
      '278.60',
      '-330.00',
    ]);
  });

  it('orders vouchers with their numbers in order and dates as written', () => {
    const vouchers = ['记-2024-0110', '记-2024-9', '记-2024-10', '记-2024-0002'];
    expect(sortedOrder(vouchers, 'text', false).map((i) => vouchers[i])).toEqual([
      '记-2024-0002',
      '记-2024-9',
      '记-2024-10',
      '记-2024-0110',
    ]);
    expect(compareCells('text', '2024-03-04', '2024-12-01')).toBeLessThan(0);
  });

  it('keeps equal rows in page order and puts cells without a number last', () => {
    const texts = ['100.00', '', '100.00', '50.00'];
    expect(sortedOrder(texts, 'number', false)).toEqual([3, 0, 2, 1]);
    expect(sortedOrder(texts, 'number', true)).toEqual([0, 2, 3, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { cellAddress, columnLetters, describeSheetPlace, rangeAddress } from '../../../src/lib/xlsx/cell-address.ts';
import { listNumbers } from '../../../src/lib/xlsx/list-numbers.ts';

describe('cell addresses', () => {
  it.each([
    [1, 'A'],
    [3, 'C'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %s is %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it('names cells, ranges and places as Excel shows them', () => {
    expect(cellAddress(17, 3)).toBe('C17');
    expect(rangeAddress({ top: 1, left: 1, bottom: 1, right: 5 })).toBe('A1:E1');
    expect(rangeAddress({ top: 5, left: 2, bottom: 5, right: 2 })).toBe('B5');
    expect(describeSheetPlace('明细账', 17, 3)).toBe('工作表“明细账” C17，即第 17 行第 3 列');
    expect(describeSheetPlace('明细账', 17, 0)).toBe('工作表“明细账”第 17 行');
    expect(describeSheetPlace('明细账', 0, 0)).toBe('工作表“明细账”');
  });

  it('lists row numbers with runs', () => {
    expect(listNumbers([3, 5, 6, 7, 10])).toBe('3、5–7、10');
    expect(listNumbers([4, 5])).toBe('4、5');
    expect(listNumbers([9])).toBe('9');
  });
});

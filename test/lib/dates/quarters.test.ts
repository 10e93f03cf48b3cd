import { describe, expect, it } from 'vitest';
import { endedQuarters, quarterOf } from '../../../src/lib/dates/quarters.ts';

describe('quarterOf', () => {
  it.each([
    ['2024-01-01', 1, '2024-01-01', '2024-03-31'],
    ['2024-02-29', 1, '2024-01-01', '2024-03-31'],
    ['2024-04-01', 2, '2024-04-01', '2024-06-30'],
    ['2024-09-30', 3, '2024-07-01', '2024-09-30'],
    ['2024-12-31', 4, '2024-10-01', '2024-12-31'],
  ])('%s is in quarter %i (%s to %s)', (iso, quarter, start, end) => {
    expect(quarterOf(iso)).toEqual({ year: 2024, quarter, start, end });
  });
});

describe('endedQuarters', () => {
  it('lists the quarters from the one containing the start to the last one ended before the date', () => {
    expect(endedQuarters('2024-05-15', '2025-01-01').map((q) => `${q.year}Q${q.quarter}`)).toEqual([
      '2024Q2',
      '2024Q3',
      '2024Q4',
    ]);
  });

  it('leaves out a quarter that ends on the date itself', () => {
    expect(endedQuarters('2024-01-01', '2024-03-31')).toEqual([]);
    expect(endedQuarters('2024-01-01', '2024-04-01')).toHaveLength(1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatQuantity,
  parseQuantity,
  QUANTITY_UNITS,
  sumQuantities,
  type Quantity,
} from '../../../src/lib/records/quantity.ts';

describe('parseQuantity', () => {
  it.each([
    ['120人', { count: 120, unit: '人' }],
    ['500余人', { count: 500, unit: '人', qualifier: '余' }],
    ['近700人次', { count: 700, unit: '人次', qualifier: '近' }],
    ['约80户', { count: 80, unit: '户', qualifier: '约' }],
    ['200人以上', { count: 200, unit: '人', qualifier: '以上' }],
    ['40多人', { count: 40, unit: '人', qualifier: '多' }],
    ['80人左右', { count: 80, unit: '人', qualifier: '约' }],
    ['1,200 人次', { count: 1200, unit: '人次' }],
    ['１２支队', { count: 12, unit: '支队' }],
    ['18个科室', { count: 18, unit: '个科室' }],
  ])('reads %s', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  it.each(['120', '人', '约500余人', '五十人', '120名', '-3人'])('rejects %s', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });

  it('reads back what it writes', () => {
    const quantity = fc.record(
      {
        count: fc.nat({ max: 10_000_000 }),
        unit: fc.constantFrom(...QUANTITY_UNITS),
        qualifier: fc.constantFrom('多', '余', '近', '约', '以上'),
      },
      { requiredKeys: ['count', 'unit'] },
    );
    fc.assert(
      fc.property(quantity, (q) => {
        expect(parseQuantity(formatQuantity(q as Quantity))).toEqual(q);
      }),
    );
  });
});

describe('sumQuantities', () => {
  const q = (count: number, qualifier?: Quantity['qualifier']): Quantity => ({
    count,
    unit: '人',
    ...(qualifier ? { qualifier } : {}),
  });
  it.each([
    ['all exact', [q(10), q(20)], q(30)],
    ['exact and lower bounds', [q(10), q(500, '余'), q(40, '多'), q(200, '以上')], q(750, '余')],
    ['all just under', [q(700, '近'), q(10)], q(710, '近')],
    ['under and over', [q(700, '近'), q(500, '余')], q(1200, '约')],
    ['about', [q(80, '约'), q(20)], q(100, '约')],
    ['nothing', [], q(0)],
  ])('%s', (_, parts, expected) => {
    expect(sumQuantities(parts, '人')).toEqual(expected);
  });

  it('refuses to add 人次 to 人', () => {
    expect(() => sumQuantities([{ count: 1, unit: '人次' }], '人')).toThrow(RangeError);
  });
});

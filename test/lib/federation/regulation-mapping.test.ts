import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../../src/lib/accounts/charts.ts';
import { consolidatePeriod } from '../../../src/lib/federation/consolidate.ts';
import { regulationMapping, regulationOptions } from '../../../src/lib/federation/regulation-mapping.ts';
import { P2024, unit } from './unit-fixtures.ts';

const { charts } = buildCharts([], '县级以上工会');

/** A unit still keeping 2024 under the 2009 制度, in 2009 codes and names. */
const OLD = unit('old', 2, [
  {
    system: '2009',
    rows: [
      '收 401 会费收入 40',
      '收 403 上级补助收入 25',
      '收 40303 超收补助 10',
      '收 40305 送温暖补助 15',
      '支 502 维权支出 20',
      '支 50204 困难职工帮扶费 20',
      '支 503 业务支出 12',
      '支 50303 外事费 5',
      '支 50304 专项业务费 7',
      '支 501 职工活动支出 8',
      '支 50104 其他活动支出 8',
      '支 507 事业支出 1',
      '支 508 其他支出 2',
    ],
  },
]);
/** A unit under the 2021 制度. */
const NEW = unit('new', 3, [
  {
    rows: [
      '收 401 会费收入 100',
      '收 403 上级补助收入 60',
      '收 40301 一般性转移支付补助 60',
      '支 504 维权支出 30',
      '支 50404 困难职工帮扶支出 30',
      '支 501 职工活动支出 50',
      '支 50105 会员活动支出 50',
    ],
  },
]);

describe('regulationMapping', () => {
  it.each([
    ['502', '2009', '2021', '504'],
    ['50204', '2009', '2021', '50404'],
    ['40303', '2009', '2021', '40301'],
    ['50104', '2009', '2021', '501'],
    ['508', '2009', '2021', '510'],
    ['50199', '2009', '2021', undefined],
    ['504', '2021', '2009', '502'],
    ['50404', '2021', '2009', '50204'],
    ['510', '2021', '2009', undefined],
    ['40301', '2021', '2009', undefined],
    ['503', '2021', '2021', '503'],
  ] as const)('%s from %s to %s → %s', (code, from, to, expected) => {
    expect(regulationMapping(code, from, to)).toBe(expected);
  });
});

describe('a federation whose units keep different 制度', () => {
  it('sums the 2009 unit under the 2021 chart, with the 2021 names', () => {
    const c = consolidatePeriod(P2024, [OLD, NEW], undefined, regulationOptions(charts));
    expect(c.rows.map((r) => `${r.code} ${r.name} ${r.fen / 100} ×${r.units}`)).toEqual([
      '401 会费收入 140 ×2',
      '403 上级补助收入 85 ×2',
      '40301 一般性转移支付补助 70 ×2',
      '40302 专项转移支付补助 15 ×1',
      '501 职工活动支出 58 ×2',
      '50105 会员活动支出 50 ×1',
      '504 维权支出 50 ×2',
      '50404 困难职工帮扶支出 50 ×2',
      '505 业务支出 12 ×1',
      '50503 专项业务支出 12 ×1',
      '510 其他支出 3 ×1',
    ]);
    expect([c.incomeFen, c.expenseFen]).toEqual([22500, 12300]);
    expect(c.reporting.map((r) => `${r.unit.id} ${r.system}${r.mapped ? ' mapped' : ''}`)).toEqual([
      'old 2009 mapped',
      'new 2021',
    ]);
    expect(c.transfers.unitsUpperSubsidyFen).toBe(8500);
  });

  it('leaves a 2021 unit out of a 2009 period where a category cannot be split back', () => {
    const split = unit('split', 4, [{ rows: ['收 401 会费收入 5', '支 510 其他支出 5'] }]);
    const c = consolidatePeriod({ ...P2024, system: '2009' }, [NEW, split], undefined, regulationOptions(charts));
    expect(c.rows.map((r) => `${r.code} ${r.name} ${r.fen / 100}`)).toEqual([
      '401 会费收入 100',
      '403 上级补助收入 60',
      '501 职工活动支出 50',
      '502 维权支出 30',
      '50204 困难职工帮扶费 30',
    ]);
    expect(c.missing.map((m) => `${m.unit.id}: ${m.reason}`)).toEqual([
      'split: 按 2021 年制度记账，科目 510 其他支出 无法对照到 2009 年制度',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  consolidatePeriod,
  unknownPeriods,
  type CodeMapping,
  type UnitStanding,
} from '../../../src/lib/federation/consolidate.ts';
import { entry, P2024, row, unit } from './unit-fixtures.ts';

const A = unit('a', 2, [
  {
    rows: [
      '收 401 会费收入 100',
      '收 403 上级补助收入 50',
      '收 40301 一般性转移支付补助 50',
      '支 501 职工活动支出 120',
      '支 50105 会员活动支出 20',
    ],
  },
]);
const B = unit('b', 3, [{ rows: ['收 401 会费收入 200', '支 501 职工活动支出 80', '支 50105 会员活动支出 80'] }]);
const LATE = unit('late', 4, [{ id: '2023', rows: ['收 401 会费收入 9'] }]);
const BROKEN: UnitStanding = { unit: entry('broken', 5), problem: '数据包不是有效的 JSON' };
const SHIFTED = unit('shifted', 6, [{ start: '2024-02-01', rows: ['收 401 会费收入 7'] }]);
/** 2009 codes: 502 维权支出 maps to 504 in 2021, 50104 其他活动支出 only to the category 501. */
const PARTIAL = unit('partial', 8, [{ scope: '仅收入', rows: ['收 401 会费收入 5'] }]);
/** Level 3 rows are each union's own 明细 and stay out of the 汇总. */
const DEEP = unit('deep', 9, [{ rows: ['收 401 会费收入 1', '支 501 职工活动支出 2', '支 50105 会员活动支出 2'] }]);
DEEP.package!.statements.push({
  periodId: '2024',
  side: 'expense',
  level: 3,
  code: '5010501',
  name: '节日慰问',
  parentCode: '50105',
  fen: 200,
});
const OLD = unit('old', 7, [
  {
    system: '2009',
    rows: ['收 401 会费收入 10', '支 502 维权支出 3', '支 501 职工活动支出 4', '支 50104 其他活动支出 4'],
  },
]);
const MAP_2009: CodeMapping = (code, from, to) =>
  from === to ? code : ({ '401': '401', '501': '501', '50104': '501', '502': '504' } as Record<string, string>)[code];

const summary = (units: UnitStanding[], mapCode?: CodeMapping) => {
  const c = consolidatePeriod(P2024, units, undefined, mapCode ? { mapCode } : {});
  return {
    rows: c.rows.map((r) => `${r.code} ${r.fen / 100} ×${r.units}`),
    totals: [c.incomeFen / 100, c.expenseFen / 100],
    reporting: c.reporting.map((r) => `${r.unit.id}${r.mapped ? '(mapped)' : ''}`),
    missing: c.missing.map((m) => `${m.unit.id}: ${m.reason}`),
  };
};

describe('consolidatePeriod', () => {
  it.each<[string, UnitStanding[], CodeMapping | undefined, ReturnType<typeof summary>]>([
    [
      'two units: each account summed, with the number of units that have it',
      [A, B],
      undefined,
      {
        rows: ['401 300 ×2', '403 50 ×1', '40301 50 ×1', '501 200 ×2', '50105 100 ×2'],
        totals: [350, 200],
        reporting: ['a', 'b'],
        missing: [],
      },
    ],
    [
      'a late unit, a broken package and other dates are missing with their reasons',
      [A, LATE, BROKEN, SHIFTED],
      undefined,
      {
        rows: ['401 100 ×1', '403 50 ×1', '40301 50 ×1', '501 120 ×1', '50105 20 ×1'],
        totals: [150, 120],
        reporting: ['a'],
        missing: [
          'late: 数据包中还没有本期间（未按时公开或尚未生成）',
          'broken: 数据包不是有效的 JSON',
          'shifted: 期间起止日期不同（2024-02-01 至 2024-12-31）',
        ],
      },
    ],
    [
      'a unit under the 2009 制度 is mapped; an account mapped onto its category counts at level 1 only',
      [B, OLD],
      MAP_2009,
      {
        rows: ['401 210 ×2', '501 84 ×2', '50105 80 ×1', '504 3 ×1'],
        totals: [210, 87],
        reporting: ['b', 'old(mapped)'],
        missing: [],
      },
    ],
    [
      'a unit whose category cannot be mapped is missing, not summed wrongly',
      [B, OLD],
      (code, from, to) => (from === to || code !== '502' ? code : undefined),
      {
        rows: ['401 200 ×1', '501 80 ×1', '50105 80 ×1'],
        totals: [200, 80],
        reporting: ['b'],
        missing: ['old: 按 2009 年制度记账，科目 502 维权支出 无法对照到 2021 年制度'],
      },
    ],
    [
      'a unit publishing only one side is missing; level 3 rows are left out',
      [PARTIAL, DEEP],
      undefined,
      {
        rows: ['401 1 ×1', '501 2 ×1', '50105 2 ×1'],
        totals: [1, 2],
        reporting: ['deep'],
        missing: ['partial: 本期公开范围为仅收入，不计入汇总'],
      },
    ],
    [
      'without a mapping a unit under another 制度 is not comparable',
      [B, OLD],
      undefined,
      {
        rows: ['401 200 ×1', '501 80 ×1', '50105 80 ×1'],
        totals: [200, 80],
        reporting: ['b'],
        missing: ['old: 按 2009 年制度记账，科目 401 会费收入 无法对照到 2021 年制度'],
      },
    ],
    ['no units', [], undefined, { rows: [], totals: [0, 0], reporting: [], missing: [] }],
  ])('%s', (_, units, mapCode, expected) => {
    expect(summary(units, mapCode)).toEqual(expected);
  });

  it('the level 1 rows of the 汇总 equal the sum of the reporting units’ totals', () => {
    const c = consolidatePeriod(P2024, [A, B, OLD], undefined, { mapCode: MAP_2009 });
    expect(c.incomeFen).toBe(c.reporting.reduce((n, r) => n + r.incomeFen, 0));
    expect(c.expenseFen).toBe(c.reporting.reduce((n, r) => n + r.expenseFen, 0));
  });

  it('shows the transfers: units’ 上级补助收入 against the federation’s 补助下级支出', () => {
    const own = {
      incomeFen: 100000,
      expenseFen: 80000,
      rows: [
        row('2024', '收 402 拨缴经费收入 1000'),
        row('2024', '支 508 补助下级支出 60'),
        row('2024', '支 501 职工活动支出 740'),
      ],
    };
    const c = consolidatePeriod(P2024, [A, B], own);
    expect(c.transfers).toEqual({ unitsUpperSubsidyFen: 5000, federationSubsidyFen: 6000 });
    expect(c.reporting.map((r) => r.upperSubsidyFen)).toEqual([5000, 0]);
    expect(c.own).toBe(own);
    expect(consolidatePeriod(P2024, [A]).transfers).toEqual({ unitsUpperSubsidyFen: 5000 });
  });
});

describe('unknownPeriods', () => {
  it('lists the periods of units the federation does not have', () => {
    expect(unknownPeriods([P2024], [A, LATE, BROKEN]).map((u) => `${u.unit.id} ${u.periodId}`)).toEqual(['late 2023']);
  });
});

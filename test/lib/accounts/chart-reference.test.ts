import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AccountingSystem, UnionLevel } from '../../../src/lib/accounts/account.ts';
import { CHART_2009 } from '../../../src/lib/accounts/chart-2009.ts';
import { CHART_2021 } from '../../../src/lib/accounts/chart-2021.ts';
import { LEGACY_ACCOUNTS } from '../../../src/lib/accounts/legacy-accounts.ts';
import { MAPPING_2009_TO_2021 } from '../../../src/lib/accounts/system-mapping.ts';

// The table is derived by hand from ../shared/reference/工会会计科目.md (财会〔2021〕7号 附录1 and
// 财会〔2009〕7号): one row per account, level 1 rows once per list of the 2021 制度.
const rows = readFileSync(new URL('../../fixtures/accounts/工会会计科目-参考.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [system, list, code, name] = line.split(',');
    return { system: system as AccountingSystem, list: list as UnionLevel | '', code: code!, name: name! };
  });

function expectedOf(system: AccountingSystem): Map<string, string> {
  return new Map(rows.filter((r) => r.system === system).map((r) => [r.code, r.name]));
}

describe.each([
  ['2021', CHART_2021],
  ['2009', CHART_2009],
] as const)('the %s chart against the reference', (system, chart) => {
  const expected = expectedOf(system);

  it('has every account of the reference with its exact name', () => {
    for (const [code, name] of expected) expect(chart.find((a) => a.code === code)?.name, code).toBe(name);
  });

  it('has no account the reference does not list', () => {
    for (const account of chart) expect(expected.get(account.code), account.code).toBe(account.name);
    expect(chart).toHaveLength(expected.size);
  });
});

describe('the two lists of the 2021 制度', () => {
  it.each(['基层工会', '县级以上工会'] as const)('names the level 1 accounts of the %s list', (list) => {
    const expected = rows.filter((r) => r.system === '2021' && r.list === list).map((r) => r.code);
    const actual = CHART_2021.filter((a) => a.level === 1 && a.lists?.includes(list)).map((a) => a.code);
    expect(actual).toEqual(expected);
  });
});

describe('the mapping of the 2009 chart onto the 2021 one', () => {
  const codes2021 = new Set(CHART_2021.map((a) => a.code));

  it('maps every 2009 account, official and legacy, to an account of the 2021 chart', () => {
    const from = [...CHART_2009.map((a) => a.code), ...LEGACY_ACCOUNTS.map((a) => a.codes['2009'])];
    for (const code of from) expect(codes2021.has(MAPPING_2009_TO_2021[code]!), code).toBe(true);
  });

  it('keeps each account on its side and each 明细 under the image of its parent', () => {
    for (const account of CHART_2009) {
      const target = CHART_2021.find((a) => a.code === MAPPING_2009_TO_2021[account.code])!;
      expect(target.kind, account.code).toBe(account.kind);
      const parentTarget = MAPPING_2009_TO_2021[account.parentCode]!;
      expect(target.categoryCode, account.code).toBe(parentTarget.slice(0, 3));
    }
  });
});

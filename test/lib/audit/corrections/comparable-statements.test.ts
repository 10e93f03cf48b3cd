import { describe, expect, it } from 'vitest';
import { comparableStatements } from '../../../../src/lib/audit/corrections/comparable-statements.ts';
import type { Period } from '../../../../src/lib/periods/period.ts';
import type { Statement } from '../../../../src/lib/statement/statement.ts';

/** A period of periods.csv: "2021" with no declared opening, "2022*" declaring its own. */
function period(spec: string, line: number): Period {
  const id = spec.replace('*', '');
  return {
    id,
    label: `${id}年度`,
    start: `${id}-01-01`,
    end: `${id}-12-31`,
    system: '2021',
    systemStated: false,
    scope: '全部',
    ...(spec.endsWith('*') ? { openingDeclared: 100 } : {}),
    line,
    columns: { opening: 0, closing: 0 },
  };
}

describe('comparableStatements', () => {
  it.each([
    ['every period sound', ['2020*', '2021', '2022'], ['2020', '2021', '2022'], ['2020', '2021', '2022']],
    [
      'an unsound period: it and every later one carried from it',
      ['2020*', '2021', '2022'],
      ['2020', '2022'],
      ['2020'],
    ],
    [
      'a later declared opening trusts the chain again',
      ['2020*', '2021', '2022*', '2023'],
      ['2020', '2022', '2023'],
      ['2020', '2022', '2023'],
    ],
    ['the first period unsound', ['2020*', '2021'], ['2021'], []],
  ])('%s', (_, specs, sound, expected) => {
    const periods = specs.map(period);
    const statements = new Map(sound.map((id) => [id, { period: { id } } as unknown as Statement]));
    expect([...comparableStatements(periods, statements).keys()]).toEqual(expected);
  });
});

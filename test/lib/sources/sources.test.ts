import { describe, expect, it } from 'vitest';
import { headerKey } from '../../../src/lib/csv/read-table.ts';
import { RECORD_FILES } from '../../../src/lib/records/registry.ts';
import { DATA_SOURCES, sourceNames, sourceOf } from '../../../src/lib/sources/sources.ts';
import { loadFixture } from '../../helpers/fixture.ts';

/** An example path for each name ("funds/<期间编号>.csv" → "funds/2023.csv"). */
const example = (name: string) => name.replace('<期间编号>', '2023');

describe('the list of data sources', () => {
  it('names every file staff may put in the data folder, in the documented order', () => {
    expect(sourceNames()).toEqual([
      'union.yaml',
      'periods.csv',
      'accounts.csv',
      'membership.csv',
      'disclosure-schedule.csv',
      'signoffs.csv',
      'allowed-text.csv',
      ...RECORD_FILES,
      'funds/<期间编号>.csv',
      'budgets/<期间编号>.csv',
      'balance-sheets/<期间编号>.csv',
      'notes/<期间编号>.md',
      'corrections.csv',
      'published/<期间编号>.json',
      'units.csv',
    ]);
  });

  it('has no name twice, and each name belongs to exactly one source', () => {
    const names = sourceNames();
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      const owners = DATA_SOURCES.filter((s) => s.owns(example(name)));
      expect(owners, name).toHaveLength(1);
      expect(owners[0]!.names, name).toContain(name);
    }
  });

  it.each([
    ['funds/2023.csv', 'funds/<期间编号>.csv'],
    ['budgets/2019-2020.csv', 'budgets/<期间编号>.csv'],
    ['balance-sheets/2024.csv', 'balance-sheets/<期间编号>.csv'],
    ['notes/2024.md', 'notes/<期间编号>.md'],
    ['activities.csv', 'activities.csv'],
    ['corrections.csv', 'corrections.csv'],
    ['published/2023.json', 'published/<期间编号>.json'],
    ['funds/2023.xlsx', 'funds/<期间编号>.csv'],
    ['activities.xlsx', 'activities.csv'],
    ['membership.xlsx', 'membership.csv'],
  ])('gives %s to the source named %s', (path, name) => {
    expect(sourceOf(path)?.names).toContain(name);
  });

  it.each(['funds/sub/2023.csv', 'funds/2023.xls', 'union.xlsx', 'notes.txt', 'Periods.csv', 'budgets.csv'])(
    'owns no %s',
    (path) => {
      expect(sourceOf(path)).toBeUndefined();
    },
  );

  it('declares columns for every CSV name, no header or alias naming two columns of a file', () => {
    for (const source of DATA_SOURCES) {
      for (const name of source.names) {
        if (!name.endsWith('.csv')) continue;
        const columns = source.columns[name];
        expect(columns, name).toBeDefined();
        const owner = new Map<string, string>();
        const conflicts: string[] = [];
        for (const column of columns!) {
          for (const key of [column.header, ...column.aliases].map(headerKey)) {
            const earlier = owner.get(key);
            if (earlier !== undefined && earlier !== column.key) conflicts.push(`${key}: ${earlier} / ${column.key}`);
            owner.set(key, column.key);
          }
        }
        expect(conflicts, name).toEqual([]);
        const fields = columns!.map((c) => c.key);
        expect(new Set(fields).size, name).toBe(fields.length);
      }
    }
  });

  it('tells staff the whole list when a spreadsheet is not one of them', () => {
    const { issues } = loadFixture({ '经费.xls': 'x' });
    const issue = issues.find((i) => i.code === 'file.unexpected')!;
    const names = sourceNames();
    expect(issue.expected).toBe(`${names.slice(0, -1).join('、')} 或 ${names.at(-1)}`);
    expect(issue.expected).toBe(
      'union.yaml、periods.csv、accounts.csv、membership.csv、disclosure-schedule.csv、signoffs.csv、allowed-text.csv、' +
        'activities.csv、aid.csv、congress.csv、resolutions.csv、proposals.csv、elections.csv、honours.csv、' +
        'funds/<期间编号>.csv、budgets/<期间编号>.csv、balance-sheets/<期间编号>.csv、notes/<期间编号>.md、corrections.csv、published/<期间编号>.json 或 units.csv',
    );
  });
});

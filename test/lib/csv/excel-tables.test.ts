import { describe, expect, it } from 'vitest';
import { readTable, type ColumnSpec } from '../../../src/lib/csv/read-table.ts';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { demoText, demoWith, loadWithWorkbooks } from '../../helpers/demo-data.ts';

const columns: ColumnSpec<'name' | 'amount'>[] = [
  { key: 'name', header: '名称', aliases: [], required: true },
  { key: 'amount', header: '金额', aliases: ['amount'], required: true },
];

function read(text: string) {
  const issues = new IssueList();
  const rows = readTable('t.csv', text, columns, issues);
  return { rows, issues: issues.items };
}

describe('tables as Excel saves them', () => {
  it('ignores any number of trailing empty columns and rows', () => {
    const { rows, issues } = read('名称,金额,,,\r\n甲,1,,,\r\n乙,2,,,\r\n,,,,\r\n,,,,\r\n');
    expect(issues).toEqual([]);
    expect(rows!.map((r) => [r.line, r.cells.name?.text, r.cells.amount?.text])).toEqual([
      [2, '甲', '1'],
      [3, '乙', '2'],
    ]);
  });

  it('still reports text under a blank trailing header column', () => {
    const { issues } = read('名称,金额,,\n甲,1,,备注\n');
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['table.extra-field', 2, 4]]);
  });

  it.each(['金额（元）', '金额(元)', '金额 （元）', 'amount(元)'])('accepts the header %s', (label) => {
    const { rows, issues } = read(`名称,${label}\n甲,1\n`);
    expect(issues).toEqual([]);
    expect(rows![0]!.cells.amount).toEqual({ text: '1', column: 2 });
  });

  it('rejects 万元 in a header with a clear message', () => {
    const { rows, issues } = read('名称,金额（万元）\n甲,1\n');
    expect(rows).toBeNull();
    expect(issues[0]).toMatchObject({ code: 'table.unit', line: 1, column: 2 });
    expect(issues[0]!.hint).toContain('乘以 10000');
  });

  it.each([
    ['U+202E', '\u202E', 'U+202E 从右到左覆盖'],
    ['NUL', '\u0000', 'U+0000 空字符 NUL'],
    ['ESC', '\u001B', 'U+001B'],
    ['U+2066', '\u2066', 'U+2066'],
  ])('rejects a control character %s in a text cell with line and column', (_, char, name) => {
    const { issues } = read(`名称,金额\n甲,1\n乙${char}丙,2\n`);
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['text.control-character', 3, 1]]);
    expect(issues[0]!.message).toContain(name);
    expect(issues[0]!.found).toBe(`乙〔U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}〕丙`);
  });

  it('allows tabs and quoted line breaks', () => {
    expect(read('名称,金额\n"甲\t乙\r\n丙",1\n').issues).toEqual([]);
  });
});

describe('the demo data saved by Excel', () => {
  it('loads with trailing ",,," on every line of every table and 元 units in the headers', () => {
    const overrides: Record<string, string> = {};
    for (const file of [
      'periods.csv',
      'activities.csv',
      'aid.csv',
      'funds/2023.csv',
      'funds/2022.csv',
      'budgets/2023.csv',
    ]) {
      const text = demoText(file)
        .replace(/^(.*)$/m, (header) =>
          header.replace('期初结余', '期初结余（元）').replace(/(^|,)金额(,|$)/, '$1金额(元)$2'),
        )
        .replace(/\r?\n/g, ',,,\r\n');
      overrides[file] = `${text},,,,\r\n,,,,\r\n`;
    }
    const result = loadWithWorkbooks(demoWith(overrides), { buildDate: '2026-12-01' });
    expect(result.issues).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { readTable, type ColumnSpec } from '../../../src/lib/csv/read-table.ts';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';

const columns: ColumnSpec<'account' | 'amount' | 'memo'>[] = [
  { key: 'account', header: '科目', aliases: ['account'], required: true },
  { key: 'amount', header: '金额', aliases: ['amount'], required: true },
  { key: 'memo', header: '摘要', aliases: ['memo'], required: false },
];

describe('readTable', () => {
  it('gives each row its physical line, also after quoted line breaks and blank lines', () => {
    const issues = new IssueList();
    const text = '科目,金额,摘要\r\n会费收入,1,"第一行\r\n第二行"\r\n\r\n办公费,2,x\r\n';
    const rows = readTable('t.csv', text, columns, issues)!;
    expect(rows.map((r) => [r.line, r.cells.account?.text, r.cells.memo?.text])).toEqual([
      [2, '会费收入', '第一行\r\n第二行'],
      [5, '办公费', 'x'],
    ]);
    expect(issues.count).toBe(0);
  });

  it('accepts English aliases in any order and case', () => {
    const rows = readTable('t.csv', 'Amount,ACCOUNT\n5,会费收入\n', columns, new IssueList())!;
    expect(rows[0]!.cells).toEqual({ amount: { text: '5', column: 1 }, account: { text: '会费收入', column: 2 } });
  });

  it('reports unknown and missing columns with their position', () => {
    const issues = new IssueList();
    expect(readTable('t.csv', '科目,金 额x\n会费收入,5\n', columns, issues)).toBeNull();
    expect(issues.items.map((i) => [i.code, i.line, i.column])).toEqual([
      ['table.unknown-column', 1, 2],
      ['table.missing-column', 1, 0],
    ]);
  });

  it('reports a row with more fields than the header (an unquoted thousands comma)', () => {
    const issues = new IssueList();
    readTable('t.csv', '科目,金额\n会费收入,1,234.00\n', columns, issues);
    expect(issues.items[0]).toMatchObject({ code: 'table.extra-field', line: 2, column: 3 });
  });

  it('reports an empty file', () => {
    const issues = new IssueList();
    expect(readTable('t.csv', '\n\n', columns, issues)).toBeNull();
    expect(issues.items[0]!.code).toBe('table.empty');
  });
});

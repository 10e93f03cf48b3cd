import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { countValue, textValue } from '../../../src/lib/records/cells.ts';
import { publicFields, readRecords, type RecordTable } from '../../../src/lib/records/record-table.ts';

const schema = z
  .object({ name: z.string(), secret: z.string().optional(), low: z.number(), high: z.number().min(1, '至少为 1') })
  .superRefine((v, ctx) => {
    if (v.low > v.high)
      ctx.addIssue({
        code: 'custom',
        path: ['high'],
        message: '上限小于下限',
        params: { code: 'demo.range', expected: `不小于 ${v.low}`, found: String(v.high) },
      });
  });

const table: RecordTable<typeof schema> = {
  file: 'demo.csv',
  code: 'demo',
  title: '示例',
  schema,
  columns: {
    name: { header: '名称', aliases: ['name'], required: true, parse: textValue('名称') },
    secret: { header: '密码', aliases: [], required: false, private: true, parse: textValue('密码') },
    low: { header: '下限', aliases: [], required: true, parse: countValue },
    high: { header: '上限', aliases: [], required: true, parse: countValue },
  },
};

function read(text: string) {
  const issues = new IssueList();
  return { rows: readRecords(table, text, issues), issues: issues.items };
}

describe('readRecords', () => {
  it('reads rows with the field number of every column, in any column order and by alias', () => {
    const { rows, issues } = read('上限,name,下限\n5,甲,2\n');
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, columns: { name: 2, secret: 0, low: 3, high: 1 }, value: { name: '甲', low: 2, high: 5 } },
    ]);
  });

  it('maps a refinement issue to the column of its path, with its own code and figures', () => {
    const { rows, issues } = read('名称,下限,上限\n甲,2,5\n乙,9,3\n');
    expect(rows.map((r) => r.value.name)).toEqual(['甲']);
    expect(issues).toEqual([
      {
        file: 'demo.csv',
        line: 3,
        column: 3,
        code: 'demo.range',
        message: '上限小于下限',
        expected: '不小于 9',
        found: '3',
      },
    ]);
  });

  it('maps a plain schema issue to its column with the table code', () => {
    const { issues } = read('名称,下限,上限\n甲,0,0\n');
    expect(issues[0]).toMatchObject({
      line: 2,
      column: 3,
      code: 'demo.invalid',
      message: '“上限”填写有误：至少为 1',
      found: '0',
    });
  });

  it('reports a bad cell once and skips the row schema', () => {
    const { rows, issues } = read('名称,下限,上限\n甲,两,1\n');
    expect(rows).toEqual([]);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code}`)).toEqual(['2:2 count.invalid']);
  });
});

describe('publicFields', () => {
  it('drops the fields of private columns', () => {
    expect(publicFields(table, { name: '甲', secret: 'x1', low: 1, high: 2 })).toEqual({ name: '甲', low: 1, high: 2 });
  });
});

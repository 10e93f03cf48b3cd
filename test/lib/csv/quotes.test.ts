import { describe, expect, it } from 'vitest';
import { readTable, type ColumnSpec } from '../../../src/lib/csv/read-table.ts';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { demoText, demoWith, editLine, loadWithWorkbooks } from '../../helpers/demo-data.ts';

const columns: ColumnSpec<'name' | 'amount' | 'memo'>[] = [
  { key: 'name', header: '名称', aliases: [], required: true },
  { key: 'amount', header: '金额', aliases: [], required: true },
  { key: 'memo', header: '说明', aliases: [], required: false },
];

function read(text: string) {
  const issues = new IssueList();
  const rows = readTable('t.csv', text, columns, issues);
  return { rows, issues: issues.items };
}

describe('a stray ASCII double quote', () => {
  it.each([
    [
      'opens a cell and text follows the closing quote ("五一"活动)',
      '名称,金额\n甲,1\n"五一"活动,2\n丙,3\n丁,4\n',
      3,
      1,
    ],
    ['opens a cell and never closes', '名称,金额,说明\n甲,1,x\n乙,2,"没有结束\n丙,3,y\n', 3, 3],
    ['meets a second stray quote further down', '名称,金额\n"五一"活动,1\n乙,2\n"优秀"组织奖,3\n丁,4\n', 2, 1],
  ])('%s: stops at the line and column where the quote opens', (_, text, line, column) => {
    const { rows, issues } = read(text);
    expect(rows).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'csv.unpaired-quote', line, column });
    expect(issues[0]!.message).toContain('英文双引号未成对');
    expect(issues[0]!.hint).toContain('中文引号“ ”');
  });

  it('closing properly after swallowing whole rows is reported too (no parser error)', () => {
    const { rows, issues } = read('名称,金额,说明\n甲,1,"五一 活动\n乙,2,x\n丙,3,优秀",\n丁,4,y\n');
    expect(rows).toBeNull();
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['csv.quote-spans-rows', 2, 3]]);
  });

  it('a quote inside a cell and a quoted line break stay legal', () => {
    const { rows, issues } = read('名称,金额,说明\n说"好"的,1,"第一行\n第二行"\n"优秀组织奖",2,"他说""好"""\n');
    expect(issues).toEqual([]);
    expect(rows!.map((r) => [r.line, r.cells.name?.text, r.cells.memo?.text])).toEqual([
      [2, '说"好"的', '第一行\n第二行'],
      [4, '优秀组织奖', '他说"好"'],
    ]);
  });
});

describe('the cases of issue 12 on the demo data: the build stops at the quote', () => {
  const cases: { name: string; file: string; line: number; edit: (row: string) => string; column: number }[] = [
    {
      name: 'activities.csv: "五一"活动 as an activity name',
      file: 'activities.csv',
      line: 36,
      edit: (row) => row.replace('护理技能竞赛', '"五一"护理技能竞赛'),
      column: 3,
    },
    {
      name: 'disclosure-schedule.csv: "优秀" in a 说明',
      file: 'disclosure-schedule.csv',
      line: 3,
      edit: (row) => row.replace('预算经职代会', '"优秀"预算经职代会'),
      column: 7,
    },
    {
      name: 'a summary fund file (2023) with a quoted memo',
      file: 'funds/2023.csv',
      line: 9,
      edit: (row) => row.replace('篮球赛', '"五一"篮球赛'),
      column: 3,
    },
  ];
  it.each(cases)('$name', ({ file, line, edit, column }) => {
    const result = loadWithWorkbooks(demoWith({ [file]: editLine(demoText(file), line, edit) }), {
      buildDate: '2026-12-01',
    });
    expect(result.site).toBeUndefined();
    expect(result.issues.find((i) => i.code === 'csv.unpaired-quote')).toMatchObject({ file, line, column });
  });

  it('a summary fund file with 期末结余 left blank still stops (the figure is never published)', () => {
    const periods = editLine(demoText('periods.csv'), 5, (row) => row.replace(',63873.93,', ',,'));
    const fund = editLine(demoText('funds/2023.csv'), 9, (row) => row.replace('篮球赛', '"五一"篮球赛'));
    const result = loadWithWorkbooks(demoWith({ 'periods.csv': periods, 'funds/2023.csv': fund }));
    expect(result.site).toBeUndefined();
    expect(result.issues[0]).toMatchObject({ file: 'funds/2023.csv', line: 9, code: 'csv.unpaired-quote' });
  });
});

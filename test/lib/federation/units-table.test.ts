import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { readUnits } from '../../../src/lib/federation/units-table.ts';

const HEADER = '单位编号,单位名称,上级,数据包';

describe('readUnits', () => {
  it.each<[string, string[], string[], string[]]>([
    [
      'two layers, paths normalised',
      ['a,甲单位工会,,units/a/data/datapackage.json', 'b,乙单位工会,a,./units/b/data/datapackage.json'],
      ['a', 'b'],
      [],
    ],
    [
      'a unit listed twice (same 编号)',
      ['a,甲,,a.json', 'a,甲又一次,,a2.json'],
      ['a'],
      ['units.csv:3:1 units.duplicate-id'],
    ],
    [
      'a unit listed twice (same 数据包)',
      ['a,甲,,p/datapackage.json', 'b,乙,,p\\datapackage.json'],
      ['a'],
      ['units.csv:3:4 units.duplicate-package'],
    ],
    ['an unknown 上级', ['a,甲,,a.json', 'b,乙,z,b.json'], ['a'], ['units.csv:3:3 units.unknown-parent']],
    ['a cycle of two', ['a,甲,b,a.json', 'b,乙,a,b.json', 'c,丙,,c.json'], ['c'], ['units.csv:2:3 units.parent-cycle']],
    ['a unit its own 上级', ['a,甲,a,a.json'], [], ['units.csv:2:3 units.parent-cycle']],
    ['an empty 数据包', ['a,甲,,'], [], ['units.csv:2:4 units.empty-cell']],
    [
      'a 单位编号 that cannot be a page address',
      ['东城,甲,,a.json', 'b,乙,,b.json'],
      ['b'],
      ['units.csv:2:1 units.bad-id'],
    ],
  ])('%s', (_, lines, ids, codes) => {
    const issues = new IssueList();
    const units = readUnits([HEADER, ...lines].join('\n'), issues);
    expect(units.map((u) => u.id)).toEqual(ids);
    expect(issues.sorted().map((i) => `${i.file}:${i.line}:${i.column} ${i.code}`)).toEqual(codes);
  });

  it('names the cycle in the message and keeps the 上级 and the line', () => {
    const issues = new IssueList();
    const units = readUnits(
      [HEADER, 'x,外,,x.json', 'a,甲,b,a.json', 'b,乙,c,b.json', 'c,丙,a,c.json', 'd,丁,x,d.json'].join('\n'),
      issues,
    );
    expect(issues.items.map((i) => i.message)).toEqual(['上级关系成环：a → b → c → a']);
    expect(units.map((u) => [u.id, u.parent, u.line, u.packagePath])).toEqual([
      ['x', undefined, 2, 'x.json'],
      ['d', 'x', 6, 'd.json'],
    ]);
  });

  it('reads the optional 网址 and 项目文件夹', () => {
    const issues = new IssueList();
    const units = readUnits(
      [
        '单位编号,单位名称,上级,数据包,网址,项目文件夹',
        'a,甲,,sites/a/data/datapackage.json,units/a/,../units/a',
        'b,乙,,b.json,,',
      ].join('\n'),
      issues,
    );
    expect(issues.count).toBe(0);
    expect(units.map((u) => [u.id, u.site, u.project])).toEqual([
      ['a', 'units/a/', '../units/a'],
      ['b', undefined, undefined],
    ]);
  });

  it('reports a missing required column', () => {
    const issues = new IssueList();
    expect(readUnits('单位编号,单位名称\na,甲', issues)).toEqual([]);
    expect(issues.count).toBeGreaterThan(0);
  });
});

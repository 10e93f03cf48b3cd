import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/lib/export/csv-cell.ts';
import { statementCsv } from '../../../src/lib/export/statement-csv.ts';
import { loadFixture } from '../../helpers/fixture.ts';

describe('csvCell', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+cmd', "'+cmd"],
    ['-x', "'-x"],
    ['@foo', "'@foo"],
    ['-1234.50', '-1234.50'],
    ['1234.50', '1234.50'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['职工福利费', '职工福利费'],
  ])('%s → %s', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('starts the file with a UTF-8 BOM and ends rows with CRLF', () => {
    expect(toCsv([['a', 1]])).toBe('\uFEFFa,1\r\n');
  });
});

describe('statementCsv', () => {
  it('lists opening, every category and account, totals and closing in yuan', () => {
    const site = loadFixture().site!;
    const csv = statementCsv(site.periods[1]!.statement, site.union.name);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[1]).toBe('部分,科目编码,类别,科目,金额（元）,占比,占比口径,说明');
    expect(lines).toContain('期初结余,,,,12000.00,,,');
    expect(lines).toContain('支出,50105,职工活动支出,会员活动支出,4000.00,53.33%,占本期支出合计,');
    expect(lines).toContain('支出,,支出合计,,7500.00,100.00%,占本期支出合计,');
    expect(lines.at(-1)).toBe('期末结余,,,,12500.00,,,');
  });
});

describe('statementCsv: 支出按性质', () => {
  it('adds 基本支出, 项目支出 and each project after the expense rows, as the page’s table', () => {
    const site = loadFixture({
      'funds/2022.csv':
        '科目,金额,摘要,支出类型,项目名称\n会费收入,3000.00,会员会费,,\n拨缴经费收入,7000.00,行政拨缴,,\n' +
        '职工集体福利支出,6000.00,节日慰问,基本,\n文体活动支出,1500.00,篮球赛,项目,职工运动会\n建家活动支出,500.00,职工之家器材,项目,职工之家建设\n',
    }).site!;
    const lines = statementCsv(site.periods[0]!.statement, site.union.name).slice(1).trim().split('\r\n');
    const at = lines.indexOf('支出按性质,,基本支出,,6000.00,75.00%,占本期支出合计,1 笔');
    expect(lines.slice(at, at + 5)).toEqual([
      '支出按性质,,基本支出,,6000.00,75.00%,占本期支出合计,1 笔',
      '支出按性质,,项目支出,,2000.00,25.00%,占本期支出合计,2 笔',
      '支出按性质,,项目支出,职工运动会,1500.00,75.00%,占项目支出,1 笔',
      '支出按性质,,项目支出,职工之家建设,500.00,25.00%,占项目支出,1 笔',
      '支出按性质,,支出合计,,8000.00,100.00%,占本期支出合计,3 笔',
    ]);
    expect(lines[at - 1]).toBe('支出,,支出合计,,8000.00,100.00%,占本期支出合计,');
  });
});

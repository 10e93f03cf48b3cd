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

// The demo keeps its two-year period (2019-2020) as an Excel workbook the way staff keep one:
// a merged title, a unit line, the header, the lines, 收入合计 and 支出合计 as SUM formulas
// with their saved results, and a footer. It must give the same figures as its CSV twin
// (test/fixtures/demo-twins/funds/2019-2020.csv, the file it replaced).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkbooks } from '../../../src/build/read-workbooks.ts';
import { loadSite } from '../../../src/lib/site/load-site.ts';
import { DEMO_FILES, demoWith } from '../../helpers/demo-data.ts';
import { editParts, readPart } from '../../helpers/workbook.ts';

const WORKBOOK = 'funds/2019-2020.xlsx';
const twin = readFileSync(new URL('../../fixtures/demo-twins/funds/2019-2020.csv', import.meta.url), 'utf8');
/** A statement without where its lines are in the file. */
const figures = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'line' || key === 'columns' ? undefined : v)));
const load = (files: typeof DEMO_FILES) => loadSite(files, { workbooks: readWorkbooks(files) });

describe('the demo’s 2019-2020 fund workbook', () => {
  const bytes = DEMO_FILES.get(WORKBOOK)!;

  it('is the period’s only fund file, and the other periods stay CSV', () => {
    expect(bytes).toBeDefined();
    expect(DEMO_FILES.has('funds/2019-2020.csv')).toBe(false);
    expect([...DEMO_FILES.keys()].filter((p) => p.startsWith('funds/')).sort()).toEqual([
      'funds/2019-2020.xlsx',
      'funds/2021.csv',
      'funds/2022.csv',
      'funds/2023.csv',
      'funds/2024.csv',
    ]);
  });

  it('has a merged title, a unit line, SUM formulas with saved results and a footer', () => {
    const sheet = readPart(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<mergeCell ref="A1:C1"/>');
    expect(sheet).toMatch(/<f>SUM\(B4:B7\)<\/f><v>387362\.6<\/v>/);
    expect(sheet).toMatch(/<f>SUM\(B9:B14\)<\/f><v>349550\.6<\/v>/);
    const strings = readPart(bytes, 'xl/sharedStrings.xml');
    for (const text of ['经费收支表', '单位：元', '制表人：', '审核人：']) expect(strings).toContain(text);
  });

  it('builds to the same statement as its CSV twin, stated totals checked', () => {
    const fromWorkbook = load(DEMO_FILES);
    const fromCsv = load(demoWith({ [WORKBOOK]: null, 'funds/2019-2020.csv': twin }));
    expect(fromWorkbook.issues).toEqual([]);
    expect(fromCsv.issues).toEqual([]);
    const a = fromWorkbook.site!.periods[0]!;
    const b = fromCsv.site!.periods[0]!;
    expect(a.fundFile).toBe(WORKBOOK);
    // The same figures at every level; only the line numbers differ (title and unit rows).
    expect(figures(a.statement)).toEqual(figures(b.statement));
    expect(a.statement.income.categories.flatMap((c) => c.lines.flatMap((l) => l.entries.map((e) => e.line)))).toEqual([
      4, 5, 6, 7,
    ]);
    expect(a.checks.find((c) => c.code === 'total.parts')?.detail).toBe('2 个合计行已核对');
    expect(a.statement.closingFen).toBe(7_003_459);
  });

  it('stops the build at the total’s cell when a saved formula result disagrees with its lines', () => {
    const edited = editParts(bytes, {
      'xl/worksheets/sheet1.xml': (xml) => xml.replace('<v>387362.6</v>', '<v>387326.6</v>'),
    });
    const result = load(demoWith({ [WORKBOOK]: edited }));
    expect(result.site).toBeUndefined();
    const issue = result.issues.find((i) => i.file === WORKBOOK)!;
    expect(issue).toMatchObject({ line: 8, column: 2 });
  });
});

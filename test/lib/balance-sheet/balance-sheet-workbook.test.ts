import { describe, expect, it } from 'vitest';
import { demoText, demoWith, loadWithWorkbooks } from '../../helpers/demo-data.ts';
import { makeWorkbook, type TestCell } from '../../helpers/workbook.ts';

/** The demo's 2024 balance sheet as a workbook: a title, a 单位 line, the rows with numbers as numbers. */
function workbookOf(csv: string, unit: '元' | '万元'): Uint8Array {
  const [header, ...rows] = csv
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  const scale = unit === '万元' ? 10_000 : 1;
  return makeWorkbook([
    {
      name: '资产负债表',
      rows: [
        ['资产负债表（工会01表）', null, null],
        [`编制单位：临江市第一人民医院工会委员会`, '2024-12-31', `单位：${unit}`],
        header as TestCell[],
        ...rows.map(([item, opening, closing]) => [item!, Number(opening) / scale, Number(closing) / scale]),
      ],
      merges: ['A1:C1'],
    },
  ]);
}

describe('a balance sheet kept as a workbook', () => {
  const csv = demoText('balance-sheets/2024.csv');
  const fromCsv = loadWithWorkbooks(demoWith({})).site!.periods.at(-1)!.balanceSheet!;

  it.each(['元', '万元'] as const)('in %s reads to the same sheet as its CSV twin', (unit) => {
    const result = loadWithWorkbooks(
      demoWith({ 'balance-sheets/2024.csv': null, 'balance-sheets/2024.xlsx': workbookOf(csv, unit) }),
    );
    expect(result.issues).toEqual([]);
    const sheet = result.site!.periods.at(-1)!.balanceSheet!;
    expect(sheet.lines.map((l) => [l.spec.name, l.openingFen, l.closingFen])).toEqual(
      fromCsv.lines.map((l) => [l.spec.name, l.openingFen, l.closingFen]),
    );
  });
});

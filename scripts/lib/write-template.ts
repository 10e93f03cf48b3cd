import * as XLSX from '@e965/xlsx';
import type { ColumnFormat, TemplateSpec } from '../../src/lib/templates/template-spec.ts';
import type { ListValidation } from '../../src/lib/templates/template-xml.ts';
import { addListValidations, freezeHeaderRow, rowStyles, styleColumns } from '../../src/lib/templates/template-xml.ts';
import { columnLetters } from '../../src/lib/xlsx/cell-address.ts';

const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: '@',
  date: 'yyyy-mm-dd',
  amount: '0.00',
  count: '0',
};

/** Days from 1899-12-30 (Excel's day 0 in the 1900 system) to an ISO date. */
function excelSerial(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25_569;
}

function exampleCell(format: ColumnFormat, example: string): XLSX.CellObject | undefined {
  const z = NUMBER_FORMATS[format];
  // An optional column the example leaves blank: no cell (the column keeps its format).
  if (example === '') return undefined;
  if (format === 'date') return { t: 'n', v: excelSerial(example), z };
  if (format === 'amount' || format === 'count') return { t: 'n', v: Number(example), z };
  return { t: 's', v: example, z };
}

/**
 * Writes a template workbook: the sheet to fill in (header, example row, column formats,
 * frozen header, drop-downs) and one sheet per list. SheetJS writes the cells; the frozen
 * pane, column styles and data validation are added to its XML (template-xml.ts). Without
 * `example` (a new period's own file) the example row is left out; its formats stay on the
 * columns.
 */
export function writeTemplate(spec: TemplateSpec, options: { example?: boolean } = {}): Uint8Array {
  const book = XLSX.utils.book_new();
  const sheet = XLSX.utils.aoa_to_sheet([
    spec.columns.map((c) => c.header),
    spec.columns.map((c) => exampleCell(c.format, c.example)),
  ]);
  sheet['!cols'] = spec.columns.map((c) => ({ wch: c.width }));
  XLSX.utils.book_append_sheet(book, sheet, spec.sheet);
  for (const list of spec.lists) {
    const listSheet = XLSX.utils.aoa_to_sheet([[list.header], ...list.values.map((v) => [v])]);
    listSheet['!cols'] = [{ wch: Math.max(12, ...list.values.map((v) => v.length * 2 + 2)) }];
    XLSX.utils.book_append_sheet(book, listSheet, list.sheet);
  }
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }));
  const validations: ListValidation[] = [];
  spec.columns.forEach((column, index) => {
    const list = spec.lists.find((l) => l.sheet === column.list);
    if (!list) return;
    const letter = columnLetters(index + 1);
    validations.push({
      sqref: `${letter}2:${letter}${spec.rows + 1}`,
      source: `'${list.sheet}'!$A$2:$A$${list.values.length + 1}`,
      error: `请从下拉列表中选择${column.header}（见工作表“${list.sheet}”）`,
    });
  });
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  const entry = XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!;
  const xml = new TextDecoder().decode(entry.content as Uint8Array);
  let edited = addListValidations(styleColumns(freezeHeaderRow(xml), rowStyles(xml, 2)), validations);
  if (options.example === false) edited = edited.replace(/<row r="2"[^>]*>.*?<\/row>/, '');
  entry.content = new TextEncoder().encode(edited) as unknown as typeof entry.content;
  entry.size = (entry.content as Uint8Array).length;
  return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer);
}

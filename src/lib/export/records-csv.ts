import { fenToDecimalString } from '../money/format-amount.ts';
import { formatQuantity, type Quantity } from '../records/quantity.ts';
import type { RecordTable } from '../records/record-table.ts';
import { toCsv } from './csv-cell.ts';

/** A parsed cell value written back as staff write it (fields ending in "Fen" are money). */
function cellText(key: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return key.endsWith('Fen') ? fenToDecimalString(value) : String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'object') {
    if ('unit' in value && 'count' in value) return formatQuantity(value as Quantity);
    if ('name' in value) return String(value.name);
    if ('label' in value) return String(value.label);
  }
  return String(value);
}

/**
 * Rows of a record table as a CSV download in the table's own format (Chinese headers, the
 * same cell syntax), so it opens in Excel and reads back with the same declaration. Private
 * columns are left out, whatever the rows hold: the flag decides.
 */
export function recordsCsv(table: RecordTable, rows: readonly object[]): string {
  const columns = Object.entries(table.columns).filter(([, c]) => !c.private);
  const body = rows.map((row) => columns.map(([key]) => cellText(key, (row as Record<string, unknown>)[key])));
  return toCsv([columns.map(([, c]) => c.header), ...body]);
}

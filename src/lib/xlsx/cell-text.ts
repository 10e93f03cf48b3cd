import type { SourceType } from '../csv/read-table.ts';
import { excelSerialDate, isDateFormat } from './excel-date.ts';
import { decimalText } from './number-text.ts';
import type { GridValue } from './workbook-grid.ts';

/** A cell read as the text the CSV path would see, or why it has none. */
export type CellReading =
  | { ok: true; text: string; source: SourceType }
  | { ok: false; problem: 'error-value'; text: string }
  | { ok: false; problem: 'no-value'; formula: string };

/** Formats seen so far and whether they show dates: a sheet uses a handful over many thousand cells. */
const dateFormats = new Map<string, boolean>();

function showsDate(format: string): boolean {
  let isDate = dateFormats.get(format);
  if (isDate === undefined) {
    isDate = isDateFormat(format);
    dateFormats.set(format, isDate);
  }
  return isDate;
}

/** A format that pads whole numbers with zeros ("0000"): 凭证号 12 shown as 0012. */
const ZERO_PADDED = /^0+$/;

/**
 * The text of a cell as staff see it in Excel, in the form the table readers parse:
 * text as stored (leading zeros kept); numbers at 15 significant digits ("1234.56" for
 * 1234.5599999999999), zero-padded when the format says so; date cells as "YYYY-MM-DD"
 * (with " HH:MM" when they hold a time) in the workbook's date system; TRUE/FALSE.
 * Error values and formulas without a saved result are returned as problems.
 */
export function readGridValue(value: GridValue, date1904: boolean): CellReading {
  switch (value.kind) {
    case 'text':
      return { ok: true, text: value.text, source: 'text' };
    case 'boolean':
      return { ok: true, text: value.value ? 'TRUE' : 'FALSE', source: 'boolean' };
    case 'error':
      return { ok: false, problem: 'error-value', text: value.text };
    case 'no-value':
      return { ok: false, problem: 'no-value', formula: value.formula };
    case 'number': {
      if (showsDate(value.format)) {
        const date = excelSerialDate(value.value, date1904);
        const text = date ? (date.time ? `${date.iso} ${date.time}` : date.iso) : decimalText(value.value);
        return { ok: true, text, source: 'date' };
      }
      const text = decimalText(value.value);
      if (ZERO_PADDED.test(value.format) && /^\d+$/.test(text)) {
        return { ok: true, text: text.padStart(value.format.length, '0'), source: 'number' };
      }
      return { ok: true, text, source: 'number' };
    }
  }
}

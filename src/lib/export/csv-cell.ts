const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV cell, safe to open in Excel: text starting with = + - @ (or a tab/CR) is
 * prefixed with an apostrophe so it is never run as a formula; plain numbers are kept;
 * quotes, commas and line breaks are quoted per RFC 4180.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (!NUMBER.test(text) && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with a UTF-8 BOM (so Excel detects the encoding) and CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * What SheetJS's community writer leaves out of a template, added to the worksheet XML it
 * wrote: a frozen header row, column formats for the rows staff will add, and drop-down
 * lists (data validation). Plain string edits of well-formed SpreadsheetML, in the element
 * order the schema requires.
 */

/** A drop-down: the cells it covers ("C2:C1001") and the range its values come from ("科目表!$A$2:$A$80"). */
export interface ListValidation {
  sqref: string;
  source: string;
  /** The message Excel shows when a typed value is not in the list. */
  error: string;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Freezes the first row: it stays in view while staff scroll the data. */
export function freezeHeaderRow(sheetXml: string): string {
  const pane = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>';
  return sheetXml.replace(/<sheetView\b([^>]*?)\/>/, `<sheetView$1>${pane}</sheetView>`);
}

/**
 * Gives whole columns the style (number format) their example cell has, so rows staff add
 * are formatted too: `styles` maps a 1-based column to the style index of its example cell.
 */
export function styleColumns(sheetXml: string, styles: ReadonlyMap<number, number>): string {
  return sheetXml.replace(
    /<col min="(\d+)" max="(\d+)"([^>]*?)\/>/g,
    (whole, min: string, max: string, rest: string) => {
      const style = min === max ? styles.get(Number(min)) : undefined;
      return style === undefined ? whole : `<col min="${min}" max="${max}"${rest} style="${style}"/>`;
    },
  );
}

/** The style index of each cell in a row of the sheet XML, by 1-based column. */
export function rowStyles(sheetXml: string, row: number): Map<number, number> {
  const styles = new Map<number, number>();
  const rowXml = new RegExp(`<row r="${row}"[^>]*>(.*?)</row>`).exec(sheetXml)?.[1] ?? '';
  for (const match of rowXml.matchAll(/<c r="([A-Z]+)\d+"(?:[^>]*?) s="(\d+)"/g)) {
    let column = 0;
    for (const letter of match[1]!) column = column * 26 + letter.charCodeAt(0) - 64;
    styles.set(column, Number(match[2]));
  }
  return styles;
}

/** Adds drop-down lists after the sheet data (and merged cells), before anything the schema puts later. */
export function addListValidations(sheetXml: string, validations: readonly ListValidation[]): string {
  if (validations.length === 0) return sheetXml;
  const items = validations
    .map(
      (v) =>
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="不在列表中" error="${escapeXml(v.error)}" sqref="${v.sqref}"><formula1>${escapeXml(v.source)}</formula1></dataValidation>`,
    )
    .join('');
  const block = `<dataValidations count="${validations.length}">${items}</dataValidations>`;
  const anchor = sheetXml.includes('</mergeCells>') ? '</mergeCells>' : '</sheetData>';
  return sheetXml.replace(anchor, `${anchor}${block}`);
}

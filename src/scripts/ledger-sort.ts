// Browser-only, progressive enhancement: makes the columns of the ledger tables sortable.
// Without JavaScript the tables stay as built (in date order, filterable by the account and
// month links); with it, each column header becomes a button that sorts that table's rows.

/** How a column's cells compare: dates and vouchers as text with numbers in order, amounts and line numbers as numbers. */
export type SortKind = 'text' | 'number';

/** The number a cell shows ("1,234.56", "-330.00", "110"); NaN when it shows none. */
export function cellNumber(text: string): number {
  const cleaned = text.replace(/[,\s]/g, '').replace(/^（(.*)）$/, '-$1');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Compares two cells of a column: numbers numerically (cells without one last), text with
 * the Chinese collation and digit runs as numbers (记-2024-9 before 记-2024-10).
 */
export function compareCells(kind: SortKind, a: string, b: string): number {
  if (kind === 'number') {
    const x = cellNumber(a);
    const y = cellNumber(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
    return x - y;
  }
  return collator.compare(a, b);
}

/**
 * The order of rows, given their cell texts in one column, sorted ascending or descending:
 * a stable sort, so rows that compare equal keep the order the page was built in; cells
 * without a number (in a number column) last either way.
 */
export function sortedOrder(texts: readonly string[], kind: SortKind, descending: boolean): number[] {
  const order = texts.map((_, i) => i);
  const blank = (i: number) => kind === 'number' && Number.isNaN(cellNumber(texts[i]!));
  return order.sort((i, j) => {
    // A cell without a number goes last whichever way the column is sorted.
    if (blank(i) !== blank(j)) return blank(i) ? 1 : -1;
    const c = compareCells(kind, texts[i]!, texts[j]!);
    return (descending ? -c : c) || i - j;
  });
}

/** Turns every `table[data-sortable]` under `root` into a sortable table. */
export function enhanceSortableTables(root: ParentNode = document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
}

function enhance(table: HTMLTableElement): void {
  const headers = [...table.tHead!.rows[0]!.cells];
  const body = table.tBodies[0];
  if (!body) return;
  headers.forEach((th, column) => {
    const kind: SortKind = th.classList.contains('num') ? 'number' : 'text';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent!.trim();
    button.title = `按${button.textContent}排序`;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const descending = th.getAttribute('aria-sort') === 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const rows = [...body.rows];
      const texts = rows.map((row) => row.cells[column]?.textContent?.trim() ?? '');
      body.append(...sortedOrder(texts, kind, descending).map((i) => rows[i]!));
    });
  });
}

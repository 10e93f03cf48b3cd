/**
 * Sorting for tables marked `data-sortable`: each column header becomes a button; a click
 * sorts the body rows by the cells' `data-sort` values (numbers as numbers, text by the
 * Chinese collation), a second click reverses. Without JavaScript the table stays in its
 * printed order, so nothing depends on this.
 */
export function enableSortableTables(root: ParentNode): void {
  const collator = new Intl.Collator('zh-CN');
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    const headers = table.tHead?.rows[0]?.cells;
    if (!body || !headers) continue;
    [...headers].forEach((header, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...header.childNodes); // the header's text with its break points (<wbr>)
      header.append(button);
      button.addEventListener('click', () => {
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset.sort ?? '';
        const rows = [...body.rows].sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          const numeric = x !== '' && y !== '' && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y));
          const order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }
}

/**
 * Formats a tick value that is a count (people, items) rather than money: integers with
 * thousands separators, a fractional tick with one decimal. 1234 → "1,234"; 2.5 → "2.5".
 */
export function formatTickCount(value: number): string {
  const text = Number.isInteger(value) ? String(Math.abs(value)) : Math.abs(value).toFixed(1);
  const [whole = '0', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

import type { ColumnSpec } from '../csv/read-table.ts';
import type { PackageField } from '../export/package-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { parseAmount } from '../money/parse-amount.ts';

/** The columns of a package table as readTable reads them: the Chinese header, or the English key. */
export function columnsOf(fields: readonly PackageField[], required: readonly string[]): ColumnSpec[] {
  return fields.map((f) => ({ key: f.key, header: f.name, aliases: [f.key], required: required.includes(f.key) }));
}

const DECIMAL = /^-?\d+\.\d{2}$/;

/** Where a cell of a unit's package is: the file as the federation sees it, the line and column. */
export interface PackagePlace {
  file: string;
  line: number;
  column: number;
}

/**
 * Reads a 元 cell of a unit's package ("1234.50", exactly two decimals as the package writes
 * them) into fen; anything else is a DataIssue at the cell (package.bad-amount) and 0.
 */
export function packageAmount(
  unitName: string,
  header: string,
  text: string,
  place: PackagePlace,
  issues: IssueList,
): number {
  const trimmed = text.trim();
  const parsed = DECIMAL.test(trimmed) ? parseAmount(trimmed) : undefined;
  if (parsed?.ok) return parsed.fen;
  issues.add({
    ...place,
    code: 'package.bad-amount',
    message: `单位“${unitName}”数据包中的${header}不是两位小数的金额`,
    expected: '如 1234.50',
    found: text || '空',
  });
  return 0;
}

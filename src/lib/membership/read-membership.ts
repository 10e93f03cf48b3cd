import { countCell } from '../csv/cell-values.ts';
import type { ColumnSpec } from '../csv/read-table.ts';
import { readTable } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
import type { Membership } from '../model/membership.ts';
import { COUNT_HEADERS, MEMBERSHIP_RATES } from './membership-rates.ts';

export const MEMBERSHIP_FILE = 'membership.csv';

export type { Membership };

type Column = 'period' | 'members' | 'employees' | 'women' | 'retirees' | 'newMembers';

const COLUMNS: readonly ColumnSpec<Column>[] = [
  { key: 'period', header: '期间', aliases: ['period', '期间编号'], required: true },
  { key: 'members', header: '会员人数', aliases: ['members', '会员数'], required: true },
  { key: 'employees', header: '职工人数', aliases: ['employees', '职工数'], required: false },
  { key: 'women', header: '女会员人数', aliases: ['women', '女会员'], required: false },
  { key: 'retirees', header: '退休会员人数', aliases: ['retirees', '退休会员'], required: false },
  { key: 'newMembers', header: '新入会人数', aliases: ['new_members', '新会员'], required: false },
];

const OPTIONAL: readonly [Exclude<Column, 'period' | 'members'>, string][] = [
  ['employees', '职工人数'],
  ['women', '女会员人数'],
  ['retirees', '退休会员人数'],
  ['newMembers', '新入会人数'],
];

/**
 * Reads membership.csv; period ids are checked against periods.csv by the caller. Every
 * rate of MEMBERSHIP_RATES is checked to lie in 0–100% (numerator ≤ denominator).
 */
export function readMembership(text: string, issues: IssueList): Membership[] {
  const file = MEMBERSHIP_FILE;
  const rows = readTable(file, text, COLUMNS, issues);
  if (!rows) return [];
  const out: Membership[] = [];
  for (const { line, cells } of rows) {
    const members = countCell(cells.members, { file, line, header: '会员人数' }, issues, { required: true });
    const entry: Membership = { line, periodId: cells.period?.text ?? '', members: members ?? 0 };
    for (const [key, header] of OPTIONAL) {
      const value = countCell(cells[key], { file, line, header }, issues, { required: false });
      if (value !== undefined) entry[key] = value;
    }
    if (members === undefined) continue;
    const earlier = out.find((m) => m.periodId === entry.periodId);
    if (earlier) {
      issues.add({
        file,
        line,
        column: cells.period?.column ?? 0,
        code: 'membership.duplicate-period',
        message: `期间“${entry.periodId}”的会员人数重复，第 ${earlier.line} 行已填写`,
        expected: '每个期间只填一行',
        found: entry.periodId,
      });
      continue;
    }
    for (const rate of MEMBERSHIP_RATES) {
      const numerator = entry[rate.numerator];
      const denominator = entry[rate.denominator];
      if (numerator === undefined || denominator === undefined || numerator <= denominator) continue;
      const header = COUNT_HEADERS[rate.numerator];
      const denominatorHeader = COUNT_HEADERS[rate.denominator];
      issues.add({
        file,
        line,
        column: cells[rate.numerator]?.column ?? 0,
        code: rate.code,
        message: `${header}多于${denominatorHeader}，${rate.label}将超过 100%`,
        expected: `不多于${denominatorHeader} ${denominator}`,
        found: String(numerator),
      });
    }
    out.push(entry);
  }
  return out;
}

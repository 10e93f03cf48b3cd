import { countCell } from '../csv/cell-values.ts';
import type { ColumnSpec } from '../csv/read-table.ts';
import { readTable } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';

export const MEMBERSHIP_FILE = 'membership.csv';

/** Membership of a period, counted at its end. All counts are people (人). */
export interface Membership {
  line: number;
  periodId: string;
  members: number;
  employees?: number;
  women?: number;
  retirees?: number;
  newMembers?: number;
}

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

/** Reads membership.csv; period ids are checked against periods.csv by the caller. */
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
    for (const [key, header] of OPTIONAL) {
      const value = entry[key];
      if (key === 'employees' || value === undefined || value <= members) continue;
      issues.add({
        file,
        line,
        column: cells[key]?.column ?? 0,
        code: 'membership.part-exceeds-members',
        message: `${header}多于会员人数，比例将超过 100%`,
        expected: `不多于会员人数 ${members}`,
        found: String(value),
      });
    }
    if (entry.employees !== undefined && members > entry.employees) {
      issues.add({
        file,
        line,
        column: cells.members?.column ?? 0,
        code: 'membership.more-members-than-employees',
        message: '会员人数多于职工人数，入会率将超过 100%',
        expected: `不多于职工人数 ${entry.employees}`,
        found: String(members),
      });
    }
    out.push(entry);
  }
  return out;
}

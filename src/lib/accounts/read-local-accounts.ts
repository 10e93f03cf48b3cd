import type { Account, Chart } from './account.ts';
import { resolveAccount } from './create-chart.ts';
import type { ColumnSpec } from '../csv/read-table.ts';
import { readTable } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';

export const ACCOUNTS_FILE = 'accounts.csv';

const COLUMNS: readonly ColumnSpec<'code' | 'name' | 'parent' | 'aliases'>[] = [
  { key: 'code', header: '编码', aliases: ['code', '科目编码'], required: true },
  { key: 'name', header: '名称', aliases: ['name', '科目名称'], required: true },
  { key: 'parent', header: '上级', aliases: ['parent', '上级科目', '所属类别'], required: true },
  { key: 'aliases', header: '别名', aliases: ['aliases', '其他名称'], required: false },
];

/** The union's own level 2 accounts (accounts.csv), each under a level 1 category of `base`. */
export function readLocalAccounts(text: string, base: Chart, issues: IssueList): Account[] {
  const file = ACCOUNTS_FILE;
  const rows = readTable(file, text, COLUMNS, issues);
  if (!rows) return [];
  const out: Account[] = [];
  for (const { line, cells } of rows) {
    const code = cells.code?.text ?? '';
    const name = cells.name?.text ?? '';
    const parent = resolveAccount(base, cells.parent?.text ?? '');
    if (code === '' || name === '') {
      issues.add({
        file,
        line,
        column: (code === '' ? cells.code?.column : cells.name?.column) ?? 0,
        code: 'account.local-empty',
        message: '自设科目的编码和名称都不能为空',
        expected: '如 50291,职工书屋支出,职工服务支出',
        found: `${code || '（空）'},${name || '（空）'}`,
      });
      continue;
    }
    if (!/^\d{3,10}$/.test(code)) {
      // A code that is not digits could be read as another account's name (a code
      // "职工集体福利支出" would take over that account's lines).
      issues.add({
        file,
        line,
        column: cells.code?.column ?? 0,
        code: 'account.local-bad-code',
        message: '自设科目的编码应为 3 至 10 位数字',
        expected: '如 50291（上级类别的编码后加两位）',
        found: code,
      });
      continue;
    }
    if (!parent || parent.level !== 1) {
      issues.add({
        file,
        line,
        column: cells.parent?.column ?? 0,
        code: 'account.local-bad-parent',
        message: '“上级”应为科目表中的一级类别',
        expected: base.accounts
          .filter((a) => a.level === 1)
          .map((a) => a.name)
          .join('、'),
        found: cells.parent?.text || '空白',
      });
      continue;
    }
    const aliases = (cells.aliases?.text ?? '')
      .split(/[、;；]/)
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({ code, name, kind: parent.kind, level: 2, parentCode: parent.code, system: 'local', aliases });
  }
  return out;
}

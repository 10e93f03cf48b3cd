import type { Account, AccountingSystem, Charts } from './account.ts';
import { ACCOUNTING_SYSTEMS, systemShortLabel } from './account.ts';
import { resolveAccount } from './create-chart.ts';
import type { ColumnSpec } from '../csv/read-table.ts';
import { readTable } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';

export const ACCOUNTS_FILE = 'accounts.csv';

type LocalColumn = 'code' | 'name' | 'parent' | 'aliases' | 'level' | 'system';

const COLUMNS: readonly ColumnSpec<LocalColumn>[] = [
  { key: 'code', header: '编码', aliases: ['code', '科目编码'], required: true },
  { key: 'name', header: '名称', aliases: ['name', '科目名称'], required: true },
  { key: 'parent', header: '上级', aliases: ['parent', '上级科目', '所属类别'], required: true },
  { key: 'aliases', header: '别名', aliases: ['aliases', '其他名称'], required: false },
  { key: 'level', header: '级次', aliases: ['level', '科目级次'], required: false },
  { key: 'system', header: '会计制度', aliases: ['system', '制度'], required: false },
];

/**
 * The union's own accounts (accounts.csv): a level 2 account under a level 1 account where
 * the 制度 leaves room, or a level 3 明细 under a level 2 account (节日慰问 under 会员活动支出).
 * The level follows from the parent; a stated 级次 must agree with it, and there is no
 * level 4. Each row belongs to one 制度 (column 会计制度, default 2021), whose chart
 * (`base`) its parent is read in; earlier rows of the file may be parents of later ones.
 */
export function readLocalAccounts(text: string, base: Charts, issues: IssueList): Account[] {
  const file = ACCOUNTS_FILE;
  const rows = readTable(file, text, COLUMNS, issues);
  if (!rows) return [];
  const out: Account[] = [];
  for (const { line, cells } of rows) {
    const code = cells.code?.text ?? '';
    const name = cells.name?.text ?? '';
    if (code === '' || name === '') {
      issues.add({
        file,
        line,
        column: (code === '' ? cells.code?.column : cells.name?.column) ?? 0,
        code: 'account.local-empty',
        message: '自设科目的编码和名称都不能为空',
        expected: '如 5010501,节日慰问,会员活动支出',
        found: `${code || '（空）'},${name || '（空）'}`,
      });
      continue;
    }
    const systemText = cells.system?.text || '2021';
    if (!(ACCOUNTING_SYSTEMS as readonly string[]).includes(systemText)) {
      issues.add({
        file,
        line,
        column: cells.system?.column ?? 0,
        code: 'account.local-bad-system',
        message: '“会计制度”应为 2009 或 2021',
        expected: '2009 或 2021（不填为 2021）',
        found: systemText,
      });
      continue;
    }
    const system = systemText as AccountingSystem;
    const chart = base[system];
    const parentText = cells.parent?.text ?? '';
    const parent =
      out.find((a) => a.system === system && (a.name === parentText || a.code === parentText)) ??
      resolveAccount(chart, parentText);
    if (!parent) {
      issues.add({
        file,
        line,
        column: cells.parent?.column ?? 0,
        code: 'account.local-bad-parent',
        message: `“上级”应为${systemShortLabel(system)}科目表中的一级或二级科目`,
        expected: chart.accounts
          .filter((a) => a.level === 1)
          .map((a) => a.name)
          .join('、'),
        found: parentText || '空白',
      });
      continue;
    }
    const levelText = cells.level?.text ?? '';
    const stated = levelText === '' ? undefined : Number(levelText);
    if (parent.level === 3 || (stated !== undefined && stated !== parent.level + 1)) {
      issues.add({
        file,
        line,
        column: (stated !== undefined ? cells.level?.column : cells.parent?.column) ?? 0,
        code: 'account.local-bad-level',
        message:
          parent.level === 3
            ? `上级“${parent.name}”已是三级科目，科目最多三级`
            : `${stated === 3 ? '三级科目的上级应为二级科目' : `${stated}级科目的上级应为 ${(stated ?? 2) - 1} 级科目`}，“${parent.name}”（${parent.code}）是${parent.level}级科目`,
        expected: stated === 3 ? '二级科目，如 会员活动支出（50105）' : `级次 ${parent.level + 1}`,
        found: `${parent.name}（${parent.level}级）`,
        hint: '三级科目写在二级科目之下（如 节日慰问 的上级是 会员活动支出）；“级次”可以不填，网站按上级推定',
      });
      continue;
    }
    const aliases = (cells.aliases?.text ?? '')
      .split(/[、;；]/)
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({
      code,
      name,
      kind: parent.kind,
      level: (parent.level + 1) as 2 | 3,
      parentCode: parent.code,
      categoryCode: parent.categoryCode,
      system,
      origin: 'local',
      aliases,
    });
  }
  return out;
}

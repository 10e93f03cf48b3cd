import type { TableInput } from '../csv/read-table.ts';
import { z } from 'zod';
import type { IssueList } from '../issues/data-issue.ts';
import { asWrittenValue } from '../records/cells.ts';
import { readRecords, type CellParser, type RecordTable } from '../records/record-table.ts';
import type { Account, AccountingSystem, Charts } from './account.ts';
import { ACCOUNTING_SYSTEMS, systemShortLabel } from './account.ts';
import { resolveAccount } from './create-chart.ts';

export const ACCOUNTS_FILE = 'accounts.csv';

/** Other names of an account, separated by 、 ； or ;, blanks dropped; none when absent. */
const aliasesValue: CellParser<string[]> = (cell) =>
  (cell?.text ?? '')
    .split(/[、;；]/)
    .map((s) => s.trim())
    .filter(Boolean);

const accountSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    parent: z.string(),
    aliases: z.array(z.string()),
    level: z.string().optional(),
    system: z.string().optional(),
  })
  .superRefine((row, ctx) => {
    if (row.code === '' || row.name === '') {
      ctx.addIssue({
        code: 'custom',
        path: [row.code === '' ? 'code' : 'name'],
        message: '自设科目的编码和名称都不能为空',
        params: {
          code: 'account.local-empty',
          expected: '如 5010501,节日慰问,会员活动支出',
          found: `${row.code || '（空）'},${row.name || '（空）'}`,
        },
      });
    } else if (!/^\d{3,10}$/.test(row.code)) {
      // A code that is not digits could be read as another account's name (a code
      // "会员活动支出" would take over that account's lines).
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: '自设科目的编码应为 3 至 10 位数字',
        params: { code: 'account.local-bad-code', expected: '如 5010501（上级科目的编码后加两位）', found: row.code },
      });
    }
    const system = row.system || '2021';
    if (!(ACCOUNTING_SYSTEMS as readonly string[]).includes(system)) {
      ctx.addIssue({
        code: 'custom',
        path: ['system'],
        message: '“会计制度”应为 2009 或 2021',
        params: { code: 'account.local-bad-system', expected: '2009 或 2021（不填为 2021）', found: system },
      });
    }
  });

/** A row of accounts.csv as written, before its parent is looked up. */
export type LocalAccountRow = z.output<typeof accountSchema>;

/**
 * accounts.csv: the union's own accounts — a level 2 account under a level 1 account where
 * the 制度 leaves room, or a level 3 明细 under a level 2 account (节日慰问 under 会员活动支出).
 * Columns 级次 (optional, must agree with the parent) and 会计制度 (2009 / 2021, default 2021).
 */
export function accountsTable(): RecordTable<typeof accountSchema> {
  return {
    file: ACCOUNTS_FILE,
    code: 'account',
    title: '自设科目',
    schema: accountSchema,
    columns: {
      code: { header: '编码', aliases: ['code', '科目编码'], required: true, parse: asWrittenValue },
      name: { header: '名称', aliases: ['name', '科目名称'], required: true, parse: asWrittenValue },
      parent: { header: '上级', aliases: ['parent', '上级科目', '所属类别'], required: true, parse: asWrittenValue },
      aliases: { header: '别名', aliases: ['aliases', '其他名称'], required: false, parse: aliasesValue },
      level: { header: '级次', aliases: ['level', '科目级次'], required: false, parse: asWrittenValue },
      system: { header: '会计制度', aliases: ['system', '制度'], required: false, parse: asWrittenValue },
    },
  };
}

/**
 * Reads accounts.csv by its declaration, then places each account under its parent in the
 * chart of its 制度 (`base`); earlier rows of the file may be parents of later ones. The
 * level follows from the parent; a stated 级次 must agree with it, and there is no level 4.
 */
export function readLocalAccounts(text: TableInput, base: Charts, issues: IssueList): Account[] {
  const file = ACCOUNTS_FILE;
  const out: Account[] = [];
  for (const { line, columns, value: row } of readRecords(accountsTable(), text, issues)) {
    const system = (row.system || '2021') as AccountingSystem;
    const chart = base[system];
    const parent =
      out.find((a) => a.system === system && (a.name === row.parent || a.code === row.parent)) ??
      resolveAccount(chart, row.parent);
    if (!parent) {
      issues.add({
        file,
        line,
        column: columns.parent ?? 0,
        code: 'account.local-bad-parent',
        message: `“上级”应为${systemShortLabel(system)}科目表中的一级或二级科目`,
        expected: chart.accounts
          .filter((a) => a.level === 1)
          .map((a) => a.name)
          .join('、'),
        found: row.parent || '空白',
      });
      continue;
    }
    const stated = row.level ? Number(row.level) : undefined;
    if (parent.level === 3 || (stated !== undefined && stated !== parent.level + 1)) {
      issues.add({
        file,
        line,
        column: (stated !== undefined ? columns.level : columns.parent) ?? 0,
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
    out.push({
      code: row.code,
      name: row.name,
      kind: parent.kind,
      level: (parent.level + 1) as 2 | 3,
      parentCode: parent.code,
      categoryCode: parent.categoryCode,
      system,
      origin: 'local',
      aliases: row.aliases,
    });
  }
  return out;
}

import type { TableInput } from '../csv/read-table.ts';
import { z } from 'zod';
import type { IssueList } from '../issues/data-issue.ts';
import { asWrittenValue } from '../records/cells.ts';
import { readRecords, type CellParser, type RecordTable } from '../records/record-table.ts';
import type { Account, Chart } from './account.ts';
import { resolveAccount } from './create-chart.ts';

export const ACCOUNTS_FILE = 'accounts.csv';

/** Other names of an account, separated by 、 ； or ;, blanks dropped; none when absent. */
const aliasesValue: CellParser<string[]> = (cell) =>
  (cell?.text ?? '')
    .split(/[、;；]/)
    .map((s) => s.trim())
    .filter(Boolean);

function accountSchema(base: Chart) {
  return z
    .object({ code: z.string(), name: z.string(), parent: z.string(), aliases: z.array(z.string()) })
    .superRefine((row, ctx) => {
      if (row.code === '' || row.name === '') {
        ctx.addIssue({
          code: 'custom',
          path: [row.code === '' ? 'code' : 'name'],
          message: '自设科目的编码和名称都不能为空',
          params: {
            code: 'account.local-empty',
            expected: '如 50291,职工书屋支出,职工服务支出',
            found: `${row.code || '（空）'},${row.name || '（空）'}`,
          },
        });
        return;
      }
      if (!/^\d{3,10}$/.test(row.code)) {
        // A code that is not digits could be read as another account's name (a code
        // "职工集体福利支出" would take over that account's lines).
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          message: '自设科目的编码应为 3 至 10 位数字',
          params: { code: 'account.local-bad-code', expected: '如 50291（上级类别的编码后加两位）', found: row.code },
        });
        return;
      }
      const parent = resolveAccount(base, row.parent);
      if (parent && parent.level === 1) return;
      ctx.addIssue({
        code: 'custom',
        path: ['parent'],
        message: '“上级”应为科目表中的一级类别',
        params: {
          code: 'account.local-bad-parent',
          expected: base.accounts
            .filter((a) => a.level === 1)
            .map((a) => a.name)
            .join('、'),
          found: row.parent || '空白',
        },
      });
    })
    .transform((row): Account => {
      const parent = resolveAccount(base, row.parent)!;
      return {
        code: row.code,
        name: row.name,
        kind: parent.kind,
        level: 2,
        parentCode: parent.code,
        system: 'local',
        aliases: row.aliases,
      };
    });
}

/** accounts.csv: the union's own level 2 accounts, each under a level 1 category of `base`. */
export function accountsTable(base: Chart): RecordTable<ReturnType<typeof accountSchema>> {
  return {
    file: ACCOUNTS_FILE,
    code: 'account',
    title: '自设科目',
    schema: accountSchema(base),
    columns: {
      code: { header: '编码', aliases: ['code', '科目编码'], required: true, parse: asWrittenValue },
      name: { header: '名称', aliases: ['name', '科目名称'], required: true, parse: asWrittenValue },
      parent: { header: '上级', aliases: ['parent', '上级科目', '所属类别'], required: true, parse: asWrittenValue },
      aliases: { header: '别名', aliases: ['aliases', '其他名称'], required: false, parse: aliasesValue },
    },
  };
}

/** Reads accounts.csv by its declaration: the local accounts, in file order. */
export function readLocalAccounts(text: TableInput, base: Chart, issues: IssueList): Account[] {
  return readRecords(accountsTable(base), text, issues).map(({ value }) => value);
}

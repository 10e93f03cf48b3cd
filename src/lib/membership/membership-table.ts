import type { TableInput } from '../csv/read-table.ts';
import { z } from 'zod';
import type { IssueList } from '../issues/data-issue.ts';
import type { Membership } from '../model/membership.ts';
import { asWrittenValue, countValue } from '../records/cells.ts';
import { readRecords, type RecordTable } from '../records/record-table.ts';
import { COUNT_HEADERS, MEMBERSHIP_RATES } from './membership-rates.ts';

export type { Membership };

export const MEMBERSHIP_FILE = 'membership.csv';

const count = z.number().int().nonnegative();

/** The fields of a membership row; checked against the Membership model (which pages read). */
const MembershipSchema = z
  .object({
    periodId: z.string(),
    members: count,
    employees: count.optional(),
    women: count.optional(),
    retirees: count.optional(),
    newMembers: count.optional(),
  })
  .superRefine((m, ctx) => {
    for (const rate of MEMBERSHIP_RATES) {
      const numerator = m[rate.numerator];
      const denominator = m[rate.denominator];
      if (numerator === undefined || denominator === undefined || numerator <= denominator) continue;
      const header = COUNT_HEADERS[rate.numerator];
      const denominatorHeader = COUNT_HEADERS[rate.denominator];
      ctx.addIssue({
        code: 'custom',
        path: [rate.numerator],
        message: `${header}多于${denominatorHeader}，${rate.label}将超过 100%`,
        params: { code: rate.code, expected: `不多于${denominatorHeader} ${denominator}`, keepRow: true },
      });
    }
  }) satisfies z.ZodType<Omit<Membership, 'line'>>;

/**
 * membership.csv: one row per period (checked against periods.csv by the caller). Every
 * rate of MEMBERSHIP_RATES is checked to lie in 0–100% (numerator ≤ denominator).
 */
export const membershipTable: RecordTable<typeof MembershipSchema> = {
  file: MEMBERSHIP_FILE,
  code: 'membership',
  title: '会员人数',
  schema: MembershipSchema,
  columns: {
    periodId: { header: '期间', aliases: ['period', '期间编号'], required: true, parse: asWrittenValue },
    members: { header: COUNT_HEADERS.members, aliases: ['members', '会员数'], required: true, parse: countValue },
    employees: {
      header: COUNT_HEADERS.employees,
      aliases: ['employees', '职工数'],
      required: false,
      keepRow: true,
      parse: countValue,
    },
    women: {
      header: COUNT_HEADERS.women,
      aliases: ['women', '女会员'],
      required: false,
      keepRow: true,
      parse: countValue,
    },
    retirees: {
      header: COUNT_HEADERS.retirees,
      aliases: ['retirees', '退休会员'],
      required: false,
      keepRow: true,
      parse: countValue,
    },
    newMembers: {
      header: COUNT_HEADERS.newMembers,
      aliases: ['new_members', '新会员'],
      required: false,
      keepRow: true,
      parse: countValue,
    },
  },
  unique: {
    key: 'periodId',
    code: 'membership.duplicate-period',
    message: (id, line) => `期间“${String(id)}”的会员人数重复，第 ${line} 行已填写`,
    expected: '每个期间只填一行',
  },
};

/** Reads membership.csv by its declaration: one Membership per usable row, in file order. */
export function readMembership(text: TableInput, issues: IssueList): Membership[] {
  return readRecords(membershipTable, text, issues).map(({ line, value }) => ({ line, ...value }));
}

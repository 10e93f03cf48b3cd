import type { TableInput } from '../csv/read-table.ts';
import { z } from 'zod';
import type { IssueList } from '../issues/data-issue.ts';
import { asWrittenValue, dateValue, filledValue } from '../records/cells.ts';
import { readRecords, type RecordTable } from '../records/record-table.ts';

export const SIGNOFFS_FILE = 'signoffs.csv';

/** A signatory's name: must be filled in (placeholders are caught by the published-text check). */
const signatureValue = filledValue('signoff.empty', '签字人姓名');

const SignoffSchema = z
  .object({
    periodId: z.string(),
    /** 工会主席 */
    chair: z.string(),
    /** 经审会主任 */
    auditChair: z.string(),
    /** 财务负责人 */
    financeHead: z.string(),
    /** 制表人 */
    preparer: z.string(),
    /** 制表日期 (ISO) */
    prepared: z.string(),
    /** 审查日期 (ISO): when the audit committee reviewed the statement, if it has. */
    reviewed: z.string().optional(),
    /** 签署日期 (ISO): when the statement was signed (and sealed) for issue, if it has been. */
    signed: z.string().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.reviewed !== undefined && s.reviewed < s.prepared) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewed'],
        message: '审查日期早于制表日期',
        params: {
          code: 'signoff.reviewed-before-prepared',
          expected: `不早于 ${s.prepared}`,
          found: s.reviewed,
          keepRow: true,
        },
      });
    }
    const before = s.reviewed ?? s.prepared;
    if (s.signed !== undefined && s.signed < before) {
      ctx.addIssue({
        code: 'custom',
        path: ['signed'],
        message: s.reviewed === undefined ? '签署日期早于制表日期' : '签署日期早于审查日期',
        params: {
          code: 'signoff.signed-too-early',
          expected: `不早于 ${before}`,
          found: s.signed,
          keepRow: true,
        },
      });
    }
  });

/** The fields of a sign-off row, by name. */
export type SignoffFields = z.output<typeof SignoffSchema>;

/**
 * Who signed off a period's statement (签字栏), as printed under formal statements and on the
 * audit page. Names are of office holders in their role; dates are ISO "YYYY-MM-DD".
 */
export type Signoff = SignoffFields & {
  line: number;
  /** Field number of each cell, for messages about it (0 when the column is absent). */
  columns: Readonly<Record<keyof SignoffFields, number>>;
};

/**
 * signoffs.csv: one row per period, every name filled in, 制表日期 a date, 审查日期 (if
 * given) not before it and 签署日期 (if given) not before either. Period ids and dates against the period are checked by the caller.
 */
export const signoffsTable: RecordTable<typeof SignoffSchema> = {
  file: SIGNOFFS_FILE,
  code: 'signoff',
  title: '签字',
  schema: SignoffSchema,
  columns: {
    periodId: { header: '期间', aliases: ['period', '期间编号'], required: true, parse: asWrittenValue },
    chair: { header: '工会主席', aliases: ['chair', '主席'], required: true, parse: signatureValue },
    auditChair: {
      header: '经审会主任',
      aliases: ['audit_chair', '经费审查委员会主任', '经审主任'],
      required: true,
      parse: signatureValue,
    },
    financeHead: { header: '财务负责人', aliases: ['finance_head', '会计主管'], required: true, parse: signatureValue },
    preparer: { header: '制表人', aliases: ['preparer', '制表'], required: true, parse: signatureValue },
    prepared: { header: '制表日期', aliases: ['prepared', '日期'], required: true, parse: dateValue },
    reviewed: {
      header: '审查日期',
      aliases: ['reviewed', '审核日期'],
      required: false,
      keepRow: true,
      parse: dateValue,
    },
    signed: {
      header: '签署日期',
      aliases: ['signed', '报出日期', '签字日期'],
      required: false,
      keepRow: true,
      parse: dateValue,
    },
  },
  unique: {
    key: 'periodId',
    code: 'signoff.duplicate-period',
    message: (id, line) => `期间“${String(id)}”的签字重复，第 ${line} 行已填写`,
    expected: '每个期间只填一行',
  },
};

/** Reads signoffs.csv by its declaration: one Signoff per usable row, in file order. */
export function readSignoffs(text: TableInput, issues: IssueList): Signoff[] {
  return readRecords(signoffsTable, text, issues).map(({ line, columns, value }) => ({
    ...value,
    line,
    columns: columns as Signoff['columns'],
  }));
}

import { z } from 'zod';
import { maskName } from '../../privacy/mask-name.ts';
import { amountValue, choiceValue, dateValue, textValue } from '../cells.ts';
import type { Choices } from '../choices.ts';
import type { RecordTable } from '../record-table.ts';

export const AID_FILE = 'aid.csv';

/** Kinds of aid and condolence. */
export const AID_CATEGORIES = {
  困难帮扶: ['hardship', '困难职工帮扶', '帮扶', '困难补助', '大病帮扶', '大病救助'],
  金秋助学: ['education', '助学'],
  慰问: ['condolence', '慰问金', '看望', '吊唁', '婚育病逝退慰问'],
  送温暖: ['warmth', '送温暖活动', '送清凉'],
  其他: ['other'],
} as const satisfies Choices<string>;

const AidSchema = z
  .object({
    date: z.string(),
    occasion: z.string(),
    category: z.enum(Object.keys(AID_CATEGORIES) as [keyof typeof AID_CATEGORIES]),
    recipient: z.string(),
    idNumber: z.string().optional(),
    phone: z.string().optional(),
    department: z.string().optional(),
    details: z.string().optional(),
    amountFen: z.number().int(),
    source: z.string(),
    noticeUntil: z.string().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.amountFen <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['amountFen'],
        message: '“金额”应大于 0',
        params: { code: 'aid.amount-not-positive', expected: '大于 0 的金额', found: String(a.amountFen / 100) },
      });
    }
    if (a.noticeUntil !== undefined && a.noticeUntil < a.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['noticeUntil'],
        message: '公示截止日期早于发放日期',
        params: { code: 'aid.notice-before-date', expected: `不早于 ${a.date}`, found: a.noticeUntil },
      });
    }
  });

/** One payment of aid or condolence, with personal data. Never leaves the loader as a row. */
export type Aid = z.output<typeof AidSchema>;

/**
 * aid.csv: one row per payment (人次). 受助人, 身份证号, 联系电话, 部门 and 情况说明 are private:
 * the site shows only aggregates, and a masked name in a 公示 until its end date.
 */
export function aidTable(): RecordTable<typeof AidSchema> {
  return {
    file: AID_FILE,
    code: 'aid',
    title: '帮扶慰问',
    schema: AidSchema,
    columns: {
      date: { header: '日期', aliases: ['date', '发放日期'], required: true, parse: dateValue },
      occasion: {
        header: '事由',
        aliases: ['occasion', '项目', '慰问事由'],
        required: true,
        freeText: true,
        parse: textValue('如 春节帮扶、住院慰问'),
      },
      category: { header: '类别', aliases: ['category'], required: true, parse: choiceValue(AID_CATEGORIES) },
      recipient: {
        header: '受助人',
        aliases: ['recipient', '姓名', '慰问对象'],
        required: true,
        private: true,
        personName: true,
        mask: maskName,
        parse: textValue('姓名'),
      },
      idNumber: {
        header: '身份证号',
        aliases: ['id_number', '证件号码'],
        required: false,
        private: true,
        parse: textValue('身份证号'),
      },
      phone: {
        header: '联系电话',
        aliases: ['phone', '电话'],
        required: false,
        private: true,
        parse: textValue('电话号码'),
      },
      department: {
        header: '部门',
        aliases: ['department', '科室'],
        required: false,
        private: true,
        parse: textValue('如 急诊科'),
      },
      details: {
        header: '情况说明',
        aliases: ['details', '困难情况', '备注'],
        required: false,
        private: true,
        parse: textValue('如 本人住院治疗'),
      },
      amountFen: { header: '金额', aliases: ['amount', '金额（元）', '金额(元)'], required: true, parse: amountValue },
      source: {
        header: '资金来源',
        aliases: ['source', '经费来源'],
        required: true,
        freeText: true,
        parse: textValue('如 工会经费、上级工会专项'),
      },
      noticeUntil: { header: '公示截止', aliases: ['notice_until', '公示截止日期'], required: false, parse: dateValue },
    },
  };
}

import { z } from 'zod';
import { choiceValue, textValue, yearValue } from '../cells.ts';
import { LEVELS, type Choices } from '../choices.ts';
import type { RecordTable } from '../record-table.ts';

export const HONOURS_FILE = 'honours.csv';

/** Kinds of honour; the first two go to people, the collective ones to teams and units. */
export const HONOUR_CATEGORIES = {
  劳动模范: ['model worker', '劳模', '五一劳动奖章', '劳动奖章'],
  先进个人: ['advanced individual', '先进工作者', '优秀个人', '标兵'],
  先进集体: ['advanced collective', '优秀集体', '五一劳动奖状'],
  工人先锋号: ['pioneer', '先锋号'],
  职工之家: ['home', '模范职工之家', '先进职工之家', '职工小家'],
  其他: ['other'],
} as const satisfies Choices<string>;

/** Whether an honour goes to a person or to a collective. */
export const HONOUR_KINDS = {
  个人: ['individual', 'person'],
  集体: ['collective', 'team', '单位'],
} as const satisfies Choices<string>;

const COLLECTIVE_ONLY = new Set(['先进集体', '工人先锋号', '职工之家']);
const INDIVIDUAL_ONLY = new Set(['劳动模范', '先进个人']);

const HonourSchema = z
  .object({
    year: z.number().int(),
    title: z.string(),
    recipient: z.string(),
    category: z.enum(Object.keys(HONOUR_CATEGORIES) as [keyof typeof HONOUR_CATEGORIES]),
    level: z.enum(Object.keys(LEVELS) as [keyof typeof LEVELS]),
    kind: z.enum(Object.keys(HONOUR_KINDS) as [keyof typeof HONOUR_KINDS]),
    grantor: z.string().optional(),
  })
  .superRefine((h, ctx) => {
    const wanted = COLLECTIVE_ONLY.has(h.category) ? '集体' : INDIVIDUAL_ONLY.has(h.category) ? '个人' : undefined;
    if (wanted !== undefined && h.kind !== wanted) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: `“${h.category}”授予${wanted}，不是${h.kind}`,
        params: { code: 'honour.kind-mismatch', expected: wanted, found: h.kind },
      });
    }
  });

/** One honour received by a member or a collective of the union. Names are public. */
export type Honour = z.output<typeof HonourSchema>;

/** honours.csv: one row per honour (劳模, 先进个人, 先进集体, 工人先锋号, 职工之家 …). */
export function honoursTable(): RecordTable<typeof HonourSchema> {
  return {
    file: HONOURS_FILE,
    code: 'honour',
    title: '荣誉',
    schema: HonourSchema,
    columns: {
      year: { header: '年度', aliases: ['year', '年份'], required: true, parse: yearValue },
      title: {
        header: '荣誉称号',
        aliases: ['title', '荣誉', '称号'],
        required: true,
        parse: textValue('如 全市卫生系统护理标兵'),
      },
      recipient: {
        header: '获得者',
        aliases: ['recipient', '获奖者', '名称'],
        required: true,
        parse: textValue('姓名或集体名称'),
      },
      category: { header: '类别', aliases: ['category'], required: true, parse: choiceValue(HONOUR_CATEGORIES) },
      level: { header: '级别', aliases: ['level'], required: true, parse: choiceValue(LEVELS) },
      kind: {
        header: '个人或集体',
        aliases: ['kind', '个人/集体', '类型'],
        required: true,
        parse: choiceValue(HONOUR_KINDS),
      },
      grantor: {
        header: '授予单位',
        aliases: ['grantor', '颁发单位'],
        required: false,
        parse: textValue('如 临江市总工会'),
      },
    },
  };
}

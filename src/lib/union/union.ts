import { z } from 'zod';

/** The words a union uses for its congress. */
export const CONGRESS_NAMES = ['职代会', '教代会', '会员代表大会'] as const;

/** A phone number as a notice prints it: digits with -, spaces, brackets, 转 (extension) or 、 between numbers. */
const PHONE = /^(?=(?:\D*\d){5})[\d\s\-()（）+转、，,]{5,60}$/;

/** A line of contact text (意见箱, 经审会联系方式): one line, at most 100 characters. */
const contactText = (label: string) =>
  z
    .string()
    .trim()
    .min(2, `${label}至少两个字`)
    .max(100, `${label}最多 100 个字`)
    .regex(/^[^\n\r]*$/, `${label}只写一行`);

/** union.yaml, with Chinese keys (English aliases are mapped before validation). */
export const UnionSchema = z.object({
  name: z.string().min(2, '全称至少两个字'),
  shortName: z.string().min(1, '简称不能为空'),
  kind: z.string().min(1).default('基层工会'),
  congress: z.enum(CONGRESS_NAMES, { message: `代表大会应为 ${CONGRESS_NAMES.join('、')} 之一` }),
  parent: z.string().optional(),
  /**
   * 组织层级: 基层工会 or 县级以上工会 (上级工会 is read as 县级以上工会); when absent it follows
   * 组织类型. A 县级以上工会 with data/units.csv builds the federation site (汇总 of its units).
   */
  level: z
    .string()
    .transform((text) => (text.trim() === '上级工会' ? '县级以上工会' : text.trim()))
    .pipe(z.enum(['基层工会', '县级以上工会'], { message: '组织层级应为 基层工会 或 县级以上工会' }))
    .optional(),
  /** 差额比例下限 for elections, written "5%", in basis points (default 5% where used). */
  minElectionMarginBp: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,2})?%$/, '应为百分比，如 5%')
    .transform((text) => Math.round(Number(text.slice(0, -1)) * 100))
    .optional(),
  /**
   * 最小公开人数: aid aggregates of fewer different people are merged, never published on
   * their own (default 3; see privacy/min-group-size.ts).
   */
  minGroupSize: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, '应为 1 到 999 之间的整数，如 3')
    .transform(Number)
    .optional(),
  /** 监督电话: the number members call about the union's finances and affairs, printed in every footer. */
  supervisionPhone: z
    .string()
    .trim()
    .regex(PHONE, '应为电话号码，如 0571-88881234 或 0571-88881234 转 8012')
    .optional(),
  /** 意见箱: where the suggestion box is, or a mail address, printed in every footer. */
  suggestionBox: contactText('意见箱').optional(),
  /** 经审会联系方式: how members reach the audit committee (office, phone), printed in every footer. */
  auditContact: contactText('经审会联系方式').optional(),
});

/** The union the site belongs to. */
export type Union = z.output<typeof UnionSchema>;

/** Chinese key (and English alias) → schema field. */
export const UNION_KEYS: Readonly<Record<string, keyof Union>> = {
  全称: 'name',
  name: 'name',
  简称: 'shortName',
  short_name: 'shortName',
  shortName: 'shortName',
  组织类型: 'kind',
  kind: 'kind',
  代表大会: 'congress',
  congress: 'congress',
  上级工会: 'parent',
  parent: 'parent',
  组织层级: 'level',
  level: 'level',
  差额比例下限: 'minElectionMarginBp',
  min_election_margin: 'minElectionMarginBp',
  最小公开人数: 'minGroupSize',
  min_group_size: 'minGroupSize',
  监督电话: 'supervisionPhone',
  supervision_phone: 'supervisionPhone',
  意见箱: 'suggestionBox',
  suggestion_box: 'suggestionBox',
  经审会联系方式: 'auditContact',
  audit_contact: 'auditContact',
};

/** Field → the Chinese key staff write, for messages. */
export const UNION_LABELS: Readonly<Record<keyof Union, string>> = {
  name: '全称',
  shortName: '简称',
  kind: '组织类型',
  congress: '代表大会',
  parent: '上级工会',
  level: '组织层级',
  minElectionMarginBp: '差额比例下限',
  minGroupSize: '最小公开人数',
  supervisionPhone: '监督电话',
  suggestionBox: '意见箱',
  auditContact: '经审会联系方式',
};

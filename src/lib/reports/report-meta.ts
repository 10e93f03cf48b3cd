import { z } from 'zod';
import { parseDate } from '../dates/parse-date.ts';

/** The kinds of report a union publishes. */
export const REPORT_KINDS = ['工作报告', '经费审查报告', '换届工作报告', '工作总结', '工作计划'] as const;

/** Where a report stands: a draft is not published; one put to the congress shows a banner. */
export const REPORT_STATUSES = ['草稿', '提请审议', '审议通过'] as const;

/** A congress session as unions write it: term and session in Chinese numerals, "七届一次". */
export const SESSION_PATTERN = /^[一二三四五六七八九十]+届[一二三四五六七八九十]+次$/;

const isoDate = (label: string) =>
  z.string().transform((text, ctx) => {
    const parsed = parseDate(text);
    if (parsed.ok) return parsed.iso;
    ctx.addIssue({ code: 'custom', message: `${label}不是有效日期` });
    return z.NEVER;
  });

/**
 * The front matter of a report (Chinese keys are mapped to these fields before validation,
 * see REPORT_KEYS). Dates become ISO "YYYY-MM-DD"; periods are period ids of periods.csv.
 * `published` (公开日期) is the day an approved report was disclosed; left out, it is the
 * approval date (the disclosure register reads it through reportPublishedOn).
 */
export const ReportMetaSchema = z
  .object({
    title: z.string().trim().min(2, '标题至少两个字'),
    kind: z.enum(REPORT_KINDS, { message: `类型应为 ${REPORT_KINDS.join('、')} 之一` }),
    periods: z.array(z.string().min(1)).min(1, '至少写一个期间'),
    session: z.string().regex(SESSION_PATTERN, '会议应写成“七届一次”这样的届次').optional(),
    date: isoDate('日期'),
    presenter: z.string().trim().min(1).optional(),
    status: z.enum(REPORT_STATUSES, { message: `状态应为 ${REPORT_STATUSES.join('、')} 之一` }),
    approved: isoDate('通过日期').optional(),
    published: isoDate('公开日期').optional(),
    summary: z.string().trim().min(1).optional(),
  })
  .superRefine((meta, ctx) => {
    if (meta.status === '审议通过' && meta.approved === undefined) {
      ctx.addIssue({ code: 'custom', path: ['approved'], message: '状态为“审议通过”时必须填写通过日期' });
    }
    if (meta.status !== '审议通过' && meta.approved !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['approved'], message: '只有状态为“审议通过”的报告才填写通过日期' });
    }
    if (meta.approved !== undefined && meta.approved < meta.date) {
      ctx.addIssue({ code: 'custom', path: ['approved'], message: '通过日期不能早于报告日期' });
    }
    if (meta.published !== undefined && meta.approved === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: '只有审议通过的报告才填写公开日期（默认为通过日期）',
      });
    }
    if (meta.published !== undefined && meta.approved !== undefined && meta.published < meta.approved) {
      ctx.addIssue({ code: 'custom', path: ['published'], message: '公开日期不能早于通过日期' });
    }
    if (meta.status === '提请审议' && meta.session === undefined) {
      ctx.addIssue({ code: 'custom', path: ['session'], message: '提请审议的报告应写明提交哪一次会议（如 七届一次）' });
    }
  });

/** A report's checked front matter. */
export type ReportMeta = z.output<typeof ReportMetaSchema>;

/** Chinese key (and English alias) → field. */
export const REPORT_KEYS: Readonly<Record<string, keyof ReportMeta>> = {
  标题: 'title',
  title: 'title',
  类型: 'kind',
  kind: 'kind',
  期间: 'periods',
  period: 'periods',
  periods: 'periods',
  会议: 'session',
  session: 'session',
  日期: 'date',
  date: 'date',
  报告人: 'presenter',
  presenter: 'presenter',
  状态: 'status',
  status: 'status',
  通过日期: 'approved',
  approved: 'approved',
  公开日期: 'published',
  published: 'published',
  摘要: 'summary',
  summary: 'summary',
};

/** Field → the Chinese key authors write, for messages. */
export const REPORT_LABELS: Readonly<Record<keyof ReportMeta, string>> = {
  title: '标题',
  kind: '类型',
  periods: '期间',
  session: '会议',
  date: '日期',
  presenter: '报告人',
  status: '状态',
  approved: '通过日期',
  published: '公开日期',
  summary: '摘要',
};

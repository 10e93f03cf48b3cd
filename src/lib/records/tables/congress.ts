import { z } from 'zod';
import { countValue, dateValue, listValue, textValue } from '../cells.ts';
import type { RecordTable } from '../record-table.ts';
import { sessionValue, type SessionNumber } from '../session-number.ts';

export const CONGRESS_FILE = 'congress.csv';
export const RESOLUTIONS_FILE = 'resolutions.csv';

const CongressSchema = z
  .object({
    session: z.custom<SessionNumber>(),
    date: z.string(),
    due: z.number().int(),
    present: z.number().int(),
    proxy: z.number().int().default(0),
    documents: z.array(z.string()).default([]),
    notes: z.string().optional(),
    resolutionsPublishedOn: z.string().optional(),
    proposalsPublishedOn: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    for (const [key, what] of [
      ['resolutionsPublishedOn', '决议'],
      ['proposalsPublishedOn', '提案办理情况'],
    ] as const) {
      const published = c[key];
      if (published === undefined || published >= c.date) continue;
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `${what}的公开日期早于会议日期`,
        params: {
          code: 'congress.published-before-meeting',
          expected: `不早于会议日期 ${c.date}`,
          found: published,
          hint: '会议开过以后才能公开；还没有公开的请留空',
        },
      });
    }
    if (c.present + c.proxy > c.due) {
      ctx.addIssue({
        code: 'custom',
        path: ['present'],
        message: `实到代表 ${c.present} 人加委托代表 ${c.proxy} 人，多于应到代表 ${c.due} 人`,
        params: {
          code: 'congress.attendance-exceeds-due',
          expected: `实到 + 委托 ≤ 应到 ${c.due}`,
          found: `${c.present} + ${c.proxy} = ${c.present + c.proxy}`,
        },
      });
    }
  });

/**
 * One congress session (职代会 / 教代会 / 会员代表大会): attendance, documents reviewed, and
 * the days its resolutions and the handling of its proposals were disclosed (ISO; undefined
 * while not yet disclosed), which the disclosure register reads.
 */
export type CongressSession = z.output<typeof CongressSchema>;

/** congress.csv: one row per session ("七届三次"). */
export function congressTable(): RecordTable<typeof CongressSchema> {
  return {
    file: CONGRESS_FILE,
    code: 'congress',
    title: '代表大会',
    schema: CongressSchema,
    columns: {
      session: { header: '届次', aliases: ['session', '会议'], required: true, parse: sessionValue },
      date: { header: '日期', aliases: ['date', '会议日期'], required: true, parse: dateValue },
      due: {
        header: '应到代表',
        aliases: ['delegates_due', '应到人数', '代表总数'],
        required: true,
        parse: countValue,
      },
      present: {
        header: '实到代表',
        aliases: ['delegates_present', '实到人数', '出席代表'],
        required: true,
        parse: countValue,
      },
      proxy: { header: '委托代表', aliases: ['proxy', '委托人数', '委托'], required: false, parse: countValue },
      documents: { header: '审议文件', aliases: ['documents', '审议事项', '议题'], required: false, parse: listValue },
      notes: { header: '备注', aliases: ['notes'], required: false, parse: textValue('说明') },
      resolutionsPublishedOn: {
        header: '决议公开日期',
        aliases: ['resolutions_published', '公开日期', '决议公开'],
        required: false,
        parse: dateValue,
      },
      proposalsPublishedOn: {
        header: '提案办理公开日期',
        aliases: ['proposals_published', '提案公开日期', '提案办理公开'],
        required: false,
        parse: dateValue,
      },
    },
  };
}

const ResolutionSchema = z
  .object({
    session: z.custom<SessionNumber>(),
    title: z.string(),
    cast: z.number().int(),
    votesFor: z.number().int(),
    against: z.number().int(),
    abstain: z.number().int(),
  })
  .superRefine((r, ctx) => {
    const sum = r.votesFor + r.against + r.abstain;
    if (sum !== r.cast) {
      ctx.addIssue({
        code: 'custom',
        path: ['votesFor'],
        message: `赞成、反对、弃权之和 ${sum} 不等于表决票数 ${r.cast}`,
        params: {
          code: 'resolution.votes-sum',
          expected: `赞成 + 反对 + 弃权 = 表决票数 ${r.cast}`,
          found: `${r.votesFor} + ${r.against} + ${r.abstain} = ${sum}`,
        },
      });
    }
  });

/** A matter put to the vote at a session, with the votes. */
export type Resolution = z.output<typeof ResolutionSchema>;

/** resolutions.csv: one row per vote; the session must be in congress.csv. */
export function resolutionsTable(): RecordTable<typeof ResolutionSchema> {
  return {
    file: RESOLUTIONS_FILE,
    code: 'resolution',
    title: '表决事项',
    schema: ResolutionSchema,
    columns: {
      session: { header: '届次', aliases: ['session', '会议'], required: true, parse: sessionValue },
      title: {
        header: '事项',
        aliases: ['title', '表决事项', '决议'],
        required: true,
        parse: textValue('如 关于职工福利费使用办法的决议'),
      },
      cast: { header: '表决票数', aliases: ['votes_cast', '投票数', '发出票数'], required: true, parse: countValue },
      votesFor: { header: '赞成', aliases: ['for', 'votes_for', '同意'], required: true, parse: countValue },
      against: { header: '反对', aliases: ['against', 'votes_against', '不同意'], required: true, parse: countValue },
      abstain: { header: '弃权', aliases: ['abstain', 'abstentions'], required: true, parse: countValue },
    },
  };
}

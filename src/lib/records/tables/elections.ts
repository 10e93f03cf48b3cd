import { z } from 'zod';
import { choiceValue, countValue, dateValue, textValue, yesNoValue } from '../cells.ts';
import type { Choices } from '../choices.ts';
import type { RecordTable } from '../record-table.ts';
import { termValue } from '../session-number.ts';

export const ELECTIONS_FILE = 'elections.csv';

/** The bodies a grassroots union elects. */
export const COMMITTEES = {
  工会委员会: ['union committee', '委员会', '工会委员'],
  经费审查委员会: ['audit committee', '经审会', '经审委员会', '经费审查委员'],
  女职工委员会: ['women committee', '女工委员会', '女职委'],
} as const satisfies Choices<string>;

const CandidateSchema = z
  .object({
    date: z.string(),
    committee: z.enum(Object.keys(COMMITTEES) as [keyof typeof COMMITTEES]),
    term: z.number().int(),
    seats: z.number().int(),
    ballots: z.number().int(),
    candidate: z.string(),
    votes: z.number().int(),
    elected: z.boolean(),
    publishedOn: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.publishedOn !== undefined && c.publishedOn < c.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedOn'],
        message: '选举结果的公开日期早于选举日期',
        params: {
          code: 'election.published-before-date',
          expected: `不早于选举日期 ${c.date}`,
          found: c.publishedOn,
          hint: '还没有公开的请留空',
        },
      });
    }
    if (c.votes > c.ballots) {
      ctx.addIssue({
        code: 'custom',
        path: ['votes'],
        message: `候选人“${c.candidate}”的得票多于投票人数`,
        params: {
          code: 'election.votes-exceed-ballots',
          expected: `不多于投票人数 ${c.ballots}`,
          found: String(c.votes),
        },
      });
    }
    if (c.seats === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['seats'],
        message: '应选名额不能为 0',
        params: { code: 'election.no-seats', expected: '大于 0 的整数', found: '0' },
      });
    }
    if (c.elected && c.votes * 2 <= c.ballots) {
      ctx.addIssue({
        code: 'custom',
        path: ['elected'],
        message: `候选人“${c.candidate}”得票未过投票人数的半数，不能当选`,
        params: { code: 'election.no-majority', expected: `得票多于 ${c.ballots} 的一半`, found: `${c.votes} 票` },
      });
    }
  });

/** One candidate row of elections.csv: the election it belongs to and the votes received. */
export type CandidateRow = z.output<typeof CandidateSchema>;

/**
 * elections.csv: one row per candidate; rows with the same 委员会 and 届次 form one election.
 * 公开日期 (the day the result was disclosed) may be written on one row or on all of them.
 */
export function electionsTable(): RecordTable<typeof CandidateSchema> {
  return {
    file: ELECTIONS_FILE,
    code: 'election',
    title: '选举',
    schema: CandidateSchema,
    columns: {
      date: { header: '日期', aliases: ['date', '选举日期'], required: true, parse: dateValue },
      committee: {
        header: '委员会',
        aliases: ['committee', '选举机构'],
        required: true,
        parse: choiceValue(COMMITTEES),
      },
      term: { header: '届次', aliases: ['term', '届'], required: true, parse: termValue },
      seats: { header: '应选名额', aliases: ['seats', '应选人数', '名额'], required: true, parse: countValue },
      ballots: {
        header: '投票人数',
        aliases: ['ballots', '实到人数', '参加投票人数'],
        required: true,
        parse: countValue,
      },
      candidate: { header: '候选人', aliases: ['candidate', '姓名'], required: true, parse: textValue('候选人姓名') },
      votes: { header: '得票', aliases: ['votes', '得票数'], required: true, parse: countValue },
      elected: { header: '当选', aliases: ['elected', '是否当选'], required: true, parse: yesNoValue },
      publishedOn: {
        header: '公开日期',
        aliases: ['published', '结果公开日期', '公布日期'],
        required: false,
        parse: dateValue,
      },
    },
  };
}

import { z } from 'zod';
import { amountValue, choiceValue, dateValue, textValue, yesNoValue } from '../cells.ts';
import type { Choices } from '../choices.ts';
import type { RecordTable } from '../record-table.ts';
import { sessionValue, type SessionNumber } from '../session-number.ts';

export const PROPOSALS_FILE = 'proposals.csv';

/** 提案 (a delegate's motion to the congress) or 合理化建议 (a staff suggestion). */
export const PROPOSAL_KINDS = {
  提案: ['proposal', '代表提案'],
  合理化建议: ['suggestion', '建议', '意见建议'],
} as const satisfies Choices<string>;

/**
 * How far a proposal has come, in order: received → merged (into another one) → filed
 * (立案) → answered (答复) → closed (办结). A merged one goes no further; its survivor does.
 */
export const PROPOSAL_STATUSES = {
  已收到: ['received', '收到', '待处理'],
  已合并: ['merged', '合并', '并案'],
  已立案: ['filed', '立案'],
  已答复: ['answered', '答复', '已回复'],
  已办结: ['closed', '办结', '已落实'],
} as const satisfies Choices<string>;

/** A status of {@link PROPOSAL_STATUSES}. */
export type ProposalStatus = keyof typeof PROPOSAL_STATUSES;

const FILED: readonly ProposalStatus[] = ['已立案', '已答复', '已办结'];
const ANSWERED: readonly ProposalStatus[] = ['已答复', '已办结'];

/** True when the status is filed or further (answered, closed). */
export function isFiled(status: ProposalStatus): boolean {
  return FILED.includes(status);
}

const ProposalSchema = z
  .object({
    session: z.custom<SessionNumber>(),
    number: z.string(),
    kind: z.enum(Object.keys(PROPOSAL_KINDS) as [keyof typeof PROPOSAL_KINDS]),
    title: z.string(),
    category: z.string(),
    status: z.enum(Object.keys(PROPOSAL_STATUSES) as [ProposalStatus]),
    mergedInto: z.string().optional(),
    department: z.string().optional(),
    /** 提案人: the delegate (or delegates) who wrote it, as staff wrote it. */
    proposer: z.string().optional(),
    /** 代表团: the delegation the proposer belongs to (e.g. 内科代表团). */
    delegation: z.string().optional(),
    /** 答复: the answer of the 承办部门, as published. */
    reply: z.string().optional(),
    /** 答复日期: ISO date of the answer. */
    repliedOn: z.string().optional(),
    adopted: z.boolean().optional(),
    valueFen: z.number().int().optional(),
  })
  .superRefine((p, ctx) => {
    const add = (path: string, message: string, code: string, expected: string, found: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { code, expected, found } });
    if (p.status === '已合并' && p.mergedInto === undefined)
      add(
        'mergedInto',
        '状态为“已合并”，但没有写并入哪一件',
        'proposal.merge-target-missing',
        '并入的提案编号',
        '空白',
      );
    if (p.status !== '已合并' && p.mergedInto !== undefined)
      add('status', `写了并入“${p.mergedInto}”，状态却是“${p.status}”`, 'proposal.merged-status', '已合并', p.status);
    if (isFiled(p.status) && p.department === undefined)
      add('department', '已立案的提案须写明承办部门', 'proposal.no-department', '承办部门，如 人事科', '空白');
    if (p.status === '已合并' && (p.reply !== undefined || p.repliedOn !== undefined))
      add(
        p.reply !== undefined ? 'reply' : 'repliedOn',
        `已并入“${p.mergedInto ?? ''}”的提案不单独答复`,
        'proposal.merged-reply',
        '答复写在被并入的提案那一行',
        p.reply ?? p.repliedOn ?? '',
      );
    else if (p.repliedOn !== undefined && !ANSWERED.includes(p.status))
      add(
        'status',
        `写了答复日期 ${p.repliedOn}，状态却是“${p.status}”`,
        'proposal.reply-status',
        '已答复 或 已办结',
        p.status,
      );
    if (p.valueFen !== undefined && p.adopted !== true)
      add(
        'valueFen',
        '只有采纳的建议才有创造价值',
        'proposal.value-not-adopted',
        '“是否采纳”为“是”',
        p.adopted === false ? '否' : '空白',
      );
    if (p.valueFen !== undefined && p.valueFen < 0)
      add('valueFen', '“创造价值”不能为负数', 'proposal.negative-value', '不小于 0 的金额', String(p.valueFen / 100));
  });

/** One proposal or suggestion as written in proposals.csv. */
export type Proposal = z.output<typeof ProposalSchema>;

/** proposals.csv: one row per proposal received, merged ones pointing at their survivor. */
export function proposalsTable(): RecordTable<typeof ProposalSchema> {
  return {
    file: PROPOSALS_FILE,
    code: 'proposal',
    title: '提案',
    schema: ProposalSchema,
    columns: {
      session: { header: '届次', aliases: ['session', '会议'], required: true, parse: sessionValue },
      number: { header: '编号', aliases: ['number', '提案号', '序号'], required: true, parse: textValue('如 T-01') },
      kind: { header: '类型', aliases: ['kind', 'type'], required: true, parse: choiceValue(PROPOSAL_KINDS) },
      title: {
        header: '标题',
        aliases: ['title', '案由', '题目'],
        required: true,
        parse: textValue('如 关于增设职工停车位的提案'),
      },
      category: { header: '类别', aliases: ['category', '分类'], required: true, parse: textValue('如 职工福利') },
      status: {
        header: '状态',
        aliases: ['status', '办理状态'],
        required: true,
        parse: choiceValue(PROPOSAL_STATUSES),
      },
      mergedInto: {
        header: '并入',
        aliases: ['merged_into', '合并至', '并入提案'],
        required: false,
        parse: textValue('并入的提案编号'),
      },
      department: {
        header: '承办部门',
        aliases: ['department', '承办科室', '办理部门'],
        required: false,
        parse: textValue('如 人事科'),
      },
      proposer: {
        header: '提案人',
        aliases: ['proposer', '提案代表', '提出人'],
        required: false,
        parse: textValue('如 王建华、李敏'),
      },
      delegation: {
        header: '代表团',
        aliases: ['delegation', '代表组', '所在代表团'],
        required: false,
        parse: textValue('如 内科代表团'),
      },
      reply: {
        header: '答复',
        aliases: ['reply', '答复意见', '办理答复', '答复内容'],
        required: false,
        freeText: true,
        parse: textValue('如 已于 6 月增设车位 40 个'),
      },
      repliedOn: {
        header: '答复日期',
        aliases: ['reply_date', 'replied_on', '答复时间'],
        required: false,
        parse: dateValue,
      },
      adopted: { header: '是否采纳', aliases: ['adopted', '采纳'], required: false, parse: yesNoValue },
      valueFen: {
        header: '创造价值',
        aliases: ['value', '创造价值（元）', '创造价值(元)', '经济效益'],
        required: false,
        parse: amountValue,
      },
    },
  };
}

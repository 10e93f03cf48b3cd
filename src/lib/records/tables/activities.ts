import { z } from 'zod';
import type { Account, Chart } from '../../accounts/account.ts';
import { accountValue, amountValue, choiceValue, dateValue, textValue } from '../cells.ts';
import { LEVELS, type Choices } from '../choices.ts';
import { quantityValue, type Quantity } from '../quantity.ts';
import type { RecordTable } from '../record-table.ts';

export const ACTIVITIES_FILE = 'activities.csv';

/** Kinds of activity seen in union reports. */
export const ACTIVITY_CATEGORIES = {
  文体: ['sports', 'culture', '文体活动', '文艺', '体育', '文艺活动', '体育活动'],
  培训: ['training', '教育', '讲座', '职工教育', '学习'],
  竞赛: ['contest', '劳动竞赛', '技能竞赛', '劳动和技能竞赛', '比武'],
  慰问: ['visit', '走访', '走访慰问', '节日慰问'],
  女职工: ['women', '女职工工作', '女工'],
  捐款: ['donation', '献血', '爱心捐款', '公益', '捐款献血'],
  宣传: ['publicity', '宣传教育'],
  建家: ['home', '职工之家', '建家活动'],
  其他: ['other'],
} as const satisfies Choices<string>;

/** Whether an activity took place (default 已举办). Only held activities count in rollups and cost checks. */
export const ACTIVITY_STATUSES = {
  已举办: ['held', '举办', '已开展', '开展', '完成', '已完成'],
  计划: ['planned', '计划中', '拟举办', '筹备'],
  已取消: ['cancelled', 'canceled', '取消'],
} as const satisfies Choices<string>;

const ActivitySchema = z
  .object({
    date: z.string(),
    endDate: z.string().optional(),
    title: z.string(),
    category: z.enum(Object.keys(ACTIVITY_CATEGORIES) as [keyof typeof ACTIVITY_CATEGORIES]),
    organiser: z.string().optional(),
    level: z.enum(Object.keys(LEVELS) as [keyof typeof LEVELS]).default('本单位'),
    participants: z.custom<Quantity>().optional(),
    costFen: z.number().int().optional(),
    account: z.custom<Account>().optional(),
    result: z.string().optional(),
    status: z.enum(Object.keys(ACTIVITY_STATUSES) as [keyof typeof ACTIVITY_STATUSES]).default('已举办'),
  })
  .superRefine((a, ctx) => {
    if (a.endDate !== undefined && a.endDate < a.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: '结束日期早于开始日期',
        params: { code: 'activity.end-before-start', expected: `不早于 ${a.date}`, found: a.endDate },
      });
    }
    if (a.costFen !== undefined && a.costFen < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['costFen'],
        message: '“费用”不能为负数',
        params: { code: 'activity.negative-cost', expected: '不小于 0 的金额', found: String(a.costFen / 100) },
      });
    }
    if (a.costFen !== undefined && a.costFen > 0 && a.account === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['account'],
        message: '填了费用，但没有填列支的科目',
        params: {
          code: 'activity.cost-without-account',
          expected: '经费科目，如 文体活动支出',
          found: '空白',
          hint: '费用要与经费收支表中该科目的金额核对，所以必须写明科目',
        },
      });
    }
  });

/** One activity as written in activities.csv. Cost in fen; dates ISO. */
export type Activity = z.output<typeof ActivitySchema>;

/** activities.csv: one row per activity (文体, 培训, 竞赛, 慰问 …). No private column. */
export function activitiesTable(chart: Chart | readonly Chart[]): RecordTable<typeof ActivitySchema> {
  return {
    file: ACTIVITIES_FILE,
    code: 'activity',
    title: '活动',
    schema: ActivitySchema,
    columns: {
      date: { header: '日期', aliases: ['date', '开始日期', '活动日期'], required: true, parse: dateValue },
      endDate: { header: '结束日期', aliases: ['end_date', 'end'], required: false, parse: dateValue },
      title: {
        header: '名称',
        aliases: ['title', '活动名称'],
        required: true,
        parse: textValue('活动名称，如 职工羽毛球比赛'),
      },
      category: {
        header: '类别',
        aliases: ['category', '活动类别'],
        required: true,
        parse: choiceValue(ACTIVITY_CATEGORIES),
      },
      organiser: {
        header: '组织单位',
        aliases: ['organiser', 'organizer', '主办单位', '主办'],
        required: false,
        parse: textValue('如 院工会'),
      },
      level: { header: '级别', aliases: ['level'], required: false, parse: choiceValue(LEVELS) },
      participants: {
        header: '参与人数',
        aliases: ['participants', '参加人数', '参与'],
        required: false,
        parse: quantityValue,
      },
      costFen: {
        header: '费用',
        aliases: ['cost', '费用（元）', '费用(元)', '金额'],
        required: false,
        parse: amountValue,
      },
      account: {
        header: '科目',
        aliases: ['account', '列支科目', '经费科目'],
        required: false,
        parse: accountValue(chart),
      },
      result: {
        header: '成果',
        aliases: ['result', '获奖情况', '结果', '成绩'],
        required: false,
        parse: textValue('如 团体第一名'),
      },
      status: { header: '状态', aliases: ['status'], required: false, parse: choiceValue(ACTIVITY_STATUSES) },
    },
  };
}

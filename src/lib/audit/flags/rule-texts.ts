import type { FlagRule } from './audit-line.ts';

/** Each rule's title and one sentence on how to read it, for the audit page and the guide. */
export const RULE_TEXTS: Readonly<Record<FlagRule, { title: string; reading: string }>> = {
  'split-payment': {
    title: '疑似拆分支付',
    reading: '同一科目、摘要相近的几笔支出，在规定天数内每笔都低于审批限额、合起来超过限额。',
  },
  'round-amounts': {
    title: '整数金额偏多',
    reading: '某个科目整百元的笔数占比明显高于本会其他期间。',
  },
  'weekend-holiday': {
    title: '休息日入账',
    reading: '记账日期是周末（调休上班日除外）或法定节假日的支出。',
  },
  'year-end': {
    title: '年末集中支出',
    reading: '期间最后一个月的支出达到该科目其他月份月中位数的若干倍。',
  },
  duplicate: {
    title: '疑似重复入账',
    reading: '金额、科目和摘要都相同、凭证号不同、日期相近的支出。',
  },
  'budget-over': {
    title: '预算执行偏高',
    reading: '支出预算完成率高于上限，或没有预算数却有支出。',
  },
  'budget-under': {
    title: '预算执行偏低',
    reading: '支出预算完成率低于下限。',
  },
  'no-budget': {
    title: '无预算支出',
    reading: '有支出、但预算中既没有这个科目也没有它所属类别的科目。',
  },
  'welfare-standard': {
    title: '超出福利标准',
    reading: '会员福利类支出人均每年超过工会声明的福利标准。',
  },
};

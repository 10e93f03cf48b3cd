import { formatYuan } from '../../money/format-amount.ts';
import { divideRounded } from '../../numbers/rates.ts';
import type { FlagGroup } from './audit-line.ts';

/** What the welfare rule compares. Money in fen. */
export interface WelfareFigures {
  /** Spending on the welfare accounts (会员活动支出 and its older names) in the period. */
  spentFen: number;
  /** The welfare accounts' names, for the message. */
  accounts: readonly string[];
  /** Members (会员人数) of the period. */
  members: number;
  /** Length of the period in months (12 for a year, 24 for two). */
  months: number;
  /** 福利标准: per member per year. */
  standardPerMemberFen: number;
}

/**
 * 福利标准: welfare spending per member per year above the standard the union declares
 * (会员活动支出 has limits set by the upper union). The allowance is standard × members ×
 * months / 12, rounded to the fen; flagged when spending exceeds it. Nothing without members.
 */
export function welfareFlag(figures: WelfareFigures): FlagGroup | undefined {
  if (figures.members <= 0 || figures.months <= 0) return undefined;
  const allowanceFen = divideRounded(figures.standardPerMemberFen * figures.members * figures.months, 12);
  if (figures.spentFen <= allowanceFen) return undefined;
  const perMemberYearFen = divideRounded(figures.spentFen * 12, figures.members * figures.months);
  return {
    rule: 'welfare-standard',
    summary: `${figures.accounts.join('、')}：人均每年 ${formatYuan(perMemberYearFen)} 元`,
    detail: `支出 ${formatYuan(figures.spentFen)} 元，按福利标准每人每年 ${formatYuan(figures.standardPerMemberFen)} 元、会员 ${figures.members} 人、${figures.months} 个月计，上限为 ${formatYuan(allowanceFen)} 元；请对照上级工会的规定看超出的部分`,
    lines: [],
  };
}

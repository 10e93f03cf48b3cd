import { BENFORD_MIN_LINES, type AuditThresholds } from '../../audit/flags/thresholds.ts';
import { FLAG_RULES, ruleApplies } from '../../audit/flags/audit-line.ts';
import type { PeriodFlags } from '../../audit/flags/period-flags.ts';
import { RULE_TEXTS } from '../../audit/flags/rule-texts.ts';
import { formatYuan } from '../../money/format-amount.ts';
import { formatPercent } from '../../numbers/rates.ts';
import { formatShare } from '../../shares/largest-remainder.ts';

/** The thresholds as the page states them, one sentence each. */
export function thresholdTexts(t: AuditThresholds): string[] {
  return [
    `审批限额 ${formatYuan(t.approvalLimitFen)} 元，拆分天数 ${t.splitDays} 天`,
    `重复入账相隔不超过 ${t.duplicateDays} 天`,
    `年末集中：最后一个月达到月中位数的 ${t.yearEndFactorTenths / 10} 倍`,
    `预算执行：高于 ${formatPercent(t.budgetUpperBp)} 或低于 ${formatPercent(t.budgetLowerBp)}`,
    t.welfarePerMemberFen === undefined
      ? '福利标准：未声明，不核对'
      : `福利标准：每人每年 ${formatYuan(t.welfarePerMemberFen)} 元`,
  ];
}

/**
 * The 疑点提示 section of an audit page: every rule with its count (0 included, so the
 * reader sees what was looked at), each group with its lines linked to the ledger, the
 * incompleteness note, the thresholds, and the first-digit table when there is one.
 * `linePath(line)` is the path of a fund line on the ledger pages (relative to the site root).
 *
 * `listed` (the screen page) lists at most `listed.groups` groups of each rule, and at most
 * `listed.lines` lines of each group, and says how many more there are, linking to
 * `listed.fullList(rule)` (the 审计资料包, which lists every one): a synthetic or badly kept
 * ledger can raise a thousand places, or one place of a thousand lines, which would make the
 * page megabytes long on a phone. Counts always cover every group and every line.
 */
export function flagsView(
  flags: PeriodFlags,
  thresholds: AuditThresholds,
  linePath: (line: number) => string,
  listed?: { groups: number; lines: number; fullList: (rule: string) => string },
) {
  const total = flags.groups.length;
  const rules = FLAG_RULES.map((rule) => {
    const all = flags.groups.filter((g) => g.rule === rule);
    const groups = listed ? all.slice(0, listed.groups) : all;
    const unlisted = all.length - groups.length;
    const applies = ruleApplies(rule, flags.ledger);
    return {
      rule,
      anchor: `flag-${rule}`,
      title: RULE_TEXTS[rule].title,
      reading: RULE_TEXTS[rule].reading,
      count: all.length,
      countText: !applies ? '不适用（本期为汇总表，没有逐笔明细）' : all.length === 0 ? '未发现' : `${all.length} 处`,
      /** Groups of this rule not listed on this page (0 when every one is). */
      unlisted,
      ...(unlisted > 0 && listed
        ? {
            unlistedText: `这里列出前 ${groups.length} 处，另有 ${unlisted} 处未列出；全部 ${all.length} 处见审计资料包。`,
            fullListPath: listed.fullList(rule),
          }
        : {}),
      groups: groups.map((g) => ({
        summary: g.summary,
        detail: g.detail,
        /** Lines of this group not listed on this page (0 when every one is). */
        unlistedLines: listed ? Math.max(0, g.lines.length - listed.lines) : 0,
        ...(listed && g.lines.length > listed.lines
          ? {
              unlistedLinesText: `这里列出前 ${listed.lines} 笔，本处共 ${g.lines.length} 笔；全部见审计资料包。`,
              fullListPath: listed.fullList(rule),
            }
          : {}),
        lines: (listed ? g.lines.slice(0, listed.lines) : g.lines).map((l) => ({
          line: l.line,
          path: linePath(l.line),
          date: l.date,
          voucher: l.voucher,
          account: l.accountName,
          memo: l.memo,
          amount: formatYuan(l.fen),
        })),
      })),
    };
  });
  return {
    total,
    summary:
      total === 0
        ? '按下列规则没有发现需要留意的地方。'
        : `按下列规则共有 ${total} 处值得查看。这些只是查看的线索，不是结论。`,
    incomplete:
      flags.missingHolidayYears.length > 0
        ? `节假日表中没有 ${flags.missingHolidayYears.join('、')} 年：这些年份只核对了周六、周日，没有核对法定节假日和调休，休息日入账的提示不完整。`
        : undefined,
    thresholds: thresholdTexts(thresholds),
    rules,
    /** The rules that found something, in rule order, for the detail sections. */
    found: rules.filter((r) => r.count > 0),
    thresholdsText: `门槛：${thresholdTexts(thresholds).join('；')}。门槛可在 union.yaml 中设定。`,
    benford: flags.benford && {
      sampleSize: flags.benford.sampleSize,
      rows: flags.benford.rows.map((r) => ({
        digit: r.digit,
        count: r.count,
        share: formatShare(r.shareBp),
        expected: formatShare(r.expectedBp),
      })),
    },
    benfordNote: flags.benford
      ? `样本为本期 ${flags.benford.sampleSize} 笔非零金额。首位数字分布只说明金额的整体形态：固定标准的支出（如每人 400 元慰问）本来就会偏离本福特分布，偏离不等于有问题；样本越小，偶然偏离越大。`
      : `本期不足 ${BENFORD_MIN_LINES} 笔，不列首位数字分布（样本太小，说明不了问题）。`,
  };
}

/** The view-model of the 疑点提示 section. */
export type FlagsView = ReturnType<typeof flagsView>;

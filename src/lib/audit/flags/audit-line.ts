/**
 * One ledger line as the 疑点提示 rules see it: plain data, independent of how the fund file
 * was read. Built from a period's fund lines at the edge; the rules never look further.
 */
export interface AuditLine {
  /** 1-based physical line in the fund file; the ledger page anchors it as `#l-<line>`. */
  line: number;
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** 凭证号; may be empty when the ledger has no voucher column. */
  voucher: string;
  /** The account's code (stable key for grouping). */
  accountCode: string;
  /** The account's display name. */
  accountName: string;
  /** Whether the account records income or expense (decided by the account, never the sign). */
  kind: 'income' | 'expense';
  /** 摘要 as staff wrote it (may be empty). */
  memo: string;
  /** Amount in fen; negative for a reversal (冲销). */
  fen: number;
}

/** The rules, by stable key; the page and the guide list them in this order. */
export const FLAG_RULES = [
  'split-payment',
  'round-amounts',
  'weekend-holiday',
  'year-end',
  'duplicate',
  'budget-over',
  'budget-under',
  'no-budget',
  'welfare-standard',
] as const;

/** The key of a 疑点提示 rule. */
export type FlagRule = (typeof FLAG_RULES)[number];

/** Rules that look at single ledger lines: they need dated lines, so a summary fund file leaves them unchecked. */
export const LINE_RULES: ReadonlySet<FlagRule> = new Set([
  'split-payment',
  'round-amounts',
  'weekend-holiday',
  'year-end',
  'duplicate',
]);

/** Whether a rule could look at a period: every rule with a ledger, only the rules over totals without one. */
export function ruleApplies(rule: FlagRule, ledger: boolean): boolean {
  return ledger || !LINE_RULES.has(rule);
}

/**
 * One place to look: a group of lines (or one account's figures) that a rule picked out.
 * Worded as a place to look, never a verdict.
 */
export interface FlagGroup {
  rule: FlagRule;
  /** What the group is, in Chinese, e.g. "办公用品：3 笔，7 天内，合计 14,400.00 元". */
  summary: string;
  /** The figures behind it, in Chinese, e.g. "每笔均低于审批限额 5,000.00 元，合计超过". */
  detail: string;
  /** The lines of the group in file order (empty for rules over account totals). */
  lines: readonly AuditLine[];
}

/** Lines of a ledger in file order, only the expense ones (the rules that look at payments). */
export function expenseLines(lines: readonly AuditLine[]): AuditLine[] {
  return lines.filter((l) => l.kind === 'expense');
}

/**
 * The thresholds of the 疑点提示 rules. Each has a documented default; a union overrides it
 * in union.yaml (keys in {@link THRESHOLD_KEYS}). Money in fen, rates in basis points.
 */
export interface AuditThresholds {
  /** 审批限额: a payment above it needs approval; splits stay under it. Default 5,000.00 元. */
  approvalLimitFen: number;
  /** 拆分天数: lines this many days apart or closer may be one split payment. Default 7. */
  splitDays: number;
  /** 重复天数: the same amount and memo within this many days may be booked twice. Default 7. */
  duplicateDays: number;
  /** 预算执行上限: an expense budget line executed above it. Default 110%. */
  budgetUpperBp: number;
  /** 预算执行下限: an expense budget line executed below it. Default 50%. */
  budgetLowerBp: number;
  /** 福利标准: welfare spending per member per year the union declares; no check without it. */
  welfarePerMemberFen?: number;
  /** 年末集中倍数, in tenths: the last month's spending against the monthly median. Default 3 (30). */
  yearEndFactorTenths: number;
}

/** The defaults, used for every key union.yaml does not set. */
export const DEFAULT_THRESHOLDS: Readonly<AuditThresholds> = {
  approvalLimitFen: 500_000,
  splitDays: 7,
  duplicateDays: 7,
  budgetUpperBp: 11_000,
  budgetLowerBp: 5_000,
  yearEndFactorTenths: 30,
};

/**
 * Round amounts (整数金额): multiples of 100 元. An account's share of round amounts is
 * flagged when it exceeds its share in the union's other ledger periods by at least
 * {@link ROUND_SHARE_MARGIN_BP}, over at least {@link ROUND_MIN_LINES} lines.
 */
export const ROUND_UNIT_FEN = 10_000;
/** 25 percentage points, in basis points. */
export const ROUND_SHARE_MARGIN_BP = 2_500;
/** The fewest lines of an account in a period for its round-amount share to mean anything. */
export const ROUND_MIN_LINES = 5;
/** The first-digit (Benford) table is shown only for a period with at least this many lines. */
export const BENFORD_MIN_LINES = 500;

/** The union.yaml key of each threshold (Chinese, as staff write it). */
export const THRESHOLD_KEYS: Readonly<Record<keyof AuditThresholds, string>> = {
  approvalLimitFen: '审批限额',
  splitDays: '拆分天数',
  duplicateDays: '重复天数',
  budgetUpperBp: '预算执行上限',
  budgetLowerBp: '预算执行下限',
  welfarePerMemberFen: '福利标准',
  yearEndFactorTenths: '年末集中倍数',
};

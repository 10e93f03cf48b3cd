import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { DataIssue } from '../../issues/data-issue.ts';
import { formatYuan } from '../../money/format-amount.ts';
import { parseAmount } from '../../money/parse-amount.ts';
import { formatPercent } from '../../numbers/rates.ts';
import { toHalfWidth } from '../../text/normalize-width.ts';
import { type AuditThresholds, DEFAULT_THRESHOLDS, THRESHOLD_KEYS } from './thresholds.ts';

/** The thresholds read from union.yaml, and what was wrong with the keys that were set. */
export interface ThresholdsResult {
  thresholds: AuditThresholds;
  issues: DataIssue[];
}

type Field = keyof AuditThresholds;
type Place = { line: number; column: number };
type Reader = (text: string) => { value: number } | { expected: string; negative?: true };

const FILE = 'union.yaml';

const amount: Reader = (text) => {
  const parsed = parseAmount(text);
  if (!parsed.ok) return { expected: '金额（元），如 5000 或 5,000.00' };
  if (parsed.fen <= 0) return { expected: '大于 0 的金额（元）', negative: true };
  return { value: parsed.fen };
};

const days: Reader = (text) => {
  const t = toHalfWidth(text).trim().replace(/天$/, '');
  if (/^[-−]\d+$/.test(t)) return { expected: '天数，1 到 366 之间的整数', negative: true };
  if (!/^\d{1,3}$/.test(t)) return { expected: '天数，1 到 366 之间的整数' };
  const n = Number(t);
  return n >= 1 && n <= 366 ? { value: n } : { expected: '天数，1 到 366 之间的整数' };
};

const percent: Reader = (text) => {
  const t = toHalfWidth(text).trim();
  if (/^[-−]/.test(t)) return { expected: '大于 0 的百分比，如 110%', negative: true };
  const m = /^(\d{1,4})(?:\.(\d{1,2}))?%$/.exec(t);
  if (!m) return { expected: '百分比，如 110%' };
  return { value: Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) };
};

const factor: Reader = (text) => {
  const m = /^(\d{1,3})(?:\.(\d))?倍?$/.exec(toHalfWidth(text).trim());
  const tenths = m ? Number(m[1]) * 10 + Number(m[2] ?? 0) : 0;
  return tenths > 10 ? { value: tenths } : { expected: '大于 1 的倍数，如 3 或 2.5' };
};

const READERS: Readonly<Record<Field, Reader>> = {
  approvalLimitFen: amount,
  splitDays: days,
  duplicateDays: days,
  budgetUpperBp: percent,
  budgetLowerBp: percent,
  welfarePerMemberFen: amount,
  yearEndFactorTenths: factor,
};

const FIELD_BY_KEY = new Map(Object.entries(THRESHOLD_KEYS).map(([field, key]) => [key, field as Field]));

/** Whether a union.yaml key is one of the thresholds (the union reader leaves these keys here). */
export function isThresholdKey(key: string): boolean {
  return FIELD_BY_KEY.has(key);
}

/**
 * Reads the 疑点提示 thresholds from the text of union.yaml. Keys it does not know are left
 * to the union reader; a YAML syntax error is reported there too, so this returns the
 * defaults for it. Each threshold that is not an amount (or days, or a percentage), or is
 * zero or negative, is a located issue, and its default is used meanwhile.
 */
export function readThresholds(text: string): ThresholdsResult {
  const thresholds: AuditThresholds = { ...DEFAULT_THRESHOLDS };
  const issues: DataIssue[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { thresholds, issues };
  const places: Partial<Record<Field, Place>> = {};
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const field = FIELD_BY_KEY.get(String(pair.key.value));
    if (!field) continue;
    const pos = lineCounter.linePos(pair.key.range?.[0] ?? 0);
    const place = { line: pos.line, column: pos.col };
    const raw = isScalar(pair.value) ? pair.value.value : pair.value;
    const found = raw === null || raw === undefined ? '' : String(raw);
    const result = READERS[field](found);
    if ('expected' in result) {
      issues.push({
        file: FILE,
        ...place,
        code: result.negative ? 'audit.threshold-negative' : 'audit.threshold-invalid',
        message: result.negative ? `“${THRESHOLD_KEYS[field]}”不能为零或负数` : `“${THRESHOLD_KEYS[field]}”填写有误`,
        expected: result.expected,
        found: found === '' ? '未填写' : found,
        hint: `不需要时可以删去这一行，网站会使用默认值${describeDefault(field)}`,
      });
      continue;
    }
    thresholds[field] = result.value;
    places[field] = place;
  }
  if (thresholds.budgetLowerBp >= thresholds.budgetUpperBp) {
    const place = places.budgetLowerBp ?? places.budgetUpperBp ?? { line: 1, column: 1 };
    issues.push({
      file: FILE,
      ...place,
      code: 'audit.threshold-order',
      message: '“预算执行下限”应小于“预算执行上限”',
      expected: `小于 ${formatPercent(thresholds.budgetUpperBp)}`,
      found: formatPercent(thresholds.budgetLowerBp),
    });
  }
  return { thresholds, issues };
}

function describeDefault(field: Field): string {
  switch (field) {
    case 'approvalLimitFen':
      return `（${formatYuan(DEFAULT_THRESHOLDS.approvalLimitFen)} 元）`;
    case 'splitDays':
    case 'duplicateDays':
      return `（${DEFAULT_THRESHOLDS[field]} 天）`;
    case 'budgetUpperBp':
    case 'budgetLowerBp':
      return `（${formatPercent(DEFAULT_THRESHOLDS[field])}）`;
    case 'yearEndFactorTenths':
      return `（${DEFAULT_THRESHOLDS.yearEndFactorTenths / 10} 倍）`;
    case 'welfarePerMemberFen':
      return '（不填则不核对福利标准）';
  }
}

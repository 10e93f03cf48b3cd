import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { IssueList } from '../issues/data-issue.ts';
import { isThresholdKey } from '../audit/flags/read-thresholds.ts';
import { THRESHOLD_KEYS } from '../audit/flags/thresholds.ts';
import { UNION_KEYS, UNION_LABELS, UnionSchema, type Union } from './union.ts';

export const UNION_FILE = 'union.yaml';

/** Reads union.yaml: YAML syntax, known keys, and the zod schema, with line and column. */
export function readUnion(text: string, issues: IssueList): Union | undefined {
  const file = UNION_FILE;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      issues.add({
        file,
        line: pos.line,
        column: pos.col,
        code: 'yaml.syntax',
        message: 'YAML 格式错误',
        expected: '每行“键: 值”，冒号后有一个空格',
        found: error.message.split('\n')[0] ?? error.message,
      });
    }
    return undefined;
  }
  if (!isMap(doc.contents)) {
    issues.add({
      file,
      line: 1,
      column: 1,
      code: 'union.not-a-map',
      message: '文件内容应为“键: 值”的列表',
      expected: '全称: ……',
      found: String(doc.toJS()),
    });
    return undefined;
  }
  const raw: Record<string, unknown> = {};
  const lines: Record<string, { line: number; col: number }> = {};
  for (const pair of doc.contents.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const pos = lineCounter.linePos(isScalar(keyNode) && keyNode.range ? keyNode.range[0] : 0);
    const field = UNION_KEYS[key];
    if (!field && isThresholdKey(key)) continue; // 疑点提示 thresholds: read by readThresholds
    if (!field) {
      issues.add({
        file,
        line: pos.line,
        column: pos.col,
        code: 'union.unknown-key',
        message: `不认识的键“${key}”`,
        expected: [...Object.values(UNION_LABELS), ...Object.values(THRESHOLD_KEYS)].join('、'),
        found: key,
      });
      continue;
    }
    // A plain scalar keeps the text staff typed: a phone 057188881234 would lose its 0 as a YAML number.
    const scalar = isScalar(pair.value) ? pair.value.value : pair.value;
    const value = typeof scalar === 'number' && isScalar(pair.value) ? (pair.value.source ?? scalar) : scalar;
    raw[field] = value === null || value === undefined ? undefined : String(value);
    lines[field] = pos;
  }
  const parsed = UnionSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as keyof typeof UNION_LABELS;
      const pos = lines[field] ?? { line: 1, col: 1 };
      issues.add({
        file,
        line: pos.line,
        column: pos.col,
        code: 'union.invalid',
        message: `“${UNION_LABELS[field] ?? field}”填写有误：${issue.message}`,
        expected: issue.code === 'invalid_type' ? '必填' : issue.message,
        found: raw[field] === undefined ? '未填写' : String(raw[field]),
      });
    }
    return undefined;
  }
  return parsed.data;
}

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { IssueList } from '../issues/data-issue.ts';
import { REPORT_KEYS, REPORT_LABELS, ReportMetaSchema, type ReportMeta } from './report-meta.ts';

/** A front matter field's position in the .mdx file (1-based line and column). */
export type FieldPositions = Partial<Record<keyof ReportMeta, { line: number; column: number }>>;

/** The checked front matter with the position of each field, for later messages. */
export interface ReadMeta {
  meta: ReportMeta;
  positions: FieldPositions;
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  return value === null || value === undefined ? undefined : String(value);
}

/**
 * Reads the YAML front matter of a report (`text` starts on line `firstLine` of `file`):
 * YAML syntax, known keys (Chinese or English), and the schema. Reports every problem with
 * the line and column in the .mdx file; returns undefined when the front matter is unusable.
 */
export function readReportMeta(file: string, text: string, firstLine: number, issues: IssueList): ReadMeta | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      issues.add({
        file,
        ...at(error.pos[0]),
        code: 'report.yaml',
        message: '报告信息（front matter）的 YAML 格式错误',
        expected: '每行“键: 值”，冒号后有一个空格',
        found: error.message.split('\n')[0] ?? error.message,
      });
    }
    return undefined;
  }
  if (!isMap(doc.contents)) {
    issues.add({
      file,
      line: firstLine,
      column: 1,
      code: 'report.front-matter-missing',
      message: '报告开头缺少报告信息（front matter）',
      expected: '开头几行写 标题、类型、期间、日期、状态 等，前后各有一行“---”',
      found: text.trim() === '' ? '空白' : text.split('\n')[0]!,
    });
    return undefined;
  }
  const raw: Record<string, unknown> = {};
  const positions: FieldPositions = {};
  for (const pair of doc.contents.items) {
    const key = scalarText(pair.key) ?? '';
    const keyNode = pair.key as Node | null;
    const position = at(keyNode?.range?.[0] ?? 0);
    const field = REPORT_KEYS[key];
    if (!field) {
      issues.add({
        file,
        ...position,
        code: 'report.unknown-key',
        message: `报告信息中有不认识的键“${key}”`,
        expected: Object.values(REPORT_LABELS).join('、'),
        found: key,
      });
      continue;
    }
    positions[field] = position;
    if (field === 'periods') {
      raw.periods = isSeq(pair.value)
        ? pair.value.items.map((item) => scalarText(item) ?? '')
        : [scalarText(pair.value) ?? ''].filter((p) => p !== '');
    } else {
      raw[field] = scalarText(pair.value);
    }
  }
  const parsed = ReportMetaSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'title') as keyof ReportMeta;
      const value = raw[field];
      issues.add({
        file,
        ...(positions[field] ??
          (field === 'approved' ? positions.status : undefined) ?? { line: firstLine, column: 1 }),
        code: 'report.meta-invalid',
        message: `报告信息“${REPORT_LABELS[field] ?? field}”填写有误：${issue.code === 'invalid_type' ? '必填' : issue.message}`,
        expected: issue.code === 'invalid_type' ? `填写${REPORT_LABELS[field] ?? field}` : issue.message,
        found: value === undefined ? '未填写' : Array.isArray(value) ? value.join('、') : String(value),
      });
    }
    return undefined;
  }
  return { meta: parsed.data, positions };
}

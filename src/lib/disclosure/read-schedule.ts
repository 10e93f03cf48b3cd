import { countCell, dateCell } from '../csv/cell-values.ts';
import type { ColumnSpec } from '../csv/read-table.ts';
import { readTable } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { toHalfWidth } from '../text/normalize-width.ts';
import { AUDIENCES, DISCLOSURE_KINDS, KIND_ORDER, resolveKind, type Audience } from './kinds.ts';
import { FREQUENCY_WORDS, parseDeadline, type Frequency, type ScheduleRule } from './schedule.ts';

export const SCHEDULE_FILE = 'disclosure-schedule.csv';

type Column = 'kind' | 'frequency' | 'deadline' | 'audience' | 'from' | 'noticeDays' | 'note';

export const SCHEDULE_COLUMNS: readonly ColumnSpec<Column>[] = [
  { key: 'kind', header: '类别', aliases: ['kind', '公开类别', '事项'], required: true },
  { key: 'frequency', header: '频次', aliases: ['frequency', '公开频次'], required: true },
  { key: 'deadline', header: '期限', aliases: ['deadline', '公开期限'], required: true },
  { key: 'audience', header: '公开对象', aliases: ['audience', '对象'], required: true },
  { key: 'from', header: '起始日期', aliases: ['from', '执行日期'], required: false },
  { key: 'noticeDays', header: '公示天数', aliases: ['notice_days', '公示期'], required: false },
  { key: 'note', header: '说明', aliases: ['note', '备注', '依据'], required: false },
];

function resolveFrequency(text: string): Frequency | undefined {
  const t = text.replace(/\s+/g, '').toLowerCase();
  return (Object.keys(FREQUENCY_WORDS) as Frequency[]).find((f) => FREQUENCY_WORDS[f].includes(t));
}

/**
 * Reads disclosure-schedule.csv: one rule per kind (known kind, frequency, deadline and
 * audience), with optional start date, notice length and note. Reports every bad cell
 * with its line and column and leaves that row out.
 */
export function readSchedule(text: string, issues: IssueList): ScheduleRule[] {
  const file = SCHEDULE_FILE;
  const rows = readTable(file, text, SCHEDULE_COLUMNS, issues);
  if (!rows) return [];
  const rules: ScheduleRule[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const bad = (column: Column, code: string, message: string, expected: string, hint?: string) => {
      const found = cells[column]?.text ?? '';
      issues.add({
        file,
        line,
        column: cells[column]?.column ?? 0,
        code,
        message,
        expected,
        found: found || '空白',
        ...(hint ? { hint } : {}),
      });
    };
    const kindText = toHalfWidth(cells.kind?.text ?? '');
    const kind = resolveKind(kindText);
    if (!kind)
      bad(
        'kind',
        'schedule.unknown-kind',
        `不认识的公开类别“${kindText}”`,
        KIND_ORDER.map((k) => DISCLOSURE_KINDS[k].label).join('、'),
      );
    const frequency = resolveFrequency(cells.frequency?.text ?? '');
    if (!frequency) bad('frequency', 'schedule.bad-frequency', '“频次”填写有误', '每期、每季度 或 逐项');
    const deadline = parseDeadline(toHalfWidth(cells.deadline?.text ?? ''));
    if (!deadline)
      bad(
        'deadline',
        'schedule.bad-deadline',
        '“期限”填写有误',
        '如 期末后90天、期初后60天（每季度的可写 季末后15天）',
        '天数是从期间（或季度、事项）的结束或开始之日起算的自然日',
      );
    const audienceText = (cells.audience?.text ?? '').replace(/\s+/g, '');
    const audience = (AUDIENCES as readonly string[]).includes(audienceText) ? (audienceText as Audience) : undefined;
    if (!audience) bad('audience', 'schedule.bad-audience', '“公开对象”填写有误', AUDIENCES.join('、'));
    const from = dateCell(cells.from, { file, line, header: '起始日期' }, issues, { required: false });
    const noticeDays = countCell(cells.noticeDays, { file, line, header: '公示天数' }, issues, { required: false });
    if (noticeDays === 0)
      bad('noticeDays', 'schedule.bad-notice-days', '“公示天数”至少为 1 天', '不小于 1 的整数，如 7');
    if (kind && seen.has(kind)) {
      bad(
        'kind',
        'schedule.duplicate-kind',
        `公开类别“${DISCLOSURE_KINDS[kind].label}”重复，第 ${seen.get(kind)} 行已填写`,
        '每个类别只写一行',
      );
      continue;
    }
    if (kind) seen.set(kind, line);
    if (!kind || !frequency || !deadline || !audience) continue;
    const note = cells.note?.text;
    rules.push({
      line,
      kind,
      frequency,
      ...deadline,
      audience,
      ...(from !== undefined ? { from } : {}),
      ...(noticeDays ? { noticeDays } : {}),
      ...(note ? { note } : {}),
    });
  }
  return rules;
}

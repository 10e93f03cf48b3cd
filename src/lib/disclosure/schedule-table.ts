import type { TableInput } from '../csv/read-table.ts';
import { z } from 'zod';
import type { IssueList } from '../issues/data-issue.ts';
import { dateValue, optionalTextValue } from '../records/cells.ts';
import { countCell, type CellPlace } from '../csv/cell-values.ts';
import type { Cell } from '../csv/read-table.ts';
import { readRecords, type CellParser, type RecordTable } from '../records/record-table.ts';
import { toHalfWidth } from '../text/normalize-width.ts';
import { AUDIENCES, DISCLOSURE_KINDS, KIND_ORDER, resolveKind, type Audience, type DisclosureKind } from './kinds.ts';
import { FREQUENCY_WORDS, parseDeadline, type Frequency, type ScheduleRule } from './schedule.ts';

export const SCHEDULE_FILE = 'disclosure-schedule.csv';

/** Reports a cell of the schedule that is not one of the accepted values. */
function bad(
  cell: Cell | undefined,
  place: CellPlace,
  issues: IssueList,
  problem: { code: string; message: string; expected: string; hint?: string },
): undefined {
  issues.add({
    file: place.file,
    line: place.line,
    column: cell?.column ?? 0,
    code: problem.code,
    message: problem.message,
    expected: problem.expected,
    found: cell?.text || '空白',
    ...(problem.hint ? { hint: problem.hint } : {}),
  });
  return undefined;
}

const kindValue: CellParser<DisclosureKind> = (cell, place, issues) => {
  const text = toHalfWidth(cell?.text ?? '');
  return (
    resolveKind(text) ??
    bad(cell, place, issues, {
      code: 'schedule.unknown-kind',
      message: `不认识的公开类别“${text}”`,
      expected: KIND_ORDER.map((k) => DISCLOSURE_KINDS[k].label).join('、'),
    })
  );
};

const frequencyValue: CellParser<Frequency> = (cell, place, issues) => {
  const t = (cell?.text ?? '').replace(/\s+/g, '').toLowerCase();
  return (
    (Object.keys(FREQUENCY_WORDS) as Frequency[]).find((f) => FREQUENCY_WORDS[f].includes(t)) ??
    bad(cell, place, issues, {
      code: 'schedule.bad-frequency',
      message: '“频次”填写有误',
      expected: '每期、每季度 或 逐项',
    })
  );
};

const deadlineValue: CellParser<{ anchor: 'start' | 'end'; days: number }> = (cell, place, issues) =>
  parseDeadline(toHalfWidth(cell?.text ?? '')) ??
  bad(cell, place, issues, {
    code: 'schedule.bad-deadline',
    message: '“期限”填写有误',
    expected: '如 期末后90天、期初后60天（每季度的可写 季末后15天）',
    hint: '天数是从期间（或季度、事项）的结束或开始之日起算的自然日',
  });

const audienceValue: CellParser<Audience> = (cell, place, issues) => {
  const text = (cell?.text ?? '').replace(/\s+/g, '');
  if ((AUDIENCES as readonly string[]).includes(text)) return text as Audience;
  return bad(cell, place, issues, {
    code: 'schedule.bad-audience',
    message: '“公开对象”填写有误',
    expected: AUDIENCES.join('、'),
  });
};

/** 公示天数: a whole number of days, at least 1. */
const noticeDaysValue: CellParser<number> = (cell, place, issues) => {
  const days = countCell(cell, place, issues, { required: false });
  if (days !== 0) return days;
  return bad(cell, place, issues, {
    code: 'schedule.bad-notice-days',
    message: '“公示天数”至少为 1 天',
    expected: '不小于 1 的整数，如 7',
  });
};

const ScheduleSchema = z.object({
  kind: z.enum(KIND_ORDER as [DisclosureKind, ...DisclosureKind[]]),
  frequency: z.enum(Object.keys(FREQUENCY_WORDS) as [Frequency, ...Frequency[]]),
  deadline: z.object({ anchor: z.enum(['start', 'end']), days: z.number().int().nonnegative() }),
  audience: z.enum(AUDIENCES),
  from: z.string().optional(),
  noticeDays: z.number().int().positive().optional(),
  note: z.string().optional(),
});

/**
 * disclosure-schedule.csv: one rule per kind (known kind, frequency, deadline and audience),
 * with optional start date, notice length and note. A bad optional cell is reported and
 * the rule kept without it; a repeated kind is reported even on a row with other problems.
 */
export const scheduleTable: RecordTable<typeof ScheduleSchema> = {
  file: SCHEDULE_FILE,
  code: 'schedule',
  title: '公开规则',
  schema: ScheduleSchema,
  columns: {
    kind: { header: '类别', aliases: ['kind', '公开类别', '事项'], required: true, parse: kindValue },
    frequency: { header: '频次', aliases: ['frequency', '公开频次'], required: true, parse: frequencyValue },
    deadline: { header: '期限', aliases: ['deadline', '公开期限'], required: true, parse: deadlineValue },
    audience: { header: '公开对象', aliases: ['audience', '对象'], required: true, parse: audienceValue },
    from: { header: '起始日期', aliases: ['from', '执行日期'], required: false, keepRow: true, parse: dateValue },
    noticeDays: {
      header: '公示天数',
      aliases: ['notice_days', '公示期'],
      required: false,
      keepRow: true,
      parse: noticeDaysValue,
    },
    note: { header: '说明', aliases: ['note', '备注', '依据'], required: false, parse: optionalTextValue },
  },
  unique: {
    key: 'kind',
    code: 'schedule.duplicate-kind',
    message: (kind, line) => `公开类别“${DISCLOSURE_KINDS[kind as DisclosureKind].label}”重复，第 ${line} 行已填写`,
    expected: '每个类别只写一行',
    evenOnDroppedRows: true,
  },
};

/** Reads disclosure-schedule.csv by its declaration: one rule per usable row, in file order. */
export function readSchedule(text: TableInput, issues: IssueList): ScheduleRule[] {
  return readRecords(scheduleTable, text, issues).map(({ line, value }) => {
    const { kind, frequency, deadline, audience, from, noticeDays, note } = value;
    return {
      line,
      kind,
      frequency,
      ...deadline,
      audience,
      ...(from !== undefined ? { from } : {}),
      ...(noticeDays ? { noticeDays } : {}),
      ...(note ? { note } : {}),
    };
  });
}

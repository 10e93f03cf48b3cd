import { headerKey } from '../csv/read-table.ts';
import { addDays } from '../dates/calendar.ts';
import { formatYuan } from '../money/format-amount.ts';
import type { Period } from './period.ts';
import { PERIOD_COLUMNS } from './read-periods.ts';

/** The periods.csv row of a new period, and what it was made from. */
export interface NewPeriod {
  id: string;
  label: string;
  start: string;
  end: string;
  /** 期初结余 in fen: the previous period's computed closing balance. */
  openingFen: number;
}

/** Why a new period cannot be added, in Chinese. */
export type NewPeriodResult = { ok: true; period: NewPeriod } | { ok: false; message: string };

const ID = /^[A-Za-z0-9_-]+$/;
const YEAR = /^\d{4}$/;

/**
 * The period that follows the last one of periods.csv: it starts the day after the last
 * ends and lasts a year (a calendar year when the id is a year: "2025" → 2025-01-01 to
 * 2025-12-31, labelled 2025年度); its opening balance is the last period's closing balance
 * `lastClosingFen`. Refuses an id that is taken or not file-name safe, and a year id that
 * does not start where the last period ends.
 */
export function planNewPeriod(id: string, periods: readonly Period[], lastClosingFen: number): NewPeriodResult {
  if (!ID.test(id)) return { ok: false, message: `期间编号“${id}”只能由字母、数字、- 和 _ 组成，如 2025` };
  if (periods.some((p) => p.id === id))
    return { ok: false, message: `periods.csv 中已有期间“${id}”，没有修改任何文件` };
  const last = periods.at(-1);
  if (!last) return { ok: false, message: 'periods.csv 中还没有期间：第一个期间请手工填写（需要期初结余）' };
  const start = addDays(last.end, 1);
  if (YEAR.test(id) && start !== `${id}-01-01`) {
    return {
      ok: false,
      message: `上一期间“${last.id}”结束于 ${last.end}，新期间应从 ${start} 开始，与编号“${id}”（${id}-01-01 开始）不符`,
    };
  }
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  const anniversary = `${String(year + 1).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(month === 2 && day === 29 ? 28 : day).padStart(2, '0')}`;
  const end = addDays(anniversary, -1);
  const label = YEAR.test(id) ? `${id}年度` : id;
  return { ok: true, period: { id, label, start, end, openingFen: lastClosingFen } };
}

/**
 * The CSV row of a new period with its fields in the order of periods.csv's header
 * `headerFields` (empty fields for the columns it leaves to staff: 期末结余, 公开日期).
 */
export function newPeriodRow(headerFields: readonly string[], period: NewPeriod): string {
  const values: Record<string, string> = {
    id: period.id,
    label: period.label,
    start: period.start,
    end: period.end,
    opening: formatYuan(period.openingFen).replaceAll(',', ''),
  };
  const keyOf = new Map<string, string>();
  for (const column of PERIOD_COLUMNS) {
    for (const name of [column.header, ...column.aliases]) keyOf.set(headerKey(name), column.key);
  }
  return headerFields.map((field) => values[keyOf.get(headerKey(field)) ?? ''] ?? '').join(',');
}

import { formatYuan } from '../../money/format-amount.ts';
import type { DayKind, HolidayCalendar } from '../holidays/day-kind.ts';
import type { AuditLine, FlagGroup } from './audit-line.ts';

/** The weekend and holiday flags of a period, and the years the holiday table lacks. */
export interface WeekendHolidayResult {
  groups: FlagGroup[];
  /**
   * Calendar years of the period with no holiday notice in the table, ascending. For those
   * years only Saturdays and Sundays are flagged; holidays and 调休 working days are not known,
   * so the flags are incomplete and the page says so.
   */
  missingYears: number[];
}

/** How a rest day is named in a flag (the holiday, the weekday), or null for a working day. */
function restDayLabel(day: DayKind): string | null {
  if (day.kind === 'holiday') return day.name;
  if (day.kind === 'weekend') return day.weekday;
  return day.kind === 'unknown-year' && day.weekend ? '周末（未核对调休）' : null;
}

/**
 * 节假日入账: expense lines dated on a Saturday or Sunday that is not a 调休 working day, or
 * on a public holiday, one group per date in date order. `years` are the calendar years
 * the period spans (from its start and end dates), checked against the table.
 */
export function weekendHolidayLines(
  lines: readonly AuditLine[],
  calendar: HolidayCalendar,
  years: readonly number[],
): WeekendHolidayResult {
  const byDate = new Map<string, { label: string; lines: AuditLine[] }>();
  // A ledger has many lines a day: each date is looked up once (null: a working day).
  const labels = new Map<string, string | null>();
  for (const line of lines) {
    if (line.kind !== 'expense') continue;
    let label = labels.get(line.date);
    if (label === undefined) labels.set(line.date, (label = restDayLabel(calendar.kindOf(line.date))));
    if (label === null) continue;
    const entry = byDate.get(line.date);
    if (entry) entry.lines.push(line);
    else byDate.set(line.date, { label, lines: [line] });
  }
  const groups = [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, { label, lines: dayLines }]): FlagGroup => {
      const totalFen = dayLines.reduce((sum, l) => sum + l.fen, 0);
      return {
        rule: 'weekend-holiday',
        summary: `${date}（${label}）：${dayLines.length} 笔，合计 ${formatYuan(totalFen)} 元`,
        detail: '记账日期是休息日；请看凭证上的业务日期和审批是否相符（节日慰问、活动当天支付等也会在休息日发生）',
        lines: dayLines,
      };
    });
  const missingYears = [...new Set(years)].filter((y) => !calendar.covers(y)).sort((a, b) => a - b);
  return { groups, missingYears };
}

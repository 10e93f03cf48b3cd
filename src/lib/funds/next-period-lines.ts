import type { DataIssue } from '../issues/data-issue.ts';
import { addDays, compareIso } from '../dates/calendar.ts';
import type { Period } from '../periods/period.ts';
import type { FundLine } from './fund-line.ts';

/** How many days before a period's end a line is "in its last days" (the last week). */
export const LAST_DAYS = 7;

const CHINESE_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** What in a line points at the time after `end`: a later year in its voucher or memo, or the next month in its memo. */
function pointsPast(line: FundLine, end: string): string | undefined {
  const endYear = Number(end.slice(0, 4));
  const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
  const voucherYear = line.voucher ? year.exec(line.voucher) : null;
  if (voucherYear && Number(voucherYear[1]) > endYear) return `凭证号“${line.voucher}”是 ${voucherYear[1]} 年的`;
  const memo = line.memo ?? '';
  const memoYear = /(?<!\d)((?:19|20)\d{2})\s*年/.exec(memo);
  if (memoYear && Number(memoYear[1]) > endYear) return `摘要写的是 ${memoYear[1]} 年`;
  const next = (Number(end.slice(5, 7)) % 12) + 1;
  const month = new RegExp(`(?<![\\d十])(${next}|${CHINESE_MONTHS[next - 1]})\\s*月(?!份?以前)`);
  // "12月" contains no match for next = 1 thanks to the look-behind; "11月" neither.
  const named = month.exec(memo);
  if (named && !memo.includes(`${end.slice(5, 7).replace(/^0/, '')}月`)) return `摘要写的是${named[1]}月`;
  return undefined;
}

/**
 * 提醒 for lines dated in the last {@link LAST_DAYS} days of `period` whose voucher or memo
 * point at the next period ("记-2025-0001", "2025年", "1月职工生日蛋糕卡" dated 2024-12-29):
 * often a payment of the next period booked early, or an entry dated by mistake. Not an
 * error: a December payment for January is sometimes right; staff decide. One 提醒 per
 * line, in file order.
 */
export function nextPeriodLineReminders(file: string, period: Period, lines: readonly FundLine[]): DataIssue[] {
  const from = addDays(period.end, -(LAST_DAYS - 1));
  const reminders: DataIssue[] = [];
  for (const line of lines) {
    if (!line.date || compareIso(line.date, from) < 0 || compareIso(line.date, period.end) > 0) continue;
    const why = pointsPast(line, period.end);
    if (!why) continue;
    reminders.push({
      file,
      line: line.line,
      column: line.columns.date,
      code: 'remind.next-period-line',
      message: `第 ${line.line} 行日期为 ${line.date}（期间“${period.label}”的最后几天），${why}：是否属于下一期间？`,
      hint: '属于下一期间的收支，请改到下一期间的经费文件并按实际日期记账；确实应记本期的，可以不改',
    });
  }
  return reminders;
}

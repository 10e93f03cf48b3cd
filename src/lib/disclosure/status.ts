import { compareIso, daysInclusive } from '../dates/calendar.ts';

/**
 * Where an item stands on a given day:
 * - 'published' (已公开): disclosed on or before that day (and, for a notice, not past its end);
 * - 'due' (待公开): not disclosed yet, and its deadline (if any) has not passed;
 * - 'overdue' (逾期未公开): not disclosed, and the deadline has passed;
 * - 'expired' (公示期满): a notice disclosed earlier whose end date has passed.
 */
export type DisclosureStatus = 'published' | 'due' | 'overdue' | 'expired';

/** The Chinese word for each status, as readers see it. */
export const STATUS_LABELS: Readonly<Record<DisclosureStatus, string>> = {
  published: '已公开',
  due: '待公开',
  overdue: '逾期未公开',
  expired: '公示期满',
};

/** The status and how late or how early, in days. */
export interface StatusResult {
  status: DisclosureStatus;
  /**
   * Days late: for 'published'/'expired', days the disclosure came after the deadline (0 when
   * on time); for 'overdue', days past the deadline as of the build date; otherwise 0.
   */
  lateDays: number;
  /** For 'due' with a deadline: days left until it, 0 on the deadline day itself. */
  daysLeft?: number;
}

/** Days from `earlier` to `later` (0 on the same day); both ISO dates, later ≥ earlier. */
function daysAfter(later: string, earlier: string): number {
  return daysInclusive(earlier, later) - 1;
}

/**
 * The status of an item on `asOf` (the build date). A disclosure date after `asOf` counts
 * as not yet disclosed. The deadline day itself is on time; a notice is current through
 * its end date and expired from the day after. All dates are ISO "YYYY-MM-DD".
 */
export function disclosureStatus(
  item: { publishedOn?: string; endsOn?: string; deadline?: string },
  asOf: string,
): StatusResult {
  const { publishedOn, endsOn, deadline } = item;
  if (publishedOn !== undefined && compareIso(publishedOn, asOf) <= 0) {
    const lateDays =
      deadline !== undefined && compareIso(publishedOn, deadline) > 0 ? daysAfter(publishedOn, deadline) : 0;
    const expired = endsOn !== undefined && compareIso(endsOn, asOf) < 0;
    return { status: expired ? 'expired' : 'published', lateDays };
  }
  if (deadline !== undefined && compareIso(asOf, deadline) > 0) {
    return { status: 'overdue', lateDays: daysAfter(asOf, deadline) };
  }
  return deadline === undefined
    ? { status: 'due', lateDays: 0 }
    : { status: 'due', lateDays: 0, daysLeft: daysAfter(deadline, asOf) };
}

import { addDays, daysInMonth } from '../dates/calendar.ts';
import { divideRounded } from '../numbers/rates.ts';
import type { Period } from '../periods/period.ts';
import { QUANTITY_UNITS, sumQuantities, type Quantity, type QuantityUnit } from './quantity.ts';
import type { Activity } from './tables/activities.ts';

/** Participants counted in one unit, with the cost of the activities that have both. */
export interface ParticipantTotal {
  unit: QuantityUnit;
  /** Sum over held activities counted in this unit (qualifier per sumQuantities). */
  total: Quantity;
  /** Cost (fen) of the activities in this unit that state a cost. */
  costedFen: number;
  /** Participants of those same activities. */
  costedCount: number;
  /**
   * costedFen ÷ costedCount, rounded; only for people (人, 人次), null for other units
   * (a cost per 支队 or per 科室 says little) and when none has both a cost and participants.
   */
  costPerParticipantFen: number | null;
}

const PER_PERSON = new Set<QuantityUnit>(['人', '人次']);

/** Rollup of a set of activities: only held ones are counted. */
export interface ActivityRollup {
  /** Held activities. */
  count: number;
  /** One entry per unit in use (人, 人次, 户 …), never added across units. */
  participants: ParticipantTotal[];
  /** Total cost of held activities, fen. */
  costFen: number;
}

/** Only the activities that took place. */
export function heldActivities<T extends Pick<Activity, 'status'>>(activities: readonly T[]): T[] {
  return activities.filter((a) => a.status === '已举办');
}

/** Counts, participants per unit and cost of the held activities among `activities`. */
export function rollupActivities(activities: readonly Activity[]): ActivityRollup {
  const held = heldActivities(activities);
  const participants = QUANTITY_UNITS.flatMap((unit) => {
    const inUnit = held.filter((a) => a.participants?.unit === unit);
    if (inUnit.length === 0) return [];
    const costed = inUnit.filter((a) => a.costFen !== undefined && a.costFen > 0);
    const costedFen = costed.reduce((sum, a) => sum + a.costFen!, 0);
    const costedCount = costed.reduce((sum, a) => sum + a.participants!.count, 0);
    return [
      {
        unit,
        total: sumQuantities(
          inUnit.map((a) => a.participants!),
          unit,
        ),
        costedFen,
        costedCount,
        costPerParticipantFen: PER_PERSON.has(unit) && costedCount > 0 ? divideRounded(costedFen, costedCount) : null,
      },
    ];
  });
  return { count: held.length, participants, costFen: held.reduce((sum, a) => sum + (a.costFen ?? 0), 0) };
}

/** The number of held activities, optionally of one category: a figure for reports. */
export function countHeldActivities(activities: readonly Activity[], category?: Activity['category']): number {
  return heldActivities(activities).filter((a) => category === undefined || a.category === category).length;
}

/** Participants of held activities in one unit (人 or 人次 …), or undefined when none is counted in it. */
export function participantsIn(activities: readonly Activity[], unit: QuantityUnit): Quantity | undefined {
  return rollupActivities(activities).participants.find((p) => p.unit === unit)?.total;
}

/** Rollups per category, in the given order, leaving out categories without activities. */
export function rollupByCategory(
  activities: readonly Activity[],
  order: readonly Activity['category'][],
): (ActivityRollup & { category: Activity['category'] })[] {
  return order.flatMap((category) => {
    const list = activities.filter((a) => a.category === category);
    return list.length ? [{ category, ...rollupActivities(list) }] : [];
  });
}

/** One month of a timeline: "2022-03" with the held activities starting in it. */
export interface TimelineMonth {
  month: string;
  count: number;
  costFen: number;
}

/** Every month of the period, in order, with the held activities that start in it (empty months included). */
export function monthlyTimeline(
  activities: readonly Activity[],
  period: Pick<Period, 'start' | 'end'>,
): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  let day = `${period.start.slice(0, 7)}-01`;
  while (day <= period.end) {
    const month = day.slice(0, 7);
    const list = heldActivities(activities).filter(
      (a) => a.date.startsWith(month) && a.date >= period.start && a.date <= period.end,
    );
    months.push({ month, count: list.length, costFen: list.reduce((sum, a) => sum + (a.costFen ?? 0), 0) });
    const [year, m] = month.split('-').map(Number) as [number, number];
    day = addDays(day, daysInMonth(year, m));
  }
  return months;
}

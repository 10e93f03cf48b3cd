import type { IssueList } from '../issues/data-issue.ts';
import { formatYuan } from '../money/format-amount.ts';
import { divideRounded } from '../numbers/rates.ts';
import type { Period } from '../periods/period.ts';
import { largestRemainder } from '../shares/largest-remainder.ts';
import { periodOf } from './period-of.ts';
import { DEFAULT_MIN_GROUP_SIZE, suppressSmallGroups } from '../privacy/min-group-size.ts';
import type { RecordRow, RecordTable } from './record-table.ts';
import { AID_FILE, type Aid } from './tables/aid.ts';

/** Aid of one kind (category, occasion or source): 人次, amount, share of the amount, average. */
export interface AidGroup {
  label: string;
  /** Payments (人次). */
  count: number;
  fen: number;
  /** fen ÷ the period's total, basis points; the groups of one breakdown sum to 10000. */
  shareBp: number;
  /** fen ÷ count, rounded half away from zero. */
  averageFen: number;
  /**
   * Set on the one group that merges the groups of fewer than the minimum group size with
   * the complementary ones (see suppressSmallGroups): how many groups it holds. Its label
   * is MERGED_GROUP_LABEL; the merged groups are not named.
   */
  merged?: number;
}

/** The label of the merged group of a breakdown. */
export const MERGED_GROUP_LABEL = '其他（合并列示）';

/** What the site shows of a period's aid: aggregates only, never a person. */
export interface AidPeriodSummary {
  periodId: string;
  periodLabel: string;
  /** Payments (人次). */
  count: number;
  /** Different recipients (人), counted inside the loader. */
  people: number;
  fen: number;
  averageFen: number;
  byCategory: AidGroup[];
  byOccasion: AidGroup[];
  bySource: AidGroup[];
  /**
   * The period has aid for fewer people than the minimum group size: none of its figures
   * is published (count, people, fen and average are 0, the breakdowns empty).
   */
  hidden?: true;
  /** Categories merged into MERGED_GROUP_LABEL (their figures may not be cited on their own). */
  hiddenCategories: string[];
  /** The minimum group size (人) applied. */
  minGroupSize: number;
}

function groups(
  rows: readonly Aid[],
  key: (a: Aid) => string,
  minGroupSize: number,
  order?: readonly string[],
): { groups: AidGroup[]; hidden: string[] } {
  const map = new Map<string, { label: string; count: number; fen: number; members: Set<string> }>();
  for (const a of rows) {
    const label = key(a);
    const g = map.get(label) ?? { label, count: 0, fen: 0, members: new Set<string>() };
    g.count += 1;
    g.fen += a.amountFen;
    g.members.add(a.recipient);
    map.set(label, g);
  }
  const list = [...map.values()];
  list.sort((a, b) => (order ? order.indexOf(a.label) - order.indexOf(b.label) : 0) || b.fen - a.fen);
  const { shown, hidden } = suppressSmallGroups(list, minGroupSize);
  const out: Omit<AidGroup, 'shareBp' | 'averageFen'>[] = shown.map(({ label, count, fen }) => ({ label, count, fen }));
  if (hidden.length > 0) {
    out.push({
      label: MERGED_GROUP_LABEL,
      count: hidden.reduce((n, h) => n + h.group.count, 0),
      fen: hidden.reduce((n, h) => n + h.group.fen, 0),
      merged: hidden.length,
    });
  }
  const shares = largestRemainder(out.map((g) => g.fen));
  return {
    groups: out.map((g, i) => ({ ...g, shareBp: shares[i]!, averageFen: divideRounded(g.fen, g.count) })),
    hidden: hidden.map((h) => h.group.label),
  };
}

/**
 * Aggregates aid per period (人次, people, totals, averages, by category, occasion and
 * source). A payment dated outside every period is reported and left out. Groups of fewer
 * than `minGroupSize` different people are merged (with complementary groups) so that no
 * published figure describes fewer people; a period with fewer people publishes no figure.
 */
export function summariseAid(
  rows: readonly RecordRow<Aid>[],
  periods: readonly Period[],
  categoryOrder: readonly string[],
  issues: IssueList,
  minGroupSize: number = DEFAULT_MIN_GROUP_SIZE,
): AidPeriodSummary[] {
  const perPeriod = new Map<string, Aid[]>();
  for (const row of rows) {
    const period = periodOf(row.value.date, periods);
    if (!period) {
      issues.add({
        file: AID_FILE,
        line: row.line,
        column: row.columns.date ?? 0,
        code: 'aid.outside-periods',
        message: '日期不在任何期间之内',
        expected: periods.length ? `${periods[0]!.start} 至 ${periods.at(-1)!.end} 之间` : 'periods.csv 中某个期间之内',
        found: row.value.date,
      });
      continue;
    }
    // Appended in place: copying the period's list for every row made this loop quadratic
    // (310,000 rows took minutes).
    const list = perPeriod.get(period.id);
    if (list) list.push(row.value);
    else perPeriod.set(period.id, [row.value]);
  }
  return periods.flatMap((p): AidPeriodSummary[] => {
    const list = perPeriod.get(p.id);
    if (!list) return [];
    const fen = list.reduce((sum, a) => sum + a.amountFen, 0);
    const people = new Set(list.map((a) => a.recipient)).size;
    const base = { periodId: p.id, periodLabel: p.label, minGroupSize };
    if (people < minGroupSize) {
      return [
        {
          ...base,
          count: 0,
          people: 0,
          fen: 0,
          averageFen: 0,
          byCategory: [],
          byOccasion: [],
          bySource: [],
          hidden: true,
          hiddenCategories: [],
        },
      ];
    }
    const byCategory = groups(list, (a) => a.category, minGroupSize, categoryOrder);
    return [
      {
        ...base,
        count: list.length,
        people,
        fen,
        averageFen: divideRounded(fen, list.length),
        byCategory: byCategory.groups,
        byOccasion: groups(list, (a) => a.occasion, minGroupSize).groups,
        bySource: groups(list, (a) => a.source, minGroupSize).groups,
        hiddenCategories: byCategory.hidden,
      },
    ];
  });
}

/** A time-limited public notice (公示) of recipients: masked, shown until `until` (inclusive). */
export interface AidNotice {
  until: string;
  occasion: string;
  /** The columns shown: public ones, and private ones that declare a mask. */
  headers: string[];
  /** One row per payment, cells already formatted (money as 1,234.00; field names ending in Fen are money). */
  rows: string[][];
  count: number;
  fen: number;
}

/**
 * The notices open on `buildDate` (ISO): payments made on or before it whose 公示截止 is
 * on or after it, grouped by end date and occasion. Which columns appear is decided by the table's
 * declaration alone: public columns as they are, private columns only through their mask,
 * other private columns not at all. Without a build date no notice is shown.
 */
export function openNotices(
  table: RecordTable,
  rows: readonly RecordRow<Aid>[],
  buildDate: string | undefined,
): AidNotice[] {
  if (buildDate === undefined) return [];
  const shown = Object.entries(table.columns).filter(([key, c]) => key !== 'noticeUntil' && (!c.private || c.mask));
  const notices = new Map<string, AidNotice>();
  for (const { value } of rows) {
    if (value.noticeUntil === undefined || value.noticeUntil < buildDate || value.date > buildDate) continue;
    const key = `${value.noticeUntil}\u0000${value.occasion}`;
    const notice = notices.get(key) ?? {
      until: value.noticeUntil,
      occasion: value.occasion,
      headers: shown.map(([, c]) => c.header),
      rows: [],
      count: 0,
      fen: 0,
    };
    notices.set(key, notice);
    notice.rows.push(
      shown.map(([key, c]) => {
        const cell = (value as Record<string, unknown>)[key];
        if (cell === undefined) return '';
        const text = key.endsWith('Fen') ? formatYuan(Number(cell)) : String(cell);
        return c.private && c.mask ? c.mask(text) : text;
      }),
    );
    notice.count += 1;
    notice.fen += value.amountFen;
  }
  return [...notices.values()].sort((a, b) =>
    a.until < b.until ? -1 : a.until > b.until ? 1 : a.occasion < b.occasion ? -1 : 1,
  );
}

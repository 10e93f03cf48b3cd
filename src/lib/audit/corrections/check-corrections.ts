import type { DataIssue } from '../../issues/data-issue.ts';
import { formatYuan } from '../../money/format-amount.ts';
import type { RecordRow } from '../../records/record-table.ts';
import { type Correction, CORRECTIONS_FILE } from './corrections-table.ts';
import { compareFigures, describeChange, type FigureChange, type PeriodFigures } from './period-figures.ts';
import { type RecordedFile, recordedPath } from './recorded-figures.ts';

/** A period as the correction check sees it: its id and label, its figures when they are sound. */
export interface PeriodInput {
  id: string;
  label: string;
  /** The current figures; absent when the period's data has errors (nothing is compared then). */
  figures?: PeriodFigures;
}

/** A later period whose opening (and so its closing) moved because an earlier closing was restated. */
export interface CarriedChange {
  periodId: string;
  periodLabel: string;
  openingBeforeFen: number;
  openingAfterFen: number;
  closingBeforeFen: number;
  closingAfterFen: number;
}

/** One correction with the figures it changed, for the statement's box and the audit page. */
export interface CorrectionView {
  periodId: string;
  periodLabel: string;
  /** ISO date of the correction. */
  date: string;
  reason: string;
  handler: string;
  /** The publication it corrects (ISO date of the recording before it). */
  correctsRecordOf: string;
  /** Each figure that changed, before → after; empty if the correction changed no figure. */
  changes: FigureChange[];
  /** Later periods whose opening carried the restated closing (the chain), in period order. */
  carried: CarriedChange[];
}

/** What the check finds: every correction with its changes, and what stops the build. */
export interface CorrectionsResult {
  /** Every correction, by period order then date. */
  corrections: CorrectionView[];
  /** Periods whose figures moved only because an earlier closing was restated (no entry needed). */
  carried: CarriedChange[];
  issues: DataIssue[];
}

/** Only the opening and the closing moved, by the same amount: a restated earlier closing carried forward. */
function carriedOnly(changes: readonly FigureChange[]): number | undefined {
  const labels = changes.map((c) => c.label).join(',');
  if (labels !== '期初结余,期末结余') return undefined;
  const [opening, closing] = changes as [FigureChange, FigureChange];
  const delta = opening.afterFen - opening.beforeFen;
  return delta === closing.afterFen - closing.beforeFen ? delta : undefined;
}

/**
 * The rule for published figures. For each period with recorded figures (data/published/),
 * the current figures must equal the latest recording, unless corrections.csv has an entry
 * for the period dated after that recording, or only the opening and closing moved by the
 * same amount right after a period whose closing moved (the restated closing carried on).
 * An entry naming an unknown period, a period never published, or dated on or before the
 * first publication is an error too. Each entry's before → after is the recording before
 * its date against the next recording on or after it (or the current figures).
 */
export function checkCorrections(
  periods: readonly PeriodInput[],
  recorded: ReadonlyMap<string, RecordedFile>,
  entries: readonly RecordRow<Correction>[],
): CorrectionsResult {
  const issues: DataIssue[] = [];
  const corrections: CorrectionView[] = [];
  const carried: CarriedChange[] = [];
  const known = new Map(periods.map((p) => [p.id, p]));
  for (const entry of entries) {
    const e = entry.value;
    const place = { file: CORRECTIONS_FILE, line: entry.line };
    if (!known.has(e.periodId)) {
      issues.push({
        ...place,
        column: entry.columns.periodId ?? 1,
        code: 'correction.unknown-period',
        message: `期间“${e.periodId}”不在 periods.csv 中`,
        expected: periods.map((p) => p.id).join('、'),
        found: e.periodId,
      });
      continue;
    }
    const record = recorded.get(e.periodId);
    if (!record) {
      issues.push({
        ...place,
        column: entry.columns.periodId ?? 1,
        code: 'correction.not-published',
        message: `期间“${e.periodId}”还没有公开记录，没有可更正的数字`,
        expected: `${recordedPath(e.periodId)}（由 npm run publish 写入）`,
        found: '没有这个文件',
        hint: '尚未公开的期间直接修改数据即可，不需要登记更正',
      });
      continue;
    }
    const first = record.versions[0]!.recordedOn;
    if (e.date <= first) {
      issues.push({
        ...place,
        column: entry.columns.date ?? 2,
        code: 'correction.before-record',
        message: `更正日期不晚于期间“${e.periodId}”首次公开记录的日期 ${first}`,
        expected: `晚于 ${first}`,
        found: e.date,
        hint: '更正日期是发现并改正错误的日期，应在公开之后',
      });
    }
  }
  if (issues.length > 0) return { corrections, carried, issues };

  let previousDelta = 0; // how much the previous period's closing moved against its latest recording
  for (const period of periods) {
    const record = recorded.get(period.id);
    const mine = entries
      .filter((x) => x.value.periodId === period.id)
      .sort((a, b) => (a.value.date < b.value.date ? -1 : a.value.date > b.value.date ? 1 : a.line - b.line));
    const delta = previousDelta;
    previousDelta = 0;
    if (!record || !period.figures) continue;
    const latest = record.versions.at(-1)!;
    const pending = compareFigures(latest.figures, period.figures);
    previousDelta = period.figures.closingFen - latest.figures.closingFen;
    for (const entry of mine) {
      const before = [...record.versions].reverse().find((v) => v.recordedOn < entry.value.date)!;
      const after = record.versions.find((v) => v.recordedOn >= entry.value.date)?.figures ?? period.figures;
      corrections.push({
        periodId: period.id,
        periodLabel: period.label,
        date: entry.value.date,
        reason: entry.value.reason,
        handler: entry.value.handler,
        correctsRecordOf: before.recordedOn,
        changes: compareFigures(before.figures, after),
        carried: [],
      });
    }
    if (pending.length === 0) continue;
    if (mine.some((x) => x.value.date > latest.recordedOn)) continue;
    const carriedDelta = carriedOnly(pending);
    if (carriedDelta !== undefined && carriedDelta === delta && delta !== 0) {
      const [opening, closing] = pending as [FigureChange, FigureChange];
      carried.push({
        periodId: period.id,
        periodLabel: period.label,
        openingBeforeFen: opening.beforeFen,
        openingAfterFen: opening.afterFen,
        closingBeforeFen: closing.beforeFen,
        closingAfterFen: closing.afterFen,
      });
      continue;
    }
    issues.push({
      file: recordedPath(period.id),
      line: 0,
      column: 0,
      code: 'correction.missing',
      message: `期间“${period.label}”的数字与 ${latest.recordedOn} 公开时记录的不同，但 corrections.csv 中没有这之后的更正登记`,
      expected: `与公开记录相同，或在 ${CORRECTIONS_FILE} 中登记一行：期间 ${period.id}、更正日期（晚于 ${latest.recordedOn}）、原因、经办人`,
      found:
        pending.slice(0, 4).map(describeChange).join('；') +
        (pending.length > 4 ? `；另有 ${pending.length - 4} 项` : ''),
      hint: '如果是有意更正已公开的数字，请登记更正；如果不是，请恢复数据文件',
    });
  }
  attachChains(corrections, periods);
  return { corrections, carried, issues };
}

/**
 * Gives each correction that moved its period's closing by δ the chain of later periods,
 * whose openings and closings carry it: their current figures after, the same less δ before.
 * The chain ends at a period without sound figures.
 */
function attachChains(corrections: CorrectionView[], periods: readonly PeriodInput[]): void {
  const index = new Map(periods.map((p, i) => [p.id, i]));
  for (const correction of corrections) {
    const closing = correction.changes.find((c) => c.label === '期末结余');
    if (!closing) continue;
    const delta = closing.afterFen - closing.beforeFen;
    for (let i = index.get(correction.periodId)! + 1; i < periods.length; i++) {
      const { id, label, figures } = periods[i]!;
      if (!figures) break;
      correction.carried.push({
        periodId: id,
        periodLabel: label,
        openingBeforeFen: figures.openingFen - delta,
        openingAfterFen: figures.openingFen,
        closingBeforeFen: figures.closingFen - delta,
        closingAfterFen: figures.closingFen,
      });
    }
  }
}

/** The chain as one sentence: "2023年度期初结余 59,165.38 → 59,065.38，期末结余 … → …". */
export function describeCarried(c: CarriedChange): string {
  return `${c.periodLabel}期初结余 ${formatYuan(c.openingBeforeFen)} → ${formatYuan(c.openingAfterFen)}，期末结余 ${formatYuan(c.closingBeforeFen)} → ${formatYuan(c.closingAfterFen)}`;
}

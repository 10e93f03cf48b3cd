import { type CorrectionView, describeCarried } from '../../audit/corrections/check-corrections.ts';
import type { AuditData } from '../../audit/audit-data.ts';
import { formatYuan } from '../../money/format-amount.ts';
import { routePath } from '../../routes/routes.ts';

/** A difference with its sign: "+100.00", "−100.00" (U+2212), "0.00". */
export function signedYuan(fen: number): string {
  return fen > 0 ? `+${formatYuan(fen)}` : fen < 0 ? `\u2212${formatYuan(-fen)}` : formatYuan(0);
}

/** One correction as printed: date, reason, who, each figure before → after, and the chain. */
export function correctionRows(c: CorrectionView) {
  return {
    period: c.periodLabel,
    periodId: c.periodId,
    date: c.date,
    reason: c.reason,
    handler: c.handler,
    corrects: `更正 ${c.correctsRecordOf} 公开的数字`,
    changes: c.changes.map((x) => ({
      label: x.label,
      before: formatYuan(x.beforeFen),
      after: formatYuan(x.afterFen),
      difference: signedYuan(x.afterFen - x.beforeFen),
    })),
    noChange: c.changes.length === 0,
    chain: c.carried.map(describeCarried),
    /** The changes in one line for a list: "文体活动支出 23,340.00 → 22,840.00；…；结转：…". */
    changesText: [
      ...(c.changes.length === 0
        ? ['无']
        : c.changes.map((x) => `${x.label} ${formatYuan(x.beforeFen)} → ${formatYuan(x.afterFen)}`)),
      ...(c.carried.length > 0 ? [`结转：${c.carried.map(describeCarried).join('；')}`] : []),
    ].join('；'),
    statementPath: routePath({ to: 'statement', period: c.periodId, anchor: 'corrections' }),
  };
}

/** A printed correction. */
export type CorrectionRow = ReturnType<typeof correctionRows>;

/**
 * The 更正记录 box of a statement: the period's own corrections, and the sentences of earlier
 * periods' corrections whose restated closing carried into this period's opening. Undefined
 * when the period was never corrected nor carried a correction.
 */
export function correctionBox(audit: AuditData, periodId: string) {
  const own = audit.corrections.corrections.filter((c) => c.periodId === periodId).map(correctionRows);
  const carried = audit.corrections.corrections.flatMap((c) =>
    c.carried
      .filter((x) => x.periodId === periodId)
      .map(
        (x) =>
          `${c.periodLabel}于 ${c.date} 更正后，本期期初结余由 ${formatYuan(x.openingBeforeFen)} 元改为 ${formatYuan(x.openingAfterFen)} 元，期末结余由 ${formatYuan(x.closingBeforeFen)} 元改为 ${formatYuan(x.closingAfterFen)} 元。`,
      ),
  );
  if (own.length === 0 && carried.length === 0) return undefined;
  return { own, carried };
}

/** The view-model of the 更正记录 box. */
export type CorrectionBox = NonNullable<ReturnType<typeof correctionBox>>;

/** Every correction ever made, newest first, for the audit index page. */
export function allCorrections(audit: AuditData): CorrectionRow[] {
  return [...audit.corrections.corrections]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map(correctionRows);
}

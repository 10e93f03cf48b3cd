import type { CorrectionsResult } from './corrections/check-corrections.ts';
import type { PeriodFlags } from './flags/period-flags.ts';
import type { AuditThresholds } from './flags/thresholds.ts';

/** What the auditor's workbench adds to the site data. */
export interface AuditData {
  /** The thresholds in force: union.yaml's, or the documented defaults. */
  thresholds: AuditThresholds;
  /** 疑点提示 per period, in the order of SiteData.periods. */
  flags: PeriodFlags[];
  /** Every correction with its before → after, and the periods that only carried a restated closing. */
  corrections: Omit<CorrectionsResult, 'issues'>;
  /** Periods with recorded figures (data/published/), by id: the dates they were recorded. */
  recordedOn: ReadonlyMap<string, readonly string[]>;
  /** The holiday notices the weekend/holiday rule used. */
  holidaySources: readonly string[];
}

import type { PassedCheck } from './passed-check.ts';
import type { AidNoticeEntry } from '../records/aid-notice-log.ts';
import type { AidNotice, AidPeriodSummary } from '../records/aid-summary.ts';
import type { Election } from '../records/election-results.ts';
import type { Activity } from '../records/tables/activities.ts';
import type { CongressSession, Resolution } from '../records/tables/congress.ts';
import type { Honour } from '../records/tables/honours.ts';
import type { Proposal } from '../records/tables/proposals.ts';

/** An activity with the period its start date falls in (none for a planned one beyond the periods). */
export type DatedActivity = Activity & { periodId?: string };

/** A resolution with its outcome: passed when more than half of all delegates (应到) voted for it. */
export type ResolutionResult = Resolution & { passed: boolean };

/** A congress session with the matters voted on. */
export type CongressRecord = CongressSession & { resolutions: ResolutionResult[] };

/**
 * The checked records the site publishes. Only public fields are here: aid appears as
 * aggregates and masked notices, never as rows. Each list is empty when its file is absent.
 */
export interface RecordsData {
  /** In date order. */
  activities: DatedActivity[];
  /**
   * Aid as aggregates; `notices`: the 公示 open on the build date, names masked; `noticeLog`:
   * every notice, open or ended, as dates and counts only (for the disclosure register).
   */
  aid: { periods: AidPeriodSummary[]; notices: AidNotice[]; noticeLog: AidNoticeEntry[] };
  /** In session order. */
  congress: CongressRecord[];
  /** In file order. */
  proposals: Proposal[];
  /** In date order. */
  elections: Election[];
  /** In file order. */
  honours: Honour[];
  /** Cross-checks that passed, shown to auditors. */
  checks: PassedCheck[];
}

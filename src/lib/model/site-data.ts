import type { Chart } from '../accounts/account.ts';
import type { ScheduleRule } from '../disclosure/schedule.ts';
import type { BudgetExecutionRow } from '../budgets/budget-execution.ts';
import type { StatedTotal } from '../funds/fund-line.ts';
import type { Membership } from './membership.ts';
import type { Signoff } from '../signoffs/signoffs-table.ts';
import type { PassedCheck } from './passed-check.ts';
import type { RecordsData } from './records-data.ts';
import type { Statement } from '../statement/statement.ts';
import type { Union } from '../union/union.ts';
import type { AuditData } from '../audit/audit-data.ts';

export type { PassedCheck };

/** Everything the site shows about one period. */
export interface PeriodData {
  statement: Statement;
  /** Fund file path relative to the data folder. */
  fundFile: string;
  budget?: { file: string; rows: BudgetExecutionRow[] };
  membership?: Membership;
  checks: PassedCheck[];
  /** The 合计/小计 rows of the fund file, each checked against its parts (shown to auditors). */
  statedTotals?: StatedTotal[];
  /** Who signed the period's statement (signoffs.csv). */
  signoff?: Signoff;
}

/** The checked data of the whole site. Periods are in time order. */
export interface SiteData {
  union: Union;
  chart: Chart;
  periods: PeriodData[];
  /** The disclosure schedule (disclosure-schedule.csv); empty when the file is absent. */
  schedule: ScheduleRule[];
  /** Activities, aid aggregates, congress, proposals, elections and honours (public fields only). */
  records: RecordsData;
  /** 疑点提示 per period, the thresholds, and the corrections of published figures. */
  audit: AuditData;
}

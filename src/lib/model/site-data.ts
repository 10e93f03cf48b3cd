import type { StatementWarning } from '../statement/statement-warnings.ts';
import type { StatementNote } from '../notes/statement-note.ts';
import type { BalanceSheet } from '../balance-sheet/balance-sheet.ts';
import type { Chart, Charts } from '../accounts/account.ts';
import type { AccountNote } from '../funds/read-fund-file.ts';
import type { AmountUnit } from '../units/amount-unit.ts';
import type { ScheduleRule } from '../disclosure/schedule.ts';
import type { BudgetExecutionRow, ProjectExecutionRow } from '../budgets/budget-execution.ts';
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
  /**
   * The budget file and its execution (accounts in `rows`, 项目支出 rows in `projects`, each
   * in file order); `unit` 万元 when the file was kept in 万元 (amounts are in fen).
   */
  budget?: { file: string; rows: BudgetExecutionRow[]; projects: ProjectExecutionRow[]; unit?: '万元' };
  membership?: Membership;
  checks: PassedCheck[];
  /** The 合计/小计 rows of the fund file, each checked against its parts (shown to auditors). */
  statedTotals?: StatedTotal[];
  /** Who signed the period's statement (signoffs.csv). */
  signoff?: Signoff;
  /** The chart of the 制度 the period was kept under (its accounts, with accounts.csv's). */
  chart: Chart;
  /** The unit the fund file's amounts were written in (the statement is in fen regardless). */
  unit: AmountUnit;
  /** The period's 资产负债表 (工会01表), when balance-sheets/<period>.csv exists; checked and tied to the statement. */
  balanceSheet?: BalanceSheet;
  /** Warnings the build found (a negative closing balance, a 差额 larger than the opening): shown, never fatal. */
  warnings?: StatementWarning[];
  /** The period's 附注 (content/notes/<period>.md), when there is one. */
  note?: StatementNote;
  /** Names of the other 制度 in the fund file, read through the documented mapping. */
  notes: readonly AccountNote[];
}

/** The checked data of the whole site. Periods are in time order. */
export interface SiteData {
  union: Union;
  /** The chart of the 2021 制度 (the current one), for figures that name no period. */
  chart: Chart;
  /** The chart of each 制度. */
  charts: Charts;
  periods: PeriodData[];
  /** The disclosure schedule (disclosure-schedule.csv); empty when the file is absent. */
  schedule: ScheduleRule[];
  /** Activities, aid aggregates, congress, proposals, elections and honours (public fields only). */
  records: RecordsData;
  /** 疑点提示 per period, the thresholds, and the corrections of published figures. */
  audit: AuditData;
}

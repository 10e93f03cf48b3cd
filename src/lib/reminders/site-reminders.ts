import type { RegisterRow } from '../disclosure/register.ts';
import type { DataIssue } from '../issues/data-issue.ts';
import { issuePosition } from '../issues/data-issue.ts';
import { formatYuan } from '../money/format-amount.ts';
import type { SiteData } from '../model/site-data.ts';
import { nearest } from '../text/edit-distance.ts';

/** What the reminders are judged from: the checked site, its disclosure register and the files nothing read. */
export interface ReminderInput {
  site: SiteData;
  /** The disclosure register as of the build date. */
  register: readonly RegisterRow[];
  /** Files of the data folder that no table, report or setting reads. */
  unreadFiles: readonly string[];
  /** The names the data folder may hold, for a "是否应为" hint at an unread file. */
  knownNames?: readonly string[];
}

/**
 * 提醒: what is not wrong but probably unfinished, in the form of issues (file, message,
 * hint) so they print and show like errors, after them. They never stop a build, except
 * under `--strict`. In order: the latest period without a budget or a membership figure;
 * every period whose statement has no sign-off (it prints marked 未签署); disclosures the schedule says are due or overdue; a negative closing balance;
 * files nothing reads.
 */
export function siteReminders({ site, register, unreadFiles, knownNames = [] }: ReminderInput): DataIssue[] {
  const reminders: DataIssue[] = [];
  const latest = site.periods.at(-1);
  if (latest) {
    const { id, label } = latest.statement.period;
    if (!latest.budget) {
      reminders.push({
        file: `budgets/${id}.csv`,
        line: 0,
        column: 0,
        code: 'remind.no-budget',
        message: `最近的期间“${label}”还没有预算`,
        hint: `在 budgets/${id}.csv 或 budgets/${id}.xlsx 中填写预算（npm run template 可生成模板）`,
      });
    }
    if (!latest.membership) {
      reminders.push({
        file: 'membership.csv',
        line: 0,
        column: 0,
        code: 'remind.no-membership',
        message: `最近的期间“${label}”还没有会员人数`,
        hint: `在 membership.csv 中为期间“${id}”增加一行`,
      });
    }
  }
  const unsigned = site.periods.filter((p) => !p.signoff).map((p) => p.statement.period);
  if (unsigned.length) {
    reminders.push({
      file: 'signoffs.csv',
      line: 0,
      column: 0,
      code: 'remind.no-signoff',
      message: `收支表未签署：${unsigned.map((p) => `“${p.label}”`).join('、')}，打印稿的签字栏将标明“未签署”`,
      hint: `在 signoffs.csv 中为期间${unsigned.map((p) => `“${p.id}”`).join('、')}各增加一行（工会主席、经审会主任、财务负责人、制表人和制表日期）`,
    });
  }
  for (const row of register) {
    if (row.status !== 'overdue' && !(row.status === 'due' && row.missing)) continue;
    const overdue = row.status === 'overdue';
    reminders.push({
      file:
        row.item.kind === 'work-report' || row.item.kind === 'audit-report'
          ? 'content/reports'
          : 'disclosure-schedule.csv',
      line: 0,
      column: 0,
      code: overdue ? 'remind.overdue' : 'remind.due',
      message: overdue
        ? `“${row.item.title}”已逾期未公开${row.deadline ? `（截止日期 ${row.deadline}）` : ''}`
        : `按公开制度，“${row.item.title}”应于 ${row.deadline ?? '规定日期'} 前公开，目前还没有`,
      hint: row.missing ? '准备好后加入数据或报告，并填写公开日期' : '公开后请填写公开日期',
    });
  }
  for (const period of site.periods) {
    const { closingFen, period: p } = period.statement;
    if (closingFen >= 0) continue;
    reminders.push({
      file: 'periods.csv',
      line: p.line,
      column: 0,
      code: 'remind.negative-balance',
      message: `期间“${p.label}”的期末结余为负数：${formatYuan(closingFen)} 元`,
      hint: `请核对 ${period.fundFile} 中的支出是否多记，或期初结余是否漏填`,
    });
  }
  reminders.push(...unreadFileReminders(unreadFiles, knownNames));
  return reminders;
}

/**
 * One 提醒 per file of the data folder that nothing reads (a name mistyped, a copy such as
 * "funds/2023 (1).csv", a note left there): its content is not published. Given as well
 * when the build stops, since a mistyped name is often the cause. `knownNames` are the
 * names the folder may hold (sources/sources.ts), for a "是否应为" hint.
 */
export function unreadFileReminders(unreadFiles: readonly string[], knownNames: readonly string[] = []): DataIssue[] {
  return unreadFiles.map((file) => {
    const guess = nearest(file, knownNames);
    return {
      file,
      line: 0,
      column: 0,
      code: 'remind.unread-file',
      message: '这个文件没有被读取，其中的内容不会发布',
      hint: `${guess ? `是否应为 ${guess}？` : '文件名是否写错？'}不需要的文件请移出 data 文件夹`,
    };
  });
}

/**
 * The 提醒 section printed after the errors: one line per reminder with its hint, and a
 * count. Empty text when there is none.
 */
export function formatReminders(reminders: readonly DataIssue[]): string {
  if (reminders.length === 0) return '';
  const lines = reminders.map((r) => {
    const at = issuePosition(r);
    return `  ${at}  ${r.message} [${r.code}]${r.hint ? `\n      提示：${r.hint}` : ''}`;
  });
  return [`提醒（${reminders.length} 条，不影响生成网站）：`, ...lines].join('\n');
}

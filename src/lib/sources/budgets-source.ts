import { budgetExecution, projectExecution, type ProjectExecutionRow } from '../budgets/budget-execution.ts';
import { buildCharts } from '../accounts/charts.ts';
import { budgetTable, budgetUnits, readBudgetFile } from '../budgets/budget-table.ts';
import { columnSpecs } from '../records/record-table.ts';
import { periodFolderSource } from './data-source.ts';
import { checkFolderPeriods } from './folder-periods.ts';
import type { DataIssue } from '../issues/data-issue.ts';
import type { Statement } from '../statement/statement.ts';
import { nearest } from '../text/edit-distance.ts';

const FOLDER = 'budgets/';

/** budgets/<期间编号>.csv: the budget of a period, compared with its fund statement. */
export const budgetsSource = periodFolderSource(
  FOLDER,
  columnSpecs(budgetTable(FOLDER, buildCharts().charts['2021'])),
  {
    read(state, issues) {
      checkFolderPeriods(state, FOLDER, 'budget.no-period', issues);
      for (const entry of state.periodData) {
        const budgetFile = `${FOLDER}${entry.statement.period.id}.csv`;
        const found = state.table(budgetFile);
        if (found?.input === undefined) continue;
        const read = readBudgetFile(found.file, found.input, entry.chart, issues);
        const projects = projectExecution(entry.statement, read.projects);
        state.notes.push(...projectReminders(found.file, entry.statement, projects, read.projects));
        const wan =
          found.sheetUnit === '万元' || Object.values(budgetUnits(found.input)).some((u) => u.unit === '万元');
        entry.budget = {
          file: found.file,
          rows: budgetExecution(entry.statement, read.rows),
          projects,
          ...(wan ? { unit: '万元' as const } : {}),
        };
      }
    },
  },
);

/**
 * 提醒 for each budgeted project that no expense line of the period names: a project may not
 * have started (its 完成率 is then 0.00%), or the two files spell it differently. Not an
 * error, so the budget is still published; `npm run check -- --strict` stops on it.
 */
function projectReminders(
  file: string,
  statement: Statement,
  rows: readonly ProjectExecutionRow[],
  read: readonly { line: number; column: number }[],
): DataIssue[] {
  const named = statement.spending?.projects.map((p) => p.name) ?? [];
  return rows.flatMap((row, i): DataIssue[] => {
    if (row.lineCount > 0) return [];
    const guess = named.length ? nearest(row.project, named) : undefined;
    return [
      {
        file,
        line: row.line,
        column: read[i]!.column,
        code: 'budget.project-not-in-ledger',
        message: `项目“${row.project}”有预算，但${statement.period.label}的经费文件中没有这个项目的支出，完成率为 0.00%`,
        expected: named.length ? `经费文件“项目名称”列中的项目：${named.join('、')}` : '经费文件“项目名称”列中的项目',
        found: row.project,
        hint: guess
          ? `是否应为“${guess}”？项目尚未开始的可以不改`
          : '项目尚未开始的可以不改；已有支出的，请在经费文件的“支出类型”写 项目、“项目名称”写同一名称',
      },
    ];
  });
}

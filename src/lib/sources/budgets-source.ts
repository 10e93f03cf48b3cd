import { budgetExecution } from '../budgets/budget-execution.ts';
import { createChart } from '../accounts/create-chart.ts';
import { BUILT_IN_ACCOUNTS } from '../accounts/chart-2021.ts';
import { budgetTable, readBudgetFile } from '../budgets/budget-table.ts';
import { columnSpecs } from '../records/record-table.ts';
import { periodFolderSource } from './data-source.ts';
import { checkFolderPeriods } from './folder-periods.ts';

const FOLDER = 'budgets/';

/** budgets/<期间编号>.csv: the budget of a period, compared with its fund statement. */
export const budgetsSource = periodFolderSource(
  FOLDER,
  columnSpecs(budgetTable(FOLDER, createChart(BUILT_IN_ACCOUNTS).chart)),
  {
    read(state, issues) {
      checkFolderPeriods(state, FOLDER, 'budget.no-period', issues);
      for (const entry of state.periodData) {
        const budgetFile = `${FOLDER}${entry.statement.period.id}.csv`;
        const found = state.table(budgetFile);
        if (found?.input === undefined) continue;
        const rows = readBudgetFile(found.file, found.input, state.chart, issues);
        entry.budget = { file: found.file, rows: budgetExecution(entry.statement, rows) };
      }
    },
  },
);

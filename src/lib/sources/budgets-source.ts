import { budgetExecution } from '../budgets/budget-execution.ts';
import { BUDGET_COLUMNS, readBudgetFile } from '../budgets/read-budget-file.ts';
import { periodFolderSource } from './data-source.ts';
import { checkFolderPeriods } from './folder-periods.ts';

const FOLDER = 'budgets/';

/** budgets/<期间编号>.csv: the budget of a period, compared with its fund statement. */
export const budgetsSource = periodFolderSource(FOLDER, BUDGET_COLUMNS, {
  read(state, issues) {
    checkFolderPeriods(state, FOLDER, 'budget.no-period', issues);
    for (const entry of state.periodData) {
      const budgetFile = `${FOLDER}${entry.statement.period.id}.csv`;
      const budgetText = state.text(budgetFile);
      if (budgetText === undefined) continue;
      const rows = readBudgetFile(budgetFile, budgetText, state.chart, issues);
      entry.budget = { file: budgetFile, rows: budgetExecution(entry.statement, rows) };
    }
  },
});

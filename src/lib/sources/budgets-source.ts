import { budgetExecution } from '../budgets/budget-execution.ts';
import { buildCharts } from '../accounts/charts.ts';
import { budgetTable, budgetUnits, readBudgetFile } from '../budgets/budget-table.ts';
import { columnSpecs } from '../records/record-table.ts';
import { periodFolderSource } from './data-source.ts';
import { checkFolderPeriods } from './folder-periods.ts';

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
        const rows = readBudgetFile(found.file, found.input, entry.chart, issues);
        const wan =
          found.sheetUnit === '万元' || Object.values(budgetUnits(found.input)).some((u) => u.unit === '万元');
        entry.budget = {
          file: found.file,
          rows: budgetExecution(entry.statement, rows),
          ...(wan ? { unit: '万元' as const } : {}),
        };
      }
    },
  },
);

import { BUILT_IN_ACCOUNTS } from '../accounts/chart-2021.ts';
import { createChart } from '../accounts/create-chart.ts';
import { ACCOUNTS_FILE, accountsTable, readLocalAccounts } from '../accounts/accounts-table.ts';
import { columnSpecs } from '../records/record-table.ts';
import { fileSource } from './data-source.ts';

/** accounts.csv: the union's own level 2 accounts, added to the built-in chart. */
export const accountsSource = fileSource(
  ACCOUNTS_FILE,
  columnSpecs(accountsTable(createChart(BUILT_IN_ACCOUNTS).chart)),
  {
    read(state, issues) {
      const base = createChart(BUILT_IN_ACCOUNTS).chart;
      state.chart = base;
      const text = state.table(ACCOUNTS_FILE)?.input;
      if (text === undefined) return;
      const local = readLocalAccounts(text, base, issues);
      const { chart, conflicts } = createChart([...BUILT_IN_ACCOUNTS, ...local]);
      for (const conflict of conflicts) {
        issues.add({
          file: ACCOUNTS_FILE,
          line: 0,
          column: 0,
          code: 'account.local-conflict',
          message: `自设科目“${conflict.account.name}”的编码或名称“${conflict.taken}”已被科目“${conflict.holder.name}”使用`,
          expected: '与科目表不重复的编码、名称和别名',
          found: conflict.taken,
        });
      }
      state.chart = chart;
    },
  },
);

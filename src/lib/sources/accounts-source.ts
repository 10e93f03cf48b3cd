import { systemShortLabel } from '../accounts/account.ts';
import { buildCharts, levelOfUnion, unionLevelOf } from '../accounts/charts.ts';
import { ACCOUNTS_FILE, accountsTable, readLocalAccounts } from '../accounts/accounts-table.ts';
import { columnSpecs } from '../records/record-table.ts';
import { fileSource } from './data-source.ts';

/**
 * accounts.csv: the union's own accounts (level 2 or 3), added to the chart of the 制度
 * each names. Builds the charts of both 制度 for the union's level (union.yaml 组织类型).
 */
export const accountsSource = fileSource(ACCOUNTS_FILE, columnSpecs(accountsTable()), {
  read(state, issues) {
    const level = state.union ? levelOfUnion(state.union) : unionLevelOf(undefined);
    const base = buildCharts([], level).charts;
    state.charts = base;
    state.chart = base['2021'];
    const text = state.table(ACCOUNTS_FILE)?.input;
    if (text === undefined) return;
    const local = readLocalAccounts(text, base, issues);
    const { charts, conflicts } = buildCharts(local, level);
    for (const conflict of conflicts) {
      issues.add({
        file: ACCOUNTS_FILE,
        line: 0,
        column: 0,
        code: 'account.local-conflict',
        message: `自设科目“${conflict.account.name}”的编码或名称“${conflict.taken}”已被${systemShortLabel(conflict.holder.system)}的科目“${conflict.holder.name}”使用`,
        expected: '与科目表不重复的编码、名称和别名',
        found: conflict.taken,
      });
    }
    state.charts = charts;
    state.chart = charts['2021'];
  },
});

import { levelOfUnion } from '../accounts/charts.ts';
import { UNITS_COLUMNS, UNITS_FILE } from '../federation/units-table.ts';
import { UNION_FILE } from '../union/read-union.ts';
import type { DataSource } from './data-source.ts';

/**
 * units.csv: the units a 县级以上工会 sums (单位编号, 单位名称, 上级, 数据包, 网址). Its presence
 * switches the build to federation mode; the build step reads it with the units' packages
 * (src/lib/build/prepare-build.ts). Checked here: only a union whose union.yaml says
 * 组织层级: 县级以上工会 (or whose 组织类型 names one) may have it. Only as CSV: the list is read
 * before the data folder is checked (to find the packages), so no workbook of it is read.
 */
export const unitsSource: DataSource = {
  names: [UNITS_FILE],
  owns: (path) => path === UNITS_FILE,
  columns: { [UNITS_FILE]: UNITS_COLUMNS },
  check(state, issues) {
    if (state.text(UNITS_FILE) === undefined || !state.union) return;
    if (levelOfUnion(state.union) === '县级以上工会') return;
    issues.add({
      file: UNITS_FILE,
      line: 0,
      column: 0,
      code: 'units.not-federation',
      message: '下属单位名单 units.csv 只用于县级以上工会的汇总网站',
      expected: `${UNION_FILE} 中写明“组织层级: 县级以上工会”`,
      found: `组织层级为${levelOfUnion(state.union)}`,
      hint: '本会是基层工会时请移走 units.csv；是县级以上工会时在 union.yaml 中加一行“组织层级: 县级以上工会”',
    });
  },
};

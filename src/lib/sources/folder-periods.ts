import type { IssueList } from '../issues/data-issue.ts';
import type { LoadState } from './data-source.ts';

/** Every `<folder><name>.csv` (or `.xlsx`) of the data folder is named after a period of periods.csv. */
export function checkFolderPeriods(state: LoadState, folder: string, code: string, issues: IssueList): void {
  const periodIds = new Set(state.periods.map((p) => p.id));
  for (const path of state.files.keys()) {
    if (!path.startsWith(folder) || !/\.(csv|xlsx)$/.test(path)) continue;
    const id = path.slice(folder.length).replace(/\.(csv|xlsx)$/, '');
    if (periodIds.has(id)) continue;
    issues.add({
      file: path,
      line: 0,
      column: 0,
      code,
      message: `文件名“${id}”不是 periods.csv 中的期间编号`,
      expected: state.periods.length ? state.periods.map((p) => p.id).join('、') : 'periods.csv 中的期间编号',
      found: id,
      hint: '文件名应与期间编号一致，或先在 periods.csv 中增加这一期间',
    });
  }
}

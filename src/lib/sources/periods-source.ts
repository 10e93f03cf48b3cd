import { PERIOD_COLUMNS, PERIODS_FILE, readPeriods } from '../periods/read-periods.ts';
import { fileSource } from './data-source.ts';

/** periods.csv: the reporting periods, in time order; every per-period file names one. */
export const periodsSource = fileSource(PERIODS_FILE, PERIOD_COLUMNS, {
  read(state, issues) {
    const found = state.table(PERIODS_FILE);
    if (found === undefined) {
      issues.add({
        file: PERIODS_FILE,
        line: 0,
        column: 0,
        code: 'file.missing',
        message: '缺少期间表',
        expected: 'periods.csv',
        found: '没有这个文件',
      });
      return;
    }
    if (found.input !== undefined) state.periods = readPeriods(found.input, issues);
  },
});

import { PERIOD_COLUMNS, PERIODS_FILE, readPeriods } from '../periods/read-periods.ts';
import { fileSource } from './data-source.ts';

/** periods.csv: the reporting periods, in time order; every per-period file names one. */
export const periodsSource = fileSource(PERIODS_FILE, PERIOD_COLUMNS, {
  read(state, issues) {
    const text = state.text(PERIODS_FILE);
    if (text === undefined) {
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
    state.periods = readPeriods(text, issues);
  },
});

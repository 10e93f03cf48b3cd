import { checkSignoffPeriods } from '../signoffs/check-signoffs.ts';
import { columnSpecs } from '../records/record-table.ts';
import { readSignoffs, SIGNOFFS_FILE, signoffsTable } from '../signoffs/signoffs-table.ts';
import { fileSource } from './data-source.ts';

/** signoffs.csv: who signed each period's statement; each row names a period of periods.csv. */
export const signoffsSource = fileSource(SIGNOFFS_FILE, columnSpecs(signoffsTable), {
  read(state, issues) {
    const text = state.table(SIGNOFFS_FILE)?.input;
    state.signoffs = text === undefined ? [] : readSignoffs(text, issues);
    checkSignoffPeriods(state.signoffs, state.periods, issues);
  },
  check(state) {
    for (const entry of state.periodData) {
      const signoff = state.signoffs.find((s) => s.periodId === entry.statement.period.id);
      if (signoff) entry.signoff = signoff;
    }
  },
});

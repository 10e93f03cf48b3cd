import { readSchedule, SCHEDULE_FILE, scheduleTable } from '../disclosure/schedule-table.ts';
import { columnSpecs } from '../records/record-table.ts';
import { fileSource } from './data-source.ts';

/** disclosure-schedule.csv: when each kind of content must be disclosed, and to whom. */
export const scheduleSource = fileSource(SCHEDULE_FILE, columnSpecs(scheduleTable), {
  read(state, issues) {
    const text = state.table(SCHEDULE_FILE)?.input;
    state.schedule = text === undefined ? [] : readSchedule(text, issues);
  },
});

import { readSchedule, SCHEDULE_COLUMNS, SCHEDULE_FILE } from '../disclosure/read-schedule.ts';
import { fileSource } from './data-source.ts';

/** disclosure-schedule.csv: when each kind of content must be disclosed, and to whom. */
export const scheduleSource = fileSource(SCHEDULE_FILE, SCHEDULE_COLUMNS, {
  read(state, issues) {
    const text = state.text(SCHEDULE_FILE);
    state.schedule = text === undefined ? [] : readSchedule(text, issues);
  },
});

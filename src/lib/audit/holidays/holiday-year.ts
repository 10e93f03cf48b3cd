/** One year's 放假调休 arrangement, as the 国务院办公厅 notice for that year publishes it. */
export interface HolidayYear {
  /** The calendar year the notice covers. */
  year: number;
  /** The notice (and any later notice that changed it), cited by title and document number. */
  source: string;
  /** Days off, each festival as an inclusive range of ISO dates (a range may start in December of the year before). */
  holidays: readonly { name: string; start: string; end: string }[];
  /** 调休上班: Saturdays and Sundays that are working days. */
  workdays: readonly string[];
}

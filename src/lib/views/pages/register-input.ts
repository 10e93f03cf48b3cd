import type { RegisterRow } from '../../disclosure/register.ts';

/** The disclosure register of a build: the date it is judged at, and every row. */
export interface Register {
  /** The build date, ISO "YYYY-MM-DD". */
  asOf: string;
  rows: RegisterRow[];
}

/** Membership of a period, counted at its end. All counts are people (人). */
export interface Membership {
  line: number;
  periodId: string;
  members: number;
  employees?: number;
  women?: number;
  retirees?: number;
  newMembers?: number;
}

import { MEMBERSHIP_FILE, membershipTable, readMembership } from '../membership/membership-table.ts';
import { columnSpecs } from '../records/record-table.ts';
import { fileSource } from './data-source.ts';

/** membership.csv: member counts per period; each row names a period of periods.csv. */
export const membershipSource = fileSource(MEMBERSHIP_FILE, columnSpecs(membershipTable), {
  read(state, issues) {
    const text = state.table(MEMBERSHIP_FILE)?.input;
    state.membership = text === undefined ? [] : readMembership(text, issues);
    const periodIds = new Set(state.periods.map((p) => p.id));
    for (const m of state.membership) {
      if (periodIds.has(m.periodId)) continue;
      issues.add({
        file: MEMBERSHIP_FILE,
        line: m.line,
        column: 1,
        code: 'membership.no-period',
        message: `期间“${m.periodId}”不在 periods.csv 中`,
        expected: [...periodIds].join('、'),
        found: m.periodId,
      });
    }
  },
  check(state) {
    for (const entry of state.periodData) {
      const member = state.membership.find((m) => m.periodId === entry.statement.period.id);
      if (member) entry.membership = member;
    }
  },
});

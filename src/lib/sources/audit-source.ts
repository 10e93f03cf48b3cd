import { comparableStatements } from '../audit/corrections/comparable-statements.ts';
import { CORRECTIONS_FILE, correctionsTable } from '../audit/corrections/corrections-table.ts';
import { AUDIT_FILE_NAMES, isAuditFile, loadAudit } from '../audit/load-audit.ts';
import { columnSpecs } from '../records/record-table.ts';
import { UNION_FILE } from '../union/read-union.ts';
import type { DataSource } from './data-source.ts';

/**
 * The auditor's workbench: corrections.csv and the recorded figures in published/, plus the
 * 疑点提示 thresholds of union.yaml. Last in the list, because its checks need every period's
 * statement, budget and membership.
 */
export const auditSource: DataSource = {
  names: AUDIT_FILE_NAMES,
  owns: isAuditFile,
  columns: { [CORRECTIONS_FILE]: columnSpecs(correctionsTable()) },
  check(state, issues) {
    state.audit = loadAudit(
      state.files,
      {
        unionText: state.text(UNION_FILE),
        site: { periods: state.periodData },
        statements: comparableStatements(state.periods, state.statements),
      },
      issues,
      state.notes,
    );
  },
};

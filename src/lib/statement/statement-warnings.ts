import { formatYuan } from '../money/format-amount.ts';
import type { Statement } from './statement.ts';

/**
 * Something an auditor should look at that does not stop the build: shown by `npm run
 * check` and flagged on the audit page, with the figures.
 */
export interface StatementWarning {
  code: 'balance.negative-closing' | 'balance.deficit-exceeds-opening' | 'balance.surplus-exceeds-opening';
  /** The period's line in periods.csv. */
  file: string;
  line: number;
  message: string;
  detail: string;
}

/**
 * Warnings for a statement: a negative closing balance (the period spent more than it had);
 * a deficit larger than the opening balance (paid from money the union did not have); a
 * surplus larger than the opening balance (the balance more than doubled: funds left
 * unused). Not checked for a period that publishes only one side.
 */
export function statementWarnings(statement: Statement, file: string): StatementWarning[] {
  const { period, openingFen, surplusFen, closingFen } = statement;
  if (period.scope !== '全部') return [];
  const out: StatementWarning[] = [];
  const detail = `期初 ${formatYuan(openingFen)} + 本期收支差额 ${formatYuan(surplusFen)} = 期末 ${formatYuan(closingFen)}`;
  const base = { file, line: period.line, detail };
  if (closingFen < 0) {
    out.push({
      ...base,
      code: 'balance.negative-closing',
      message: `期间“${period.label}”的期末结余为负数（${formatYuan(closingFen)} 元）：支出超过了可用资金`,
    });
  }
  if (surplusFen < 0 && -surplusFen > openingFen) {
    out.push({
      ...base,
      code: 'balance.deficit-exceeds-opening',
      message: `期间“${period.label}”的收支差额 ${formatYuan(surplusFen)} 元，超过期初结余 ${formatYuan(openingFen)} 元`,
    });
  } else if (surplusFen > 0 && openingFen >= 0 && surplusFen > openingFen) {
    out.push({
      ...base,
      code: 'balance.surplus-exceeds-opening',
      message: `期间“${period.label}”的收支结余 ${formatYuan(surplusFen)} 元，超过期初结余 ${formatYuan(openingFen)} 元：经费是否用于会员？`,
    });
  }
  return out;
}

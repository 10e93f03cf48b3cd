import type { IssueList } from '../issues/data-issue.ts';
import { formatYuan } from '../money/format-amount.ts';
import type { RecordRow } from './record-table.ts';
import { AID_FILE, type Aid } from './tables/aid.ts';

/**
 * A payment is listed once: two rows with the same recipient, date and amount are a pasted
 * duplicate (it would count one person twice in 人次 and double the amount), reported at
 * the later row like a duplicate voucher. Returns the rows without the repeats. Linear:
 * one hash lookup per row.
 */
export function checkDuplicateAid(rows: readonly RecordRow<Aid>[], issues: IssueList): RecordRow<Aid>[] {
  const first = new Map<string, number>();
  const kept: RecordRow<Aid>[] = [];
  for (const row of rows) {
    const { recipient, date, amountFen } = row.value;
    const key = `${recipient}\u0000${date}\u0000${amountFen}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, row.line);
      kept.push(row);
      continue;
    }
    issues.add({
      file: AID_FILE,
      line: row.line,
      column: row.columns.recipient ?? 0,
      code: 'aid.duplicate',
      message: `这一行与第 ${earlier} 行重复：同一受助人、同一日期、同一金额`,
      expected: '每笔发放只记一行',
      found: `${date} ${formatYuan(amountFen)} 元（受助人同第 ${earlier} 行）`,
      hint: '是否重复粘贴了这一行？如确为同一天发给同一人的两笔，请合并为一行并把金额相加',
    });
  }
  return kept;
}

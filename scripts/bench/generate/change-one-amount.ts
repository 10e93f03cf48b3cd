import { fenToDecimalString } from '../../../src/lib/money/format-amount.ts';
import type { GeneratedFiles } from './generate-data-set.ts';

/** Where the one changed amount is: the fund file and its 1-based physical line. */
export interface ChangedAmount {
  file: string;
  line: number;
  /** The amount before and after, in fen. */
  beforeFen: number;
  afterFen: number;
}

const PLAIN_AMOUNT = /^\d+\.\d{2}$/;
const toFen = (text: string): number => Math.round(Number(text) * 100);

/**
 * A staff edit of one amount in a generated data set: the first expense line of period
 * `periodId` with a plain amount gets `deltaFen` more, and what must follow from it so the
 * data still checks: the ledger's 支出合计 and the declared 期末结余 of that period and of
 * every later one (their openings are carried). Returns new files (the input is not changed)
 * and where the amount is.
 */
export function changeOneAmount(
  files: GeneratedFiles,
  periodId: string,
  deltaFen = 100,
): { files: GeneratedFiles; changed: ChangedAmount } {
  const file = `funds/${periodId}.csv`;
  const ledger = files.get(file);
  const periods = files.get('periods.csv');
  if (ledger === undefined || periods === undefined) throw new Error(`no ${file} or periods.csv`);
  const rows = ledger.split('\r\n');
  const header = rows[0]!.split(',');
  const account = header.indexOf('科目');
  const amount = header.indexOf('金额');
  let changed: ChangedAmount | undefined;
  for (let i = 1; i < rows.length; i++) {
    const fields = rows[i]!.split(',');
    const name = fields[account] ?? '';
    const isIncome = /收入$|^4\d*$/.test(name);
    if (name === '支出合计') {
      fields[amount] = fenToDecimalString(toFen(fields[amount]!) + deltaFen);
      rows[i] = fields.join(',');
    } else if (!changed && !isIncome && !name.endsWith('合计') && PLAIN_AMOUNT.test(fields[amount] ?? '')) {
      const beforeFen = toFen(fields[amount]!);
      fields[amount] = fenToDecimalString(beforeFen + deltaFen);
      rows[i] = fields.join(',');
      changed = { file, line: i + 1, beforeFen, afterFen: beforeFen + deltaFen };
    }
  }
  if (!changed) throw new Error(`no plain expense amount in ${file}`);
  const periodRows = periods.split('\r\n');
  const columns = periodRows[0]!.split(',');
  const id = columns.indexOf('编号');
  const closing = columns.indexOf('期末结余');
  let after = false;
  for (let i = 1; i < periodRows.length; i++) {
    const fields = periodRows[i]!.split(',');
    if (fields[id] === periodId) after = true;
    if (!after || !fields[closing]) continue;
    fields[closing] = fenToDecimalString(toFen(fields[closing]!) - deltaFen);
    periodRows[i] = fields.join(',');
  }
  const out = new Map(files);
  out.set(file, rows.join('\r\n'));
  out.set('periods.csv', periodRows.join('\r\n'));
  return { files: out, changed };
}

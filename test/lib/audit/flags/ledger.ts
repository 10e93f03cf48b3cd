import type { AuditLine } from '../../../../src/lib/audit/flags/audit-line.ts';

let next = 2;

/**
 * A hand-made ledger line: "2024-03-04 记-1 文体活动支出 球赛 1200.00". Accounts: 50102 文体,
 * 50104 福利, 50202 建家, 401 会费 (income). Lines are numbered from 2 in creation order.
 */
export function line(text: string): AuditLine {
  const [date, voucher, account, memo, yuan] = text.split(' ') as [string, string, string, string, string];
  const accounts: Record<string, [string, string, 'income' | 'expense']> = {
    文体: ['50102', '文体活动支出', 'expense'],
    福利: ['50104', '职工集体福利支出', 'expense'],
    建家: ['50202', '建家活动支出', 'expense'],
    会费: ['401', '会费收入', 'income'],
  };
  const [accountCode, accountName, kind] = accounts[account]!;
  return {
    line: next++,
    date,
    voucher: voucher === '-' ? '' : voucher,
    accountCode,
    accountName,
    kind,
    memo: memo === '-' ? '' : memo,
    fen: Math.round(Number(yuan) * 100),
  };
}

/** Lines from a multi-line string, one per non-empty line. */
export function ledger(text: string): AuditLine[] {
  return text
    .trim()
    .split('\n')
    .map((l) => line(l.trim()));
}

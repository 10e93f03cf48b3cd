import type { IssueList } from '../issues/data-issue.ts';
import { formatYuan } from '../money/format-amount.ts';
import { digitSwapHint } from '../numbers/digit-swap.ts';
import type { Period } from '../periods/period.ts';
import type { FundLine, StatedTotal } from './fund-line.ts';
import type { FundFile } from './read-fund-file.ts';

/** Every line's date lies within its period (inclusive). */
export function checkDatesInPeriod(file: string, lines: readonly FundLine[], period: Period, issues: IssueList): void {
  for (const line of lines) {
    if (line.date === undefined) continue;
    if (line.date < period.start || line.date > period.end) {
      issues.add({
        file,
        line: line.line,
        column: line.columns.date,
        code: 'date.outside-period',
        message: `日期不在期间“${period.label}”之内`,
        expected: `${period.start} 至 ${period.end} 之间`,
        found: line.date,
        hint: '这笔收支是否属于其他期间？请移到对应期间的经费文件',
      });
    }
  }
}

/**
 * Voucher numbers are not reused: one voucher may carry several lines on the same date, but
 * the same number on another date, or the same account and amount twice, is a duplicate.
 */
export function checkDuplicateVouchers(file: string, lines: readonly FundLine[], issues: IssueList): void {
  if (inVoucherOrder(lines)) {
    // Accounting software writes a ledger in voucher order; then the lines of a voucher are
    // adjacent and each line need only be compared with the run it belongs to. This saves
    // a hash table of every voucher number, the largest cost of loading a big ledger.
    const run: FundLine[] = [];
    for (const line of lines) {
      if (line.voucher === undefined) continue;
      if (run.length > 0 && run[0]!.voucher !== line.voucher) run.length = 0;
      if (run.length > 0) checkVoucherLine(file, line, run, issues);
      run.push(line);
    }
    return;
  }
  const vouchers = new Map<string, FundLine[]>();
  for (const line of lines) {
    if (line.voucher === undefined) continue;
    const earlier = vouchers.get(line.voucher);
    if (!earlier) {
      vouchers.set(line.voucher, [line]);
      continue;
    }
    checkVoucherLine(file, line, earlier, issues);
    earlier.push(line);
  }
}

/** True when the voucher numbers never decrease (as text) from one line to the next. */
function inVoucherOrder(lines: readonly FundLine[]): boolean {
  let previous: string | undefined;
  for (const line of lines) {
    if (line.voucher === undefined) continue;
    if (previous !== undefined && line.voucher < previous) return false;
    previous = line.voucher;
  }
  return true;
}

/** Reports `line` when it reuses the voucher of the `earlier` lines (same number, in file order) wrongly. */
function checkVoucherLine(file: string, line: FundLine, earlier: readonly FundLine[], issues: IssueList): void {
  const head = earlier[0]!;
  const sameDate = head.date === line.date;
  const repeated = earlier.find((e) => e.account.code === line.account.code && e.fen === line.fen);
  if (sameDate && !repeated) return;
  const other = repeated ?? head;
  issues.add({
    file,
    line: line.line,
    column: line.columns.voucher,
    code: 'voucher.duplicate',
    message: `凭证号“${line.voucher}”重复，第 ${other.line} 行已使用`,
    expected: repeated
      ? '同一凭证的同一科目、同一金额只记一次'
      : `同一凭证号的各行日期相同（第 ${head.line} 行为 ${head.date ?? '无日期'}）`,
    found: repeated ? `${line.account.name} ${formatYuan(line.fen)}` : (line.date ?? '无日期'),
    hint: '是否重复粘贴了这一行，或凭证号填错？',
  });
}

function coveredBy(total: StatedTotal, line: FundLine): boolean {
  const scope = total.scope;
  if ('kind' in scope) return line.account.kind === scope.kind;
  return line.account.code === scope.account.code || line.account.parentCode === scope.account.code;
}

/** Each stated total (收入合计, 支出合计, 类别合计) equals the sum of the lines it covers. */
export function checkStatedTotals(file: string, fund: FundFile, issues: IssueList): void {
  for (const total of fund.totals) {
    let sum = 0;
    let parts = 0;
    for (const line of fund.lines) {
      if (!coveredBy(total, line)) continue;
      sum += line.fen;
      parts += 1;
    }
    if (sum !== total.fen) {
      const difference = total.fen - sum;
      issues.add({
        file,
        line: total.line,
        column: total.column,
        code: 'total.mismatch',
        message: `“${total.label}”与各分项之和不符，相差 ${formatYuan(difference)} 元`,
        expected: `${formatYuan(sum)}（${parts} 行分项之和）`,
        found: formatYuan(total.fen),
        hint: [digitSwapHint(total.fen, sum), '请核对合计行或分项金额；合计行只用于核对，不计入收支']
          .filter(Boolean)
          .join('；'),
      });
    }
  }
}

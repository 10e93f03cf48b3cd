import type { Account } from '../../accounts/account.ts';
import type { FundLine } from '../../funds/fund-line.ts';
import type { SiteData } from '../../model/site-data.ts';
import type { Statement } from '../../statement/statement.ts';
import type { HolidayCalendar } from '../holidays/day-kind.ts';
import type { AuditLine } from './audit-line.ts';
import type { BudgetFigures, SpentAccount } from './budget-flags.ts';
import { monthsOf } from './months.ts';
import type { PeriodFlagInput } from './period-flags.ts';
import type { AuditThresholds } from './thresholds.ts';

/**
 * Accounts whose spending counts against the 福利标准: 会员活动支出 (the 2021 制度's name) and
 * the names older data uses for the same spending. Matched by account name or alias.
 */
export const WELFARE_ACCOUNT_NAMES: readonly string[] = ['会员活动支出', '职工集体福利支出', '职工福利费'];

/**
 * The dated lines of a statement as plain audit lines, in file order (undated lines are left out),
 * each under its statement line's account (level 2 for a 明细 line).
 */
export function auditLines(statement: Statement): AuditLine[] {
  // Placed by physical line (each fund line has its own), which puts them in file order
  // without a comparison sort of every line of the period.
  const byLine: (AuditLine | undefined)[] = [];
  const all: AuditLine[] = [];
  // Grouped by the statement line's account (level 2; a 明细 line counts under it): every
  // period of a 制度 has that level, so the rules compare like with like across periods.
  const add = (entry: FundLine, account: Account): void => {
    if (entry.date === undefined) return;
    const line: AuditLine = {
      line: entry.line,
      date: entry.date,
      voucher: entry.voucher ?? '',
      accountCode: account.code,
      accountName: account.name,
      kind: entry.account.kind,
      memo: entry.memo ?? '',
      fen: entry.fen,
    };
    all.push(line);
    byLine[entry.line] ??= line;
  };
  for (const side of [statement.income, statement.expense]) {
    for (const category of side.categories)
      for (const l of category.lines) for (const entry of l.entries) add(entry, l.account);
  }
  const lines: AuditLine[] = [];
  for (const line of byLine) if (line !== undefined) lines.push(line);
  // Lines that share a number (never in a fund file read from disk) take the sort.
  return lines.length === all.length ? lines : all.sort((a, b) => a.line - b.line);
}

function isWelfare(name: string, aliases: readonly string[]): boolean {
  return WELFARE_ACCOUNT_NAMES.some((w) => w === name || aliases.includes(w));
}

/**
 * Everything the rules need for period `index` of the site: its lines, the other ledger
 * periods' lines, budget and spending figures, and welfare figures when members are known.
 * `linesOf` gives each period's audit lines (computed once by the caller).
 */
export function periodFlagInput(
  site: Pick<SiteData, 'periods'>,
  index: number,
  linesOf: readonly (readonly AuditLine[])[],
  thresholds: AuditThresholds,
  calendar: HolidayCalendar,
): PeriodFlagInput {
  const data = site.periods[index]!;
  const s = data.statement;
  const spent: SpentAccount[] = [];
  const welfareNames: string[] = [];
  let welfareFen = 0;
  for (const category of s.expense.categories) {
    for (const line of category.lines) {
      spent.push({
        accountCode: line.account.code,
        accountName: line.account.name,
        categoryCode: category.account.code,
        fen: line.fen,
      });
      if (isWelfare(line.account.name, line.account.aliases)) {
        welfareNames.push(line.account.name);
        welfareFen += line.fen;
      }
    }
  }
  const budget: BudgetFigures[] | undefined = data.budget?.rows.map((row) => ({
    accountCode: row.account.code,
    accountName: row.account.name,
    categoryCode: row.account.parentCode,
    kind: row.account.kind,
    adjustedFen: row.adjustedFen,
    actualFen: row.actualFen,
    rateBp: row.rateBp,
  }));
  const members = data.membership?.members;
  return {
    period: { start: s.period.start, end: s.period.end },
    lines: linesOf[index] ?? [],
    otherPeriods: linesOf.filter((l, i) => i !== index && l.length > 0),
    ...(budget ? { budget } : {}),
    spent,
    ...(members !== undefined && welfareNames.length > 0
      ? { welfare: { spentFen: welfareFen, accounts: welfareNames, members, months: monthsOf(s.period) } }
      : {}),
    thresholds,
    calendar,
  };
}

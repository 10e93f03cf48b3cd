import type { IssueList } from '../issues/data-issue.ts';
import { formatYuan } from '../money/format-amount.ts';
import type { PassedCheck } from '../model/passed-check.ts';
import type { Statement } from '../statement/statement.ts';
import type { BalanceSheet } from './balance-sheet.ts';
import { sheetLine } from './balance-sheet.ts';

const COLUMNS = [
  ['年初余额', 'openingFen'],
  ['年末余额', 'closingFen'],
] as const;

function lineOf(sheet: BalanceSheet, name: string): number {
  return sheetLine(sheet, name).line ?? 0;
}

/**
 * 资产总计 = 负债合计 + 净资产合计 (第九条) in both columns. Reports the difference on the
 * 资产总计 row (line 0 when the file leaves the totals to be computed).
 */
export function checkBalanceIdentity(sheet: BalanceSheet, issues: IssueList): PassedCheck[] {
  const checks: PassedCheck[] = [];
  for (const [column, key] of COLUMNS) {
    const assets = sheetLine(sheet, '资产总计')[key];
    const liabilities = sheetLine(sheet, '负债合计')[key];
    const net = sheetLine(sheet, '净资产合计')[key];
    const detail = `资产总计 ${formatYuan(assets)}；负债合计 ${formatYuan(liabilities)} + 净资产合计 ${formatYuan(net)} = ${formatYuan(liabilities + net)}`;
    if (assets === liabilities + net) {
      checks.push({
        code: 'balance-sheet.identity',
        label: `资产负债表${column}：资产总计 = 负债合计 + 净资产合计`,
        detail,
      });
      continue;
    }
    issues.add({
      file: sheet.file,
      line: lineOf(sheet, '资产总计'),
      column: 0,
      code: 'balance-sheet.unbalanced',
      message: `资产负债表${column}不平衡：资产总计与负债和净资产合计相差 ${formatYuan(assets - liabilities - net)} 元`,
      expected: `资产总计 = 负债合计 + 净资产合计 = ${formatYuan(liabilities + net)}`,
      found: `资产总计 ${formatYuan(assets)}`,
      hint: '请核对各项目的金额；资产 = 负债 + 净资产（《工会会计制度》第九条）',
    });
  }
  return checks;
}

/** Every 年初余额 equals the previous period's 年末余额 of the same row. */
export function checkBalanceContinuity(sheet: BalanceSheet, previous: BalanceSheet, issues: IssueList): PassedCheck[] {
  let differing = 0;
  for (const line of sheet.lines) {
    const before = sheetLine(previous, line.spec.name).closingFen;
    if (line.openingFen === before) continue;
    differing += 1;
    issues.add({
      file: sheet.file,
      line: line.line ?? 0,
      column: line.line ? 2 : 0,
      code: 'balance-sheet.opening-mismatch',
      message: `“${line.spec.name}”的年初余额不等于上期资产负债表（${previous.file}）的年末余额，相差 ${formatYuan(line.openingFen - before)} 元`,
      expected: formatYuan(before),
      found: formatYuan(line.openingFen),
      hint: '年初余额按上年度资产负债表的年末余额填列',
    });
  }
  return differing
    ? []
    : [
        {
          code: 'balance-sheet.continuity',
          label: '资产负债表各项目年初余额 = 上期年末余额',
          detail: `${sheet.lines.length} 个项目已与上期资产负债表的年末余额逐项核对`,
        },
      ];
}

/**
 * 工会资金结转 + 财政拨款结转 = the 收入支出表's 年末资金结转, and 工会资金结余 + 财政拨款结余 =
 * its 年末资金结余 (and the same at the start of the year). Reports both figures.
 */
export function checkBalanceTies(
  sheet: BalanceSheet,
  statement: Statement,
  fundFile: string,
  issues: IssueList,
): PassedCheck[] {
  const checks: PassedCheck[] = [];
  const ties = [
    ['年末', 'closingFen', '结转', statement.closingCarryFen],
    ['年末', 'closingFen', '结余', statement.closingFen - statement.closingCarryFen],
    ['年初', 'openingFen', '结转', statement.openingCarryFen],
    ['年初', 'openingFen', '结余', statement.openingFen - statement.openingCarryFen],
  ] as const;
  for (const [when, key, part, statementFen] of ties) {
    const union = sheetLine(sheet, `工会资金${part}`);
    const fiscal = sheetLine(sheet, `财政拨款${part}`);
    const sheetFen = union[key] + fiscal[key];
    const label = `资产负债表${when}的工会资金${part} + 财政拨款${part} = 收入支出表的${when}资金${part}`;
    const detail = `资产负债表 ${formatYuan(union[key])} + ${formatYuan(fiscal[key])} = ${formatYuan(sheetFen)}；收入支出表 ${formatYuan(statementFen)}`;
    if (sheetFen === statementFen) {
      checks.push({ code: 'balance-sheet.tie', label, detail });
      continue;
    }
    issues.add({
      file: sheet.file,
      line: union.line ?? fiscal.line ?? 0,
      column: union.line ? (key === 'openingFen' ? 2 : 3) : 0,
      code: 'balance-sheet.statement-mismatch',
      message: `资产负债表与收入支出表不符：${when}资金${part}相差 ${formatYuan(sheetFen - statementFen)} 元`,
      expected: `收入支出表（${fundFile} 与 periods.csv）的${when}资金${part} ${formatYuan(statementFen)}`,
      found: `资产负债表 工会资金${part} ${formatYuan(union[key])} + 财政拨款${part} ${formatYuan(fiscal[key])} = ${formatYuan(sheetFen)}`,
      hint: `结转是有指定用途、下年继续使用的资金（periods.csv 的“期初结转”“期末结转”列），其余为结余；请核对两张表`,
    });
  }
  return checks;
}

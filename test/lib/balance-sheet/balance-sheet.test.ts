import { fileURLToPath } from 'node:url';
import { loadWithWorkbooks } from '../../helpers/demo-data.ts';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/build/read-data-dir.ts';
import { sheetLine } from '../../../src/lib/balance-sheet/balance-sheet.ts';
import { formatIssueReport } from '../../../src/lib/issues/data-issue.ts';

const demo = readDataDir(fileURLToPath(new URL('../../../data/', import.meta.url)));
const decoder = new TextDecoder();
const demoText = (path: string) => decoder.decode(demo.get(path)!);

function load(overrides: Record<string, string>) {
  const files = new Map(demo);
  for (const [path, text] of Object.entries(overrides)) files.set(path, new TextEncoder().encode(text));
  const result = loadWithWorkbooks(files);
  return { ...result, report: formatIssueReport(result.issues) };
}

/** The demo's 2024 sheet with one cell replaced: row `item`, column 1 (年初) or 2 (年末). */
function edit2024(item: string, column: 1 | 2, value: string): string {
  return demoText('balance-sheets/2024.csv')
    .split('\n')
    .map((line) => {
      const cells = line.split(',');
      if (cells[0] !== item) return line;
      cells[column] = value;
      return cells.join(',');
    })
    .join('\n');
}

describe('the demo balance sheets', () => {
  const site = loadWithWorkbooks(demo).site!;
  const data2024 = site.periods.find((p) => p.statement.period.id === '2024')!;

  it('balance, carry over from 2023 and tie to the 收入支出表', () => {
    const sheet = data2024.balanceSheet!;
    expect(sheetLine(sheet, '资产总计').closingFen).toBe(13_576_486);
    expect(sheetLine(sheet, '负债与净资产总计').closingFen).toBe(13_576_486);
    const codes = data2024.checks.map((c) => c.code);
    expect(codes.filter((c) => c === 'balance-sheet.identity')).toHaveLength(2);
    expect(codes).toContain('balance-sheet.continuity');
    expect(codes.filter((c) => c === 'balance-sheet.tie')).toHaveLength(4);
    expect(data2024.checks.find((c) => c.label.includes('年末的工会资金结余'))!.detail).toBe(
      '资产负债表 58,904.86 + 0.00 = 58,904.86；收入支出表 58,904.86',
    );
  });
});

describe('a bad balance sheet stops the build', () => {
  it('one that does not balance, showing the difference', () => {
    const { site, report } = load({
      'balance-sheets/2024.csv': edit2024('货币资金', 2, '90714.86')
        .replace('91824.86', '91834.86')
        .replace(/资产总计,131813.93,135764.86/, '资产总计,131813.93,135774.86'),
    });
    expect(site).toBeUndefined();
    expect(report).toContain(
      'balance-sheets/2024.csv:9  资产负债表年末余额不平衡：资产总计与负债和净资产合计相差 10.00 元 [balance-sheet.unbalanced]',
    );
    expect(report).toContain('应为：资产总计 = 负债合计 + 净资产合计 = 135,764.86');
    expect(report).toContain('实际为：资产总计 135,774.86');
    expect(report).toContain('提示：请核对各项目的金额');
  });

  it('a stated total that is not the sum of its items', () => {
    const { report } = load({ 'balance-sheets/2024.csv': edit2024('固定资产净值', 2, '44000.00') });
    expect(report).toContain(
      'balance-sheets/2024.csv:8:3  “固定资产净值”的年末余额与各项目之和不符，相差 60.00 元 [balance-sheet.total-mismatch]',
    );
    expect(report).toContain('应为：43,940.00（固定资产原值 − 累计折旧）');
  });

  it('a sheet that does not tie to the statement, showing both figures', () => {
    const sheet = edit2024('工会资金结转', 2, '9000.00').replace('58904.86', '57904.86');
    const { report } = load({ 'balance-sheets/2024.csv': sheet });
    expect(report).toContain(
      'balance-sheets/2024.csv:13:3  资产负债表与收入支出表不符：年末资金结转相差 1,000.00 元 [balance-sheet.statement-mismatch]',
    );
    expect(report).toContain('应为：收入支出表（funds/2024.csv 与 periods.csv）的年末资金结转 8,000.00');
    expect(report).toContain('实际为：资产负债表 工会资金结转 9,000.00 + 财政拨款结转 0.00 = 9,000.00');
  });

  it('an opening balance that is not last year’s closing one', () => {
    // Still balanced: 10.00 more cash and 10.00 more owed upwards at the start of the year.
    const sheet = edit2024('货币资金', 1, '86483.93')
      .replace('88053.93', '88063.93')
      .replace('资产总计,131813.93', '资产总计,131823.93')
      .replace('应付上级经费,23200.00', '应付上级经费,23210.00')
      .replace('负债合计,23200.00', '负债合计,23210.00')
      .replace('负债与净资产总计,131813.93', '负债与净资产总计,131823.93');
    const { report } = load({ 'balance-sheets/2024.csv': sheet });
    expect(report).toContain(
      'balance-sheets/2024.csv:2:2  “货币资金”的年初余额不等于上期资产负债表（balance-sheets/2023.csv）的年末余额，相差 10.00 元',
    );
    expect(report).toContain('balance-sheets/2024.csv:10:2  “应付上级经费”的年初余额');
  });

  it('an unknown row, with the nearest one', () => {
    const { report } = load({
      'balance-sheets/2024.csv': demoText('balance-sheets/2024.csv').replace('库存物品', '库存物资'),
    });
    expect(report).toContain('“库存物资”不是资产负债表（工会01表）的项目 [balance-sheet.unknown-row]');
    expect(report).toContain('是否应为“库存物品”？');
  });
});

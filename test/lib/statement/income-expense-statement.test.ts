import { fileURLToPath } from 'node:url';
import { loadWithWorkbooks } from '../../helpers/demo-data.ts';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/build/read-data-dir.ts';
import { compareStatements } from '../../../src/lib/statement/compare-statements.ts';
import { incomeExpenseStatement } from '../../../src/lib/statement/income-expense-statement.ts';

const site = loadWithWorkbooks(readDataDir(fileURLToPath(new URL('../../../data/', import.meta.url)))).site!;
const statements = site.periods.map((p) => p.statement);
const table = (id: string) => {
  const i = statements.findIndex((s) => s.period.id === id);
  const previous = statements[i - 1];
  const comparison = previous && compareStatements(previous, statements[i]!, site.charts['2021']);
  return incomeExpenseStatement(statements[i]!, previous, comparison);
};
const row = (t: ReturnType<typeof table>, label: string) => t.rows.find((r) => r.label === label)!;

describe('the 收入支出表 (工会02表)', () => {
  const t2024 = table('2024');

  it('has the regulation’s rows in order, with 本年数 and 上年数', () => {
    const headings = t2024.rows.filter((r) => r.kind !== 'account').map((r) => r.label);
    expect(headings).toEqual([
      '年初资金结转结余',
      '年初资金结转',
      '年初资金结余',
      '资金结转结余调整及变动',
      '收入合计',
      '支出合计',
      '本期收支差额',
      '年末资金结转结余',
      '年末资金结转',
      '年末资金结余',
    ]);
    expect([t2024.currentHeader, t2024.previousHeader]).toEqual(['本年数', '上年数']);
    expect(row(t2024, '年初资金结转结余')).toMatchObject({ currentFen: 6_387_393, previousFen: 5_906_538 });
    expect(row(t2024, '年初资金结转')).toMatchObject({ currentFen: 2_000_000, previousFen: 0 });
    expect(row(t2024, '年末资金结转')).toMatchObject({ currentFen: 800_000, previousFen: 2_000_000 });
    expect(row(t2024, '年末资金结余')).toMatchObject({ currentFen: 5_890_486, previousFen: 4_387_393 });
  });

  it('gives 上年数 at every level, none for a 明细 of an account booked last year without 明细, 0 for an account new this year', () => {
    expect(row(t2024, '会员活动支出')).toMatchObject({ level: 2, previousFen: 13_897_500 });
    // 2023 booked 会员活动支出 in one line: the 明细's share of it is unknown, never 0.
    expect(row(t2024, '节日慰问')).toMatchObject({ level: 3, previousFen: null });
    expect(row(t2024, '职工书屋活动支出')).toMatchObject({ level: 2, previousFen: 0 });
    const levels = new Set(t2024.rows.filter((r) => r.kind === 'account').map((r) => r.level));
    expect([...levels]).toEqual([1, 2, 3]);
  });

  it('leaves 上年数 empty in the first year of the 2021 制度 (财会〔2021〕16号)', () => {
    const t2022 = table('2022');
    expect(t2022.rows.every((r) => r.previousFen === null)).toBe(true);
    expect(t2022.notes.previous).toContain('财会〔2021〕16号');
  });

  it('names the previous period when the periods are not calendar years', () => {
    const t2021 = table('2021');
    expect(t2021.previousHeader).toBe('上期数（2019—2020年度（六届工会任期后两年））');
    expect(row(t2021, '收入合计').previousFen).toBe(38_736_260);
  });

  it('shows what 公开范围 leaves out as 未公开 (null), never 0', () => {
    const s = { ...statements[4]!, period: { ...statements[4]!.period, scope: '仅收入' as const } };
    const t = incomeExpenseStatement(s, statements[3], compareStatements(statements[3]!, s, site.charts['2021']));
    expect(row(t, '收入合计').currentFen).toBe(22_326_233);
    for (const label of ['支出合计', '本期收支差额', '年末资金结转结余', '职工活动支出'])
      expect(row(t, label).currentFen, label).toBeNull();
    expect(t.notes.scope).toContain('只公开收入');
  });
});

import { describe, expect, it } from 'vitest';
import { categoryYears } from '../../../src/lib/statement/category-years.ts';
import { DEMO_FILES, loadWithWorkbooks } from '../../helpers/demo-data.ts';

const site = loadWithWorkbooks(DEMO_FILES, { buildDate: '2026-12-01' }).site!;
const statements = site.periods.map((p) => p.statement);

describe('categoryYears on the demo (2019-2020 and 2021 under the 2009 制度, 2022–2024 under 2021)', () => {
  const expense = categoryYears(statements, 'expense', site.charts['2021']);
  const income = categoryYears(statements, 'income', site.charts['2021']);

  it('sums to each period’s side total exactly, in fen', () => {
    for (const [kind, years] of [
      ['income', income],
      ['expense', expense],
    ] as const) {
      statements.forEach((s, i) => {
        const sum = years.reduce((n, y) => n + (y.fen[i] ?? 0), 0);
        expect(sum, `${kind} ${s.period.id}`).toBe(kind === 'income' ? s.income.totalFen : s.expense.totalFen);
      });
    }
  });

  it('names the categories as the 2021 chart does, in code order, and places 2009 figures by the mapping', () => {
    expect(expense.map((y) => y.name)).toEqual([
      '职工活动支出',
      '职工服务支出',
      '维权支出',
      '业务支出',
      '资本性支出',
      '其他支出',
    ]);
    // 2019-2020: 职工福利费 274,945.00 + 文体活动费 33,818.00 + 慰问吊唁费 12,630.00 under 职工活动支出
    expect(expense[0]!.fen[0]).toBe(32139300);
    expect(expense.find((y) => y.name === '维权支出')!.fen).toEqual([722000, 900000, 2418000, 1130000, 1500000]);
  });

  it('has no figure (null, not 0) where the period’s 制度 had no account for the category', () => {
    const service = expense.find((y) => y.name === '职工服务支出')!;
    expect(service.fen.slice(0, 2)).toEqual([null, null]);
    expect(service.fen.slice(2)).toEqual([2622000, 1822000, 2585000]);
  });

  it('has null for a side the period does not publish (公开范围)', () => {
    const onlyIncome = statements.map((s, i) =>
      i === 4 ? { ...s, period: { ...s.period, scope: '仅收入' as const } } : s,
    );
    expect(categoryYears(onlyIncome, 'expense', site.charts['2021'])[0]!.fen[4]).toBeNull();
    expect(categoryYears(onlyIncome, 'income', site.charts['2021'])[0]!.fen[4]).toBe(5508300);
  });
});

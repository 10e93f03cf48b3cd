import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../src/lib/charts/bar-layout.ts';
import { layoutBudgetBars } from '../../../src/lib/charts/budget-layout.ts';

const rows = [
  { label: '职工活动支出', budgetFen: 17110000, actualFen: 16599500, valueText: '97.02%　结余 5,105.00' },
  { label: '资本性支出', budgetFen: 600000, actualFen: 598000, valueText: '99.67%　结余 20.00' },
  { label: '会费收入', budgetFen: 100, actualFen: 300, valueText: '300.00%　超收 2.00' },
  { label: '其他支出', budgetFen: 0, actualFen: -500, valueText: '—　超支 -5.00' },
];

describe('layoutBudgetBars', () => {
  const layout = layoutBudgetBars(rows, { width: 420 });

  it('draws budget and actual on one scale: the largest amount fills the track', () => {
    const track = 420 - layout.rows[0]!.barX - 10 - Math.max(...rows.map((r) => estimateTextWidth(r.valueText, 14)));
    expect(layout.rows[0]!.budgetWidth).toBeCloseTo(track, 1);
    expect(layout.rows[0]!.actualWidth / layout.rows[0]!.budgetWidth).toBeCloseTo(16599500 / 17110000, 3);
  });

  it('keeps every value text inside the chart, right of every bar (nothing clipped or overlapped)', () => {
    for (const row of layout.rows) {
      const textStart = row.valueX - estimateTextWidth(row.valueText, layout.fontSize);
      expect(textStart).toBeGreaterThanOrEqual(0);
      expect(row.valueX).toBeLessThanOrEqual(layout.width);
      expect(row.barX + Math.max(row.budgetWidth, row.actualWidth)).toBeLessThanOrEqual(textStart);
    }
  });

  it('centres the actual bar on the budget bar and draws no bar for zero or negative amounts', () => {
    const row = layout.rows[1]!;
    expect(row.actualY - row.y).toBe((row.budgetHeight - row.actualHeight) / 2);
    expect(layout.rows[3]!.budgetWidth).toBe(0);
    expect(layout.rows[3]!.actualWidth).toBe(0);
  });

  it('is deterministic, with coordinates rounded to 2 decimals', () => {
    expect(layoutBudgetBars(rows, { width: 420 })).toEqual(layout);
    for (const row of layout.rows)
      for (const v of [row.y, row.budgetWidth, row.actualWidth, row.textY]) expect(Math.round(v * 100) / 100).toBe(v);
  });

  it('grows in height with the rows and has room for the legend', () => {
    expect(layout.height).toBeGreaterThan(layout.rows.at(-1)!.y + layout.rows.at(-1)!.budgetHeight);
    expect(layout.rows[0]!.y).toBeGreaterThan(layout.legendY);
  });
});

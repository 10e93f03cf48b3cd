import { describe, expect, test } from 'vitest';
import {
  estimateTextWidth,
  layoutHorizontalBars,
  round2,
  truncateToWidth,
  type HorizontalBarsInput,
} from '../../../src/lib/charts/bar-layout.ts';

const expense: HorizontalBarsInput = {
  width: 400,
  bars: [
    { label: '职工教育费', value: 1_200_000, valueText: '1.20 万元' },
    { label: '文体活动费', value: 600_000, valueText: '0.60 万元' },
    { label: '宣传活动费', value: 300_000, valueText: '0.30 万元' },
    { label: '其他支出', value: 0, valueText: '0.00 万元' },
  ],
};

describe('estimateTextWidth', () => {
  test('1 em per CJK character, 0.55 em per ASCII character', () => {
    expect(estimateTextWidth('工会', 14)).toBe(28);
    expect(estimateTextWidth('2021', 10)).toBeCloseTo(22);
    expect(estimateTextWidth('2021年', 10)).toBeCloseTo(32);
    expect(estimateTextWidth('', 14)).toBe(0);
  });

  test('full-width punctuation counts as CJK, astral characters once', () => {
    expect(estimateTextWidth('（两年）', 10)).toBe(40);
    expect(estimateTextWidth('𠀀', 10)).toBe(10);
  });
});

describe('truncateToWidth', () => {
  test('keeps text that fits', () => {
    expect(truncateToWidth('职工教育费', 70, 14)).toBe('职工教育费');
  });

  test('cuts with … so the result fits', () => {
    const text = truncateToWidth('工会经费收入与支出决算明细表', 112, 14);
    expect(text).toBe('工会经费收入与…');
    expect(estimateTextWidth(text, 14)).toBeLessThanOrEqual(112);
  });

  test('returns "" when not even … fits', () => {
    expect(truncateToWidth('工会', 5, 14)).toBe('');
  });
});

describe('layoutHorizontalBars', () => {
  test('bar lengths are proportional to value', () => {
    const { bars } = layoutHorizontalBars(expense);
    const [a, b, c, d] = bars.map((bar) => bar.barWidth);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeCloseTo((a ?? 0) / 2, 1);
    expect(c).toBeCloseTo((a ?? 0) / 4, 1);
    expect(d).toBe(0);
  });

  test('bars start at a common x after the label column and stay inside the width', () => {
    const layout = layoutHorizontalBars(expense);
    for (const bar of layout.bars) {
      expect(bar.barX).toBe(120);
      expect(bar.barX + bar.barWidth).toBeLessThanOrEqual(layout.width);
      expect(bar.labelX).toBe(112);
    }
  });

  test('negative values get a zero-length bar and the value text after it', () => {
    const { bars } = layoutHorizontalBars({
      width: 400,
      bars: [
        { label: '收入', value: 500, valueText: '5.00 元' },
        { label: '冲销', value: -200, valueText: '-2.00 元' },
      ],
    });
    expect(bars[1]?.barWidth).toBe(0);
    expect(bars[1]?.valueInside).toBe(false);
    expect(bars[1]?.valueX).toBeGreaterThan(bars[1]?.barX ?? 0);
  });

  test('value text goes inside a long bar and after a short one, always within the width', () => {
    const layout = layoutHorizontalBars(expense);
    const [long, , short] = layout.bars;
    expect(long?.valueInside).toBe(true);
    expect(long?.valueAnchor).toBe('end');
    expect(long?.valueX).toBeLessThan((long?.barX ?? 0) + (long?.barWidth ?? 0));
    expect(short?.valueInside).toBe(false);
    expect(short?.valueAnchor).toBe('start');
    expect(short?.valueX).toBeGreaterThan((short?.barX ?? 0) + (short?.barWidth ?? 0));
    for (const bar of layout.bars) {
      if (!bar.valueInside) {
        expect(bar.valueX + estimateTextWidth(bar.valueText, layout.fontSize)).toBeLessThanOrEqual(layout.width);
      }
    }
  });

  test('the longest bar shrinks when a value text fits neither inside nor after its bar', () => {
    // At full length (152) the 2nd bar (91.2) is too short for its 84-px text inside and
    // too long to hold it after; the scale shrinks until the text fits after it.
    const layout = layoutHorizontalBars({
      width: 200,
      labelWidth: 40,
      bars: [
        { label: 'A', value: 100, valueText: '1' },
        { label: 'B', value: 60, valueText: '六个汉字文本' },
      ],
    });
    const [a, b] = layout.bars;
    expect(a?.barWidth).toBeCloseTo((152 - 6 - 84) / 0.6, 1);
    expect(a?.valueInside).toBe(true);
    expect(b?.valueInside).toBe(false);
    expect((b?.valueX ?? 0) + estimateTextWidth('六个汉字文本', 14)).toBeLessThanOrEqual(200);
  });

  test('long labels are truncated for display, full label kept', () => {
    const { bars } = layoutHorizontalBars({
      width: 400,
      bars: [{ label: '工会经费收入与支出决算明细表', value: 1, valueText: '0.01 元' }],
    });
    expect(bars[0]?.label).toBe('工会经费收入与支出决算明细表');
    expect(bars[0]?.displayLabel).toBe('工会经费收入与…');
    expect(bars[0]?.truncated).toBe(true);
  });

  test('vertical stacking: y advances by barHeight + gap; height fits all bars', () => {
    const layout = layoutHorizontalBars({ ...expense, barHeight: 20, gap: 5 });
    expect(layout.bars.map((bar) => bar.y)).toEqual([4, 29, 54, 79]);
    expect(layout.height).toBe(4 + 4 * 20 + 3 * 5 + 4);
    for (const bar of layout.bars) {
      expect(bar.labelY).toBeGreaterThan(bar.y);
      expect(bar.labelY).toBeLessThan(bar.y + bar.barHeight);
    }
  });

  test('colour index cycles through the 8 palette colours', () => {
    const bars = Array.from({ length: 10 }, (_, i) => ({
      label: `科目${i}`,
      value: i + 1,
      valueText: `${i + 1}`,
    }));
    expect(layoutHorizontalBars({ width: 400, bars }).bars.map((bar) => bar.colorIndex)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 0, 1,
    ]);
  });

  test('all-zero and empty inputs do not divide by zero', () => {
    const zero = layoutHorizontalBars({ width: 400, bars: [{ label: 'A', value: 0, valueText: '0' }] });
    expect(zero.bars[0]?.barWidth).toBe(0);
    const empty = layoutHorizontalBars({ width: 400, bars: [] });
    expect(empty.bars).toEqual([]);
    expect(empty.height).toBeGreaterThan(0);
  });

  test('deterministic and rounded to 2 decimals', () => {
    const input: HorizontalBarsInput = {
      width: 333,
      bars: [
        { label: '甲', value: 1_000_003, valueText: '1.00' },
        { label: '乙', value: 333_333, valueText: '0.33' },
      ],
    };
    const first = layoutHorizontalBars(input);
    expect(layoutHorizontalBars(input)).toEqual(first);
    expect(JSON.stringify(layoutHorizontalBars(input))).toBe(JSON.stringify(first));
    for (const bar of first.bars) {
      for (const n of [bar.y, bar.barX, bar.barWidth, bar.labelX, bar.labelY, bar.valueX, bar.valueY]) {
        expect(round2(n)).toBe(n);
      }
    }
  });
});

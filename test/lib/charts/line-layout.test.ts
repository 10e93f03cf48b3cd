import { describe, expect, test } from 'vitest';
import {
  formatTickWan,
  formatTickYuan,
  layoutLineChart,
  markerPath,
  type LineChartInput,
} from '../../../src/lib/charts/line-layout.ts';
import { estimateTextWidth, round2 } from '../../../src/lib/charts/bar-layout.ts';
import { MARKER_SHAPES } from '../../../src/lib/charts/palette.ts';

const trend: LineChartInput = {
  categories: ['2019-2020', '2021', '2022', '2023'],
  series: [
    { name: '收入', values: [3_873_620, 2_100_000, 2_350_000, 2_500_000] },
    { name: '支出', values: [3_500_000, 1_900_000, null, 2_600_000] },
    { name: '期末结余', values: [373_620, 573_620, 800_000, 700_000] },
  ],
  width: 400,
  height: 240,
  formatTick: formatTickWan,
  unit: '万元',
};

describe('layoutLineChart', () => {
  test('points are strictly increasing in x and evenly spaced per category', () => {
    const layout = layoutLineChart(trend);
    const xs = layout.series[0]?.points.map((p) => p.x) ?? [];
    expect(xs).toHaveLength(4);
    for (let i = 1; i < xs.length; i += 1) expect(xs[i]).toBeGreaterThan(xs[i - 1] ?? 0);
    expect(layout.xLabels.map((l) => l.x)).toEqual(xs);
  });

  test('every point and tick lies within the plot', () => {
    const { plot, series, yTicks } = layoutLineChart(trend);
    for (const s of series) {
      for (const p of s.points) {
        expect(p.x).toBeGreaterThanOrEqual(plot.x);
        expect(p.x).toBeLessThanOrEqual(plot.x + plot.width);
        expect(p.y).toBeGreaterThanOrEqual(plot.y);
        expect(p.y).toBeLessThanOrEqual(plot.y + plot.height);
      }
    }
    for (const tick of yTicks) {
      expect(tick.y).toBeGreaterThanOrEqual(plot.y);
      expect(tick.y).toBeLessThanOrEqual(plot.y + plot.height + 0.01);
    }
  });

  test('y axis uses niceScale: ticks from 0 to a round maximum, bottom to top', () => {
    const { yTicks, plot, baselineY } = layoutLineChart(trend);
    expect(yTicks.map((t) => t.value)).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]);
    expect(yTicks.map((t) => t.text)).toEqual(['0', '1', '2', '3', '4']);
    expect(yTicks[0]?.y).toBe(plot.y + plot.height);
    expect(yTicks[4]?.y).toBe(plot.y);
    expect(baselineY).toBe(plot.y + plot.height);
  });

  test('higher values are drawn higher up', () => {
    const [income] = layoutLineChart(trend).series;
    const [a, b] = income?.points ?? [];
    expect(a?.value).toBeGreaterThan(b?.value ?? 0);
    expect(a?.y).toBeLessThan(b?.y ?? 0);
  });

  test('room is left for the widest tick label left of the plot', () => {
    const layout = layoutLineChart({ ...trend, formatTick: formatTickYuan, unit: '元' });
    const widest = Math.max(...layout.yTicks.map((t) => estimateTextWidth(t.text, layout.fontSize)));
    for (const tick of layout.yTicks) {
      expect(tick.labelX).toBeLessThan(layout.plot.x);
      expect(tick.labelX - widest).toBeGreaterThanOrEqual(0);
    }
    expect(layout.plot.x + layout.plot.width).toBeLessThanOrEqual(layout.width);
    expect(layout.plot.y + layout.plot.height).toBeLessThan(layout.xLabels[0]?.y ?? 0);
    expect(layout.xLabels[0]?.y).toBeLessThanOrEqual(layout.height);
  });

  test('null values are skipped: no point, and the path breaks into segments', () => {
    const [, expense] = layoutLineChart(trend).series;
    expect(expense?.points.map((p) => p.index)).toEqual([0, 1, 3]);
    // Points 0-1 form a segment; point 3 stands alone (marker only, no segment).
    expect(expense?.path.match(/M/g)).toHaveLength(1);
    expect(expense?.path.match(/L/g)).toHaveLength(1);
    expect(expense?.path).not.toContain('NaN');
    expect(expense?.markerPath.match(/M/g)).toHaveLength(3);
  });

  test('a gap between two runs yields two M segments', () => {
    const layout = layoutLineChart({
      ...trend,
      categories: ['a', 'b', 'c', 'd', 'e'],
      series: [{ name: 's', values: [1, 2, null, 4, 5] }],
    });
    const path = layout.series[0]?.path ?? '';
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(2);
  });

  test('one category: points are centred horizontally', () => {
    const layout = layoutLineChart({
      ...trend,
      categories: ['2023'],
      series: [{ name: '收入', values: [100] }],
    });
    const point = layout.series[0]?.points[0];
    expect(point?.x).toBe(round2(layout.plot.x + layout.plot.width / 2));
    expect(layout.series[0]?.path).toBe('');
  });

  test('series get distinct colours, dashes and markers', () => {
    const { series } = layoutLineChart(trend);
    expect(series.map((s) => s.colorIndex)).toEqual([0, 1, 2]);
    expect(new Set(series.map((s) => s.dash)).size).toBe(3);
    expect(new Set(series.map((s) => s.marker)).size).toBe(3);
  });

  test('negative values extend the axis below 0', () => {
    const layout = layoutLineChart({
      ...trend,
      series: [{ name: '结余', values: [-150_000, 200_000, 50_000, 0] }],
    });
    expect(layout.yTicks[0]?.value).toBeLessThan(0);
    expect(layout.baselineY).toBeLessThan(layout.plot.y + layout.plot.height);
    expect(layout.axisPath).toContain(`H${round2(layout.plot.x + layout.plot.width)}`);
  });

  test('long category labels are shortened, full text kept', () => {
    const layout = layoutLineChart({
      ...trend,
      categories: ['2019—2020年度（两年）', '2021年度', '2022年度', '2023年度'],
    });
    expect(layout.xLabels[0]?.text.endsWith('…')).toBe(true);
    expect(layout.xLabels[0]?.fullText).toBe('2019—2020年度（两年）');
    expect(layout.xLabels[1]?.text).toBe('2021年度');
  });

  test('no data at all still yields a valid axis', () => {
    const layout = layoutLineChart({ ...trend, series: [{ name: 's', values: [null, null, null, null] }] });
    expect(layout.series[0]?.points).toEqual([]);
    expect(layout.series[0]?.path).toBe('');
    expect(layout.yTicks.length).toBeGreaterThanOrEqual(2);
  });

  test('deterministic: same input twice gives identical output, coordinates rounded', () => {
    const first = layoutLineChart({ ...trend, width: 333, height: 211 });
    const second = layoutLineChart({ ...trend, width: 333, height: 211 });
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const numbers = JSON.stringify(first).match(/-?\d+\.\d+/g) ?? [];
    for (const n of numbers) expect(n.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
  });
});

describe('markerPath', () => {
  test('every shape gives rounded, distinct path data', () => {
    const paths = MARKER_SHAPES.map((shape) => markerPath(shape, 10.333, 20.666, 3.5));
    expect(new Set(paths).size).toBe(MARKER_SHAPES.length);
    for (const d of paths) {
      expect(d).toMatch(/^M/);
      for (const n of d.match(/-?\d+\.\d+/g) ?? []) expect(n.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
    }
  });
});

describe('tick formatters', () => {
  test('万元: fen / 1,000,000, trailing zeros dropped, grouped', () => {
    expect(formatTickWan(0)).toBe('0');
    expect(formatTickWan(2_500_000)).toBe('2.5');
    expect(formatTickWan(387_362)).toBe('0.3874');
    expect(formatTickWan(12_345_000_000)).toBe('12,345');
    expect(formatTickWan(-1_000_000)).toBe('-1');
  });

  test('元: fen / 100, up to 2 decimals, grouped', () => {
    expect(formatTickYuan(123_456_700)).toBe('1,234,567');
    expect(formatTickYuan(150)).toBe('1.5');
    expect(formatTickYuan(-5)).toBe('-0.05');
    expect(formatTickYuan(0)).toBe('0');
  });
});

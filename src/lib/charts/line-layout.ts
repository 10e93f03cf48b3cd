/**
 * Layout for a multi-series line chart of amounts across periods (e.g. income, expense
 * and closing balance per period).
 *
 * Pure function of its input. Values are amounts in fen (分); lengths and coordinates
 * are SVG user units (px at a 1:1 viewBox scale), rounded to 2 decimals so the same
 * input always gives byte-identical SVG.
 */
import { estimateTextWidth, round2, truncateToWidth } from './bar-layout.ts';
import { niceScale } from './nice-scale.ts';
import { seriesStyle, type MarkerShape } from './palette.ts';

/** One series of the input. */
export interface LineSeriesInput {
  /** Series name, shown in the legend. */
  name: string;
  /** One value per category in fen; `null` (or a missing/non-finite entry) is a gap. */
  values: (number | null)[];
}

/** Input of {@link layoutLineChart}. */
export interface LineChartInput {
  /** Category (period) labels along the x axis, in order; keep them short. */
  categories: string[];
  /** Series, drawn in order; series i gets palette colour, dash and marker i (mod 8). */
  series: LineSeriesInput[];
  /** Chart width in user units (the viewBox width). */
  width: number;
  /** Chart height in user units (the viewBox height). */
  height: number;
  /** Formats a tick value given in fen, e.g. {@link formatTickWan} for 万元. */
  formatTick: (value: number) => string;
  /** Unit caption drawn above the y axis, e.g. "万元" (default: none). */
  unit?: string;
  /** Font size of all texts in user units (default 13). */
  fontSize?: number;
  /** Most y ticks wanted, counting both ends (default 5). */
  maxTicks?: number;
}

/** A rectangle in user units (px). */
export interface Rect {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
}

/** An x-axis label; coordinates in user units (px), text centred (`text-anchor="middle"`). */
export interface XLabel {
  /** Centre x of the label (same as the category's points). */
  x: number;
  /** Baseline y of the label. */
  y: number;
  /** Displayed text, shortened with "…" when wider than the category's slot. */
  text: string;
  /** The full category label (use in `<title>`). */
  fullText: string;
}

/** A y-axis tick with its gridline; coordinates in user units (px). */
export interface YTick {
  /** y of the gridline. */
  y: number;
  /** Formatted tick text. */
  text: string;
  /** Tick value in fen. */
  value: number;
  /** Anchor x of the text; the text is right-aligned (`text-anchor="end"`). */
  labelX: number;
  /** Baseline y of the text (visually centred on the gridline). */
  labelY: number;
}

/** A plotted data point; coordinates in user units (px). */
export interface LinePoint {
  /** x of the point. */
  x: number;
  /** y of the point. */
  y: number;
  /** The value in fen. */
  value: number;
  /** Index of the point's category. */
  index: number;
}

/** A laid-out series. */
export interface LineSeriesLayout {
  /** Series name, as given. */
  name: string;
  /** Index into the palette. */
  colorIndex: number;
  /** `stroke-dasharray` for the line, in user units (px); "" for solid. */
  dash: string;
  /** Marker shape used at the points. */
  marker: MarkerShape;
  /**
   * SVG path data of the line: one "M…L…" segment per run of consecutive non-null values
   * (nulls leave a gap; a lone point has no segment, only its marker). "" when nothing to draw.
   */
  path: string;
  /** SVG path data drawing the marker at every point (fill and stroke it with the series colour). */
  markerPath: string;
  /** Non-null points, in category order. */
  points: LinePoint[];
  /** Legend swatch of {@link SWATCH_WIDTH} × {@link SWATCH_HEIGHT}: a short line… */
  swatchPath: string;
  /** …and the marker in its middle. */
  swatchMarkerPath: string;
}

/** Output of {@link layoutLineChart}; lengths in user units (px). */
export interface LineChartLayout {
  /** Chart width (the viewBox width). */
  width: number;
  /** Chart height (the viewBox height). */
  height: number;
  /** Font size for all texts. */
  fontSize: number;
  /** The plotting area inside the axes. */
  plot: Rect;
  /** y of the value 0 (the baseline, drawn stronger than the other gridlines). */
  baselineY: number;
  /** SVG path data of the horizontal gridlines at every non-zero tick, across the plot. */
  gridPath: string;
  /** SVG path data of the axes: the y axis at the plot's left edge and the zero line. */
  axisPath: string;
  /** Unit caption above the y axis (left-aligned), or null. */
  unitLabel: { x: number; y: number; text: string } | null;
  /** One label per category. */
  xLabels: XLabel[];
  /** y ticks from bottom to top. */
  yTicks: YTick[];
  /** Laid-out series, in input order. */
  series: LineSeriesLayout[];
}

/** Width of the legend swatch, user units (px). */
export const SWATCH_WIDTH = 28;
/** Height of the legend swatch, user units (px). */
export const SWATCH_HEIGHT = 12;
/** Marker "radius", user units (px). */
const MARKER_RADIUS = 3.5;
/** Gap between tick labels and the plot, user units (px). */
const TICK_GAP = 6;
/** Right padding so edge markers are not clipped, user units (px). */
const RIGHT_PADDING = 8;
/** Baseline offset from the vertical centre of a text, in em. */
const BASELINE_SHIFT_EM = 0.35;

/**
 * Lays out a line chart: y axis from {@link niceScale} over all values (always including
 * 0), tick labels on the left with room reserved for the widest one, one category slot
 * per period with points at the slot centres (a single category is centred), and one
 * path per series that breaks at null values.
 *
 * @param input categories, series values in fen and sizes in user units (px)
 * @returns layout in user units (px), coordinates rounded to 2 decimals
 */
export function layoutLineChart(input: LineChartInput): LineChartLayout {
  const fontSize = input.fontSize ?? 13;
  const { width, height, categories } = input;
  const baselineShift = BASELINE_SHIFT_EM * fontSize;

  const values: number[] = [];
  for (const s of input.series) {
    for (let i = 0; i < categories.length; i += 1) {
      const v = s.values[i];
      if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
    }
  }
  const scale =
    values.length > 0
      ? niceScale(Math.min(...values), Math.max(...values), input.maxTicks ?? 5)
      : niceScale(0, 0, input.maxTicks ?? 5);
  const tickTexts = scale.ticks.map((t) => input.formatTick(t));
  const tickTextWidth = Math.max(0, ...tickTexts.map((t) => estimateTextWidth(t, fontSize)));

  const unit = input.unit ?? '';
  const top = unit ? fontSize * 2 : Math.ceil(fontSize / 2) + 2;
  const bottom = fontSize + 10;
  const left = Math.ceil(tickTextWidth) + TICK_GAP + 2;
  const plot: Rect = {
    x: left,
    y: top,
    width: Math.max(0, width - left - RIGHT_PADDING),
    height: Math.max(0, height - top - bottom),
  };

  const yOf = (value: number): number =>
    plot.y + plot.height - ((value - scale.min) / (scale.max - scale.min)) * plot.height;
  const slot = categories.length > 0 ? plot.width / categories.length : plot.width;
  const xOf = (index: number): number => plot.x + (index + 0.5) * slot;

  const xLabels = categories.map((text, index): XLabel => ({
    x: round2(xOf(index)),
    y: round2(plot.y + plot.height + fontSize + 4),
    text: truncateToWidth(text, Math.max(0, slot - 4), fontSize),
    fullText: text,
  }));

  const yTicks = scale.ticks.map((value, i): YTick => ({
    y: round2(yOf(value)),
    text: tickTexts[i] ?? '',
    value,
    labelX: round2(plot.x - TICK_GAP),
    labelY: round2(yOf(value) + baselineShift),
  }));

  const series = input.series.map((s, seriesIndex): LineSeriesLayout => {
    const style = seriesStyle(seriesIndex);
    const points: LinePoint[] = [];
    // Runs of consecutive non-null points; a run of one point has no line (only its marker).
    const runs: LinePoint[][] = [];
    let run: LinePoint[] = [];
    for (let i = 0; i < categories.length; i += 1) {
      const v = s.values[i];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        run = [];
        continue;
      }
      const point = { x: round2(xOf(i)), y: round2(yOf(v)), value: v, index: i };
      points.push(point);
      if (run.length === 0) runs.push(run);
      run.push(point);
    }
    const commands = runs
      .filter((r) => r.length > 1)
      .map((r) => r.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(''));
    return {
      name: s.name,
      colorIndex: style.colorIndex,
      dash: style.dash,
      marker: style.marker,
      path: commands.join(''),
      markerPath: points.map((p) => markerPath(style.marker, p.x, p.y, MARKER_RADIUS)).join(''),
      points,
      swatchPath: `M1 ${SWATCH_HEIGHT / 2}H${SWATCH_WIDTH - 1}`,
      swatchMarkerPath: markerPath(style.marker, SWATCH_WIDTH / 2, SWATCH_HEIGHT / 2, MARKER_RADIUS),
    };
  });

  const plotLeft = round2(plot.x);
  const plotRight = round2(plot.x + plot.width);
  const gridPath = yTicks
    .filter((tick) => tick.value !== 0)
    .map((tick) => `M${plotLeft} ${tick.y}H${plotRight}`)
    .join('');
  const baselineY = round2(yOf(0));
  const axisPath = `M${plotLeft} ${round2(plot.y)}V${round2(plot.y + plot.height)}M${plotLeft} ${baselineY}H${plotRight}`;

  return {
    width: round2(width),
    height: round2(height),
    fontSize,
    plot: { x: round2(plot.x), y: round2(plot.y), width: round2(plot.width), height: round2(plot.height) },
    baselineY,
    gridPath,
    axisPath,
    unitLabel: unit ? { x: 0, y: round2(fontSize), text: unit } : null,
    xLabels,
    yTicks,
    series,
  };
}

/**
 * SVG path data for a marker centred on (x, y). Filled shapes are closed; "cross" and
 * "plus" are open strokes, so draw markers with both fill and stroke.
 *
 * @param shape marker shape
 * @param x centre x in user units (px)
 * @param y centre y in user units (px)
 * @param r marker "radius" in user units (px)
 * @returns path data with coordinates rounded to 2 decimals
 */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (n: number): string => String(round2(n));
  switch (shape) {
    case 'circle':
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${f(x - s)} ${f(y - s)}H${f(x + s)}V${f(y + s)}H${f(x - s)}Z`;
    }
    case 'triangle':
      return `M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.1)} ${f(y + r * 0.8)}H${f(x - r * 1.1)}Z`;
    case 'triangle-down':
      return `M${f(x)} ${f(y + r * 1.2)}L${f(x + r * 1.1)} ${f(y - r * 0.8)}H${f(x - r * 1.1)}Z`;
    case 'diamond':
      return `M${f(x)} ${f(y - r * 1.3)}L${f(x + r)} ${f(y)}L${f(x)} ${f(y + r * 1.3)}L${f(x - r)} ${f(y)}Z`;
    case 'cross':
      return `M${f(x - r)} ${f(y - r)}L${f(x + r)} ${f(y + r)}M${f(x - r)} ${f(y + r)}L${f(x + r)} ${f(y - r)}`;
    case 'plus':
      return `M${f(x - r * 1.2)} ${f(y)}H${f(x + r * 1.2)}M${f(x)} ${f(y - r * 1.2)}V${f(y + r * 1.2)}`;
    case 'bar':
      return `M${f(x - r * 1.3)} ${f(y - r * 0.5)}H${f(x + r * 1.3)}V${f(y + r * 0.5)}H${f(x - r * 1.3)}Z`;
  }
}

/**
 * Formats a tick value in fen as 万元 (1 万元 = 1,000,000 fen): up to 4 decimals, trailing
 * zeros dropped, thousands separated by ",". No unit suffix (show the unit once via `unit`).
 *
 * @param fen amount in fen
 * @returns e.g. 2,500,000 → "2.5"; 387,362 → "0.3874"; 0 → "0"
 */
export function formatTickWan(fen: number): string {
  return formatScaled(fen, 1_000_000, 4);
}

/**
 * Formats a tick value in fen as 元 (1 元 = 100 fen): up to 2 decimals, trailing zeros
 * dropped, thousands separated by ",". No unit suffix.
 *
 * @param fen amount in fen
 * @returns e.g. 123,456,700 → "1,234,567"; 150 → "1.5"
 */
export function formatTickYuan(fen: number): string {
  return formatScaled(fen, 100, 2);
}

/** `value / divisor` with at most `decimals` decimals, trailing zeros dropped, grouped. */
function formatScaled(value: number, divisor: number, decimals: number): string {
  const fixed = Math.abs(value / divisor).toFixed(decimals);
  const [intPart = '0', fraction = ''] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction.replace(/0+$/, '');
  const text = trimmed ? `${grouped}.${trimmed}` : grouped;
  return value < 0 && text !== '0' ? `-${text}` : text;
}

import { seriesStyle } from './palette.ts';

/** A series of the interactive trend chart, with the colour and dash pattern of the SVG chart. */
export interface TrendSeries {
  name: string;
  /** Values in fen, one per label; null where a period has no value. */
  values: (number | null)[];
  color: string;
  /** chart.js dash pattern in px; empty for a solid line. */
  dash: number[];
}

/**
 * The data the interactive trend chart (chart.js, loaded on demand) draws: the labels and
 * each series styled as the build-time SVG chart draws it, so both look the same.
 */
export function trendExplorerData(
  labels: string[],
  series: readonly { name: string; values: (number | null)[] }[],
): { labels: string[]; series: TrendSeries[] } {
  return {
    labels,
    series: series.map((s, i) => {
      const style = seriesStyle(i);
      return { ...s, color: style.color, dash: style.dash ? style.dash.split(/[ ,]+/).map(Number) : [] };
    }),
  };
}

/**
 * Chart colours and per-series print styles.
 *
 * Every colour has at least 3:1 contrast against white (WCAG 2.x non-text contrast,
 * SC 1.4.11), and the colours are spread in lightness (CIE L* 22–60) so they stay
 * apart when printed in greyscale; the first three (the usual income / expense /
 * balance series) differ by at least 15 L*. Because eight shades of grey are still hard
 * to tell apart, line series also get a dash pattern and a marker shape, so a
 * black-and-white print separates them without relying on colour.
 */

/** The 8 chart colours as "#rrggbb"; index with `colorIndex % PALETTE.length`. */
export const PALETTE: readonly string[] = [
  '#184082', // dark blue
  '#e96c0d', // orange
  '#2c7930', // green
  '#91225d', // plum
  '#8664ca', // violet
  '#006875', // teal
  '#a37f00', // ochre
  '#353535', // charcoal
];

/**
 * SVG `stroke-dasharray` per series (user units, px); "" means a solid line.
 * Index with `seriesIndex % DASH_PATTERNS.length`.
 */
export const DASH_PATTERNS: readonly string[] = [
  '',
  '8 4',
  '2 3',
  '10 3 2 3',
  '4 4',
  '14 4',
  '10 3 2 3 2 3',
  '1 5',
];

/** Marker shapes drawn at each data point of a line series. */
export type MarkerShape =
  'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross' | 'plus' | 'bar';

/** Marker shape per series; index with `seriesIndex % MARKER_SHAPES.length`. */
export const MARKER_SHAPES: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'cross',
  'plus',
  'bar',
];

/** Everything needed to draw series number `index`. */
export interface SeriesStyle {
  /** Index into {@link PALETTE}. */
  colorIndex: number;
  /** Stroke colour, "#rrggbb". */
  color: string;
  /** Text colour ("#ffffff" or "#000000") with the higher contrast on `color`. */
  onColor: string;
  /** `stroke-dasharray` value in user units (px); "" for solid. */
  dash: string;
  /** Marker shape for the data points. */
  marker: MarkerShape;
}

/**
 * Style of series (or bar) number `index` (0-based); styles repeat after 8.
 *
 * @param index series index, an integer ≥ 0
 * @returns colour, on-colour, dash pattern (px) and marker shape
 */
export function seriesStyle(index: number): SeriesStyle {
  const i = ((Math.trunc(index) % PALETTE.length) + PALETTE.length) % PALETTE.length;
  const color = PALETTE[i] ?? '#000000';
  return {
    colorIndex: i,
    color,
    onColor: contrastRatio(color, '#ffffff') >= contrastRatio(color, '#000000') ? '#ffffff' : '#000000',
    dash: DASH_PATTERNS[i] ?? '',
    marker: MARKER_SHAPES[i] ?? 'circle',
  };
}

/**
 * WCAG 2.x relative luminance of a "#rrggbb" colour.
 *
 * @param hex colour as "#rrggbb"
 * @returns luminance from 0 (black) to 1 (white), unitless
 */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new RangeError(`relativeLuminance: expected #rrggbb, got ${hex}`);
  const n = Number.parseInt(match[1], 16);
  const channel = (value: number): number => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/**
 * WCAG 2.x contrast ratio between two "#rrggbb" colours.
 *
 * @param a first colour
 * @param b second colour
 * @returns ratio from 1 to 21 (unitless, order of arguments does not matter)
 */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * CIE L* lightness of a "#rrggbb" colour, a proxy for the grey it prints as.
 *
 * @param hex colour as "#rrggbb"
 * @returns lightness from 0 (black) to 100 (white)
 */
export function greyscaleLightness(hex: string): number {
  const y = relativeLuminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/**
 * Layout for a horizontal bar chart showing a composition (e.g. expense by category).
 *
 * Pure function of its input: no DOM, no font metrics. Text widths are estimated
 * (see {@link estimateTextWidth}), which is good enough for CJK-heavy labels.
 * All lengths are in SVG user units (px at a 1:1 viewBox scale); all coordinates are
 * rounded to 2 decimals so the same input always gives byte-identical SVG.
 */

/** Width of one CJK (or other non-ASCII) character, in em. */
const WIDE_CHAR_EM = 1;
/** Width of one ASCII character, in em. */
const ASCII_CHAR_EM = 0.55;
/** The truncation mark appended to shortened labels. */
export const ELLIPSIS = '…';

/**
 * Estimates the rendered width of a text: 1 em per CJK (any non-ASCII) character,
 * 0.55 em per ASCII character. Counts code points, so characters outside the BMP
 * count once.
 *
 * @param text the text
 * @param fontSize font size in user units (px)
 * @returns estimated width in user units (px), not rounded
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    ems += (char.codePointAt(0) ?? 0) < 0x80 ? ASCII_CHAR_EM : WIDE_CHAR_EM;
  }
  return ems * fontSize;
}

/**
 * Shortens `text` so that its estimated width fits `maxWidth`, ending it with "…" when
 * anything was cut. Returns the text unchanged when it fits, and "" when not even "…" fits.
 * Trailing whitespace before the "…" is dropped.
 *
 * @param text the full text
 * @param maxWidth available width in user units (px)
 * @param fontSize font size in user units (px)
 * @returns the (possibly) shortened text
 */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const available = maxWidth - estimateTextWidth(ELLIPSIS, fontSize);
  if (available < 0) return '';
  const chars = Array.from(text);
  let width = 0;
  let kept = '';
  for (const char of chars) {
    width += estimateTextWidth(char, fontSize);
    if (width > available) break;
    kept += char;
  }
  return kept.trimEnd() + ELLIPSIS;
}

/**
 * Rounds to 2 decimals and normalises -0 to 0, so coordinates serialise identically.
 *
 * @param value a coordinate or length in user units
 * @returns the rounded value in the same unit
 */
export function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** One bar of the input. */
export interface BarInput {
  /** Category name, shown left of the bar (may be truncated on screen). */
  label: string;
  /** Bar value in fen (分); negative values get a zero-length bar. */
  value: number;
  /** Formatted value shown next to the bar, e.g. "12.35 万元" (the caller chooses the unit). */
  valueText: string;
}

/** Input of {@link layoutHorizontalBars}; lengths in user units (px). */
export interface HorizontalBarsInput {
  /** Bars from top to bottom, in the order given. */
  bars: BarInput[];
  /** Total chart width in user units (the SVG viewBox width). */
  width: number;
  /** Height of each bar in user units (default 22). */
  barHeight?: number;
  /** Vertical space between bars in user units (default 10). */
  gap?: number;
  /** Width reserved for the labels left of the bars in user units (default 112, i.e. 8 CJK characters at 14 px). */
  labelWidth?: number;
  /** Font size of labels and values in user units (default 14). */
  fontSize?: number;
}

/** One laid-out bar; coordinates in user units (px), rounded to 2 decimals. */
export interface BarLayout {
  /** The full label (use it in `<title>` and in the data table). */
  label: string;
  /** The label as displayed, shortened with "…" when wider than the label column. */
  displayLabel: string;
  /** Whether `displayLabel` differs from `label`. */
  truncated: boolean;
  /** The value in fen, as given. */
  value: number;
  /** The formatted value text, as given. */
  valueText: string;
  /** Top edge of the bar. */
  y: number;
  /** Left edge of the bar. */
  barX: number;
  /** Bar length (0 for zero or negative values). */
  barWidth: number;
  /** Bar thickness. */
  barHeight: number;
  /** Anchor x of the label; the label is right-aligned (`text-anchor="end"`). */
  labelX: number;
  /** Baseline y of the label. */
  labelY: number;
  /** Anchor x of the value text; see `valueAnchor`. */
  valueX: number;
  /** Baseline y of the value text. */
  valueY: number;
  /** `text-anchor` of the value text: "start" after the bar, "end" inside it. */
  valueAnchor: 'start' | 'end';
  /** Whether the value text sits inside the bar (draw it in the palette's on-colour). */
  valueInside: boolean;
  /** Index into the chart palette (bar index modulo the palette size, 8). */
  colorIndex: number;
}

/** Output of {@link layoutHorizontalBars}; lengths in user units (px). */
export interface HorizontalBarsLayout {
  /** Chart width (the viewBox width). */
  width: number;
  /** Chart height (the viewBox height), grows with the number of bars. */
  height: number;
  /** Font size used for the estimates, to be applied to all texts. */
  fontSize: number;
  /** Laid-out bars, top to bottom. */
  bars: BarLayout[];
}

/** Number of colours in the chart palette (see palette.ts). */
const PALETTE_SIZE = 8;
/** Space between the label column and the bars. */
const LABEL_GAP = 8;
/** Space between a bar's end and a value text placed after it. */
const VALUE_GAP = 6;
/** Padding between a bar's end and a value text placed inside it. */
const INSIDE_PADDING = 6;
/** Blank space above the first and below the last bar. */
const VERTICAL_PADDING = 4;
/** Baseline offset from the vertical centre, in em (visually centres CJK and digits). */
const BASELINE_SHIFT_EM = 0.35;

/**
 * Lays out a horizontal bar chart: labels in a left column (right-aligned, truncated
 * with "…" when too wide), bars proportional to value from a common left edge, and the
 * value text after each bar, or inside it when the bar is long enough to hold it.
 *
 * The scale is the largest one for which every value text fits, either inside its bar
 * or after it within `width`; so the longest bar may fill the full width when its value
 * text fits inside it.
 *
 * @param input bars (values in fen) and sizes in user units (px)
 * @returns layout in user units (px), coordinates rounded to 2 decimals
 */
export function layoutHorizontalBars(input: HorizontalBarsInput): HorizontalBarsLayout {
  const width = input.width;
  const barHeight = input.barHeight ?? 22;
  const gap = input.gap ?? 10;
  const labelWidth = input.labelWidth ?? 112;
  const fontSize = input.fontSize ?? 14;

  const barX = labelWidth + LABEL_GAP;
  const track = Math.max(0, width - barX);
  const maxValue = Math.max(0, ...input.bars.map((bar) => (Number.isFinite(bar.value) ? bar.value : 0)));
  const ratios = input.bars.map((bar) =>
    maxValue > 0 && Number.isFinite(bar.value) ? Math.max(0, bar.value) / maxValue : 0,
  );
  const textWidths = input.bars.map((bar) => estimateTextWidth(bar.valueText, fontSize));
  const fullLength = chooseFullLength(track, ratios, textWidths);

  const n = input.bars.length;
  const height = n === 0 ? 2 * VERTICAL_PADDING : 2 * VERTICAL_PADDING + n * barHeight + (n - 1) * gap;
  const baselineShift = BASELINE_SHIFT_EM * fontSize;

  const bars = input.bars.map((bar, index): BarLayout => {
    const ratio = ratios[index] ?? 0;
    const textWidth = textWidths[index] ?? 0;
    const barWidth = ratio * fullLength;
    const y = VERTICAL_PADDING + index * (barHeight + gap);
    const textY = y + barHeight / 2 + baselineShift;
    const inside = fitsInside(barWidth, textWidth);
    const displayLabel = truncateToWidth(bar.label, labelWidth, fontSize);
    return {
      label: bar.label,
      displayLabel,
      truncated: displayLabel !== bar.label,
      value: bar.value,
      valueText: bar.valueText,
      y: round2(y),
      barX: round2(barX),
      barWidth: round2(barWidth),
      barHeight: round2(barHeight),
      labelX: round2(labelWidth),
      labelY: round2(textY),
      valueX: round2(inside ? barX + barWidth - INSIDE_PADDING : barX + barWidth + VALUE_GAP),
      valueY: round2(textY),
      valueAnchor: inside ? 'end' : 'start',
      valueInside: inside,
      colorIndex: index % PALETTE_SIZE,
    };
  });

  return { width: round2(width), height: round2(height), fontSize, bars };
}

/** Whether a value text of `textWidth` fits inside a bar of `barWidth` (with padding). */
function fitsInside(barWidth: number, textWidth: number): boolean {
  return textWidth > 0 && barWidth >= textWidth + 2 * INSIDE_PADDING;
}

/**
 * The largest length (≤ `track`) for the longest bar such that every value text fits
 * inside its bar or after it within the track. Candidates are the full track and, for
 * each bar, the length at which its text after the bar just touches the right edge.
 */
function chooseFullLength(track: number, ratios: number[], textWidths: number[]): number {
  const candidates = [track];
  ratios.forEach((ratio, index) => {
    if (ratio > 0) candidates.push((track - VALUE_GAP - (textWidths[index] ?? 0)) / ratio);
  });
  const usable = candidates.filter((length) => length > 0 && length <= track).sort((a, b) => b - a);
  const epsilon = 1e-9;
  for (const length of usable) {
    const ok = ratios.every((ratio, index) => {
      const barWidth = ratio * length;
      const textWidth = textWidths[index] ?? 0;
      return fitsInside(barWidth, textWidth) || barWidth + VALUE_GAP + textWidth <= track + epsilon;
    });
    if (ok) return length;
  }
  // Texts too wide for the track whatever the scale: keep bars visible but short.
  return usable.length > 0 ? Math.min(...usable) : 0;
}

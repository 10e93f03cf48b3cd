import { estimateTextWidth, round2, truncateToWidth } from './bar-layout.ts';

/** One account of a budget chart: its adjusted budget and its actual, in fen. */
export interface BudgetBarInput {
  label: string;
  /** 调整后预算数 in fen. */
  budgetFen: number;
  /** 本期决算数 in fen. */
  actualFen: number;
  /** What is printed at the right, e.g. "97.02%　结余 5,105.00"; the caller formats it. */
  valueText: string;
}

/** One laid-out account: a wide light bar for the budget, a narrow dark bar for the actual over it. */
export interface BudgetBarLayout {
  label: string;
  displayLabel: string;
  valueText: string;
  /** Top of the budget bar. */
  y: number;
  barX: number;
  budgetWidth: number;
  budgetHeight: number;
  /** Top of the actual bar (centred on the budget bar). */
  actualY: number;
  actualWidth: number;
  actualHeight: number;
  labelX: number;
  textY: number;
  /** Right edge of the chart: the value text is right-aligned there (`text-anchor="end"`). */
  valueX: number;
}

/** Output of {@link layoutBudgetBars}, in SVG user units (px), coordinates rounded to 2 decimals. */
export interface BudgetBarsLayout {
  width: number;
  height: number;
  fontSize: number;
  /** Baseline of the legend row at the top. */
  legendY: number;
  rows: BudgetBarLayout[];
}

const LABEL_GAP = 8;
const VALUE_GAP = 10;
const ROW_HEIGHT = 22;
const ACTUAL_HEIGHT = 10;
const GAP = 10;
const LEGEND_HEIGHT = 24;
const BASELINE_SHIFT_EM = 0.35;

/**
 * Lays out budget against actual per account, as a bullet chart: the adjusted budget is a
 * light bar, the actual a narrow dark bar over it, both on one scale from a common left
 * edge (the larger of budget and actual of all rows fills the track). The value texts sit
 * in their own column at the right, sized to the widest text, so nothing overlaps or is
 * cut: the track is what is left between the label column and that column. Negative
 * amounts draw no bar. Pure and deterministic.
 */
export function layoutBudgetBars(
  rows: readonly BudgetBarInput[],
  options: { width?: number; labelWidth?: number; fontSize?: number } = {},
): BudgetBarsLayout {
  const width = options.width ?? 420;
  const fontSize = options.fontSize ?? 14;
  const labelWidth = options.labelWidth ?? 6 * fontSize + 4;
  const valueWidth = Math.max(0, ...rows.map((r) => estimateTextWidth(r.valueText, fontSize)));
  const barX = labelWidth + LABEL_GAP;
  const track = Math.max(0, width - barX - VALUE_GAP - valueWidth);
  const max = Math.max(0, ...rows.flatMap((r) => [r.budgetFen, r.actualFen]));
  const length = (fen: number) => (max > 0 && fen > 0 ? (fen / max) * track : 0);
  const shift = BASELINE_SHIFT_EM * fontSize;
  const laid = rows.map((r, i): BudgetBarLayout => {
    const y = LEGEND_HEIGHT + i * (ROW_HEIGHT + GAP);
    return {
      label: r.label,
      displayLabel: truncateToWidth(r.label, labelWidth, fontSize),
      valueText: r.valueText,
      y: round2(y),
      barX: round2(barX),
      budgetWidth: round2(length(r.budgetFen)),
      budgetHeight: ROW_HEIGHT,
      actualY: round2(y + (ROW_HEIGHT - ACTUAL_HEIGHT) / 2),
      actualWidth: round2(length(r.actualFen)),
      actualHeight: ACTUAL_HEIGHT,
      labelX: round2(labelWidth),
      textY: round2(y + ROW_HEIGHT / 2 + shift),
      valueX: round2(width),
    };
  });
  const height = LEGEND_HEIGHT + rows.length * ROW_HEIGHT + Math.max(0, rows.length - 1) * GAP + 4;
  return {
    width: round2(width),
    height: round2(height),
    fontSize,
    legendY: round2(LEGEND_HEIGHT / 2 + shift),
    rows: laid,
  };
}

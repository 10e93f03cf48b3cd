import { describe, expect, test } from 'vitest';
import {
  contrastRatio,
  DASH_PATTERNS,
  greyscaleLightness,
  MARKER_SHAPES,
  PALETTE,
  relativeLuminance,
  seriesStyle,
} from '../../../src/lib/charts/palette.ts';

describe('palette', () => {
  test('8 distinct colours, 8 distinct dash patterns and marker shapes', () => {
    expect(PALETTE).toHaveLength(8);
    expect(new Set(PALETTE).size).toBe(8);
    expect(new Set(DASH_PATTERNS).size).toBe(8);
    expect(new Set(MARKER_SHAPES).size).toBe(8);
  });

  test('every colour has ≥ 3:1 contrast against white (WCAG 1.4.11)', () => {
    for (const colour of PALETTE) expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  test('colours differ in greyscale lightness; the first three clearly', () => {
    const lightness = PALETTE.map(greyscaleLightness);
    for (let i = 0; i < lightness.length; i += 1) {
      for (let j = i + 1; j < lightness.length; j += 1) {
        expect(Math.abs((lightness[i] ?? 0) - (lightness[j] ?? 0))).toBeGreaterThanOrEqual(4.5);
        if (j < 3) expect(Math.abs((lightness[i] ?? 0) - (lightness[j] ?? 0))).toBeGreaterThanOrEqual(15);
      }
    }
  });

  test('dash patterns are valid stroke-dasharray values (first is solid)', () => {
    expect(DASH_PATTERNS[0]).toBe('');
    for (const dash of DASH_PATTERNS.slice(1)) expect(dash).toMatch(/^\d+( \d+)+$/);
  });

  test('contrast and luminance match the WCAG reference values', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(() => relativeLuminance('red')).toThrow(RangeError);
  });

  test('seriesStyle cycles after 8 and picks a readable on-colour', () => {
    expect(seriesStyle(9)).toEqual(seriesStyle(1));
    for (let i = 0; i < 8; i += 1) {
      const style = seriesStyle(i);
      expect(style.colorIndex).toBe(i);
      expect(contrastRatio(style.color, style.onColor)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

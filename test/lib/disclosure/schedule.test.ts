import { describe, expect, it } from 'vitest';
import { describeRule, parseDeadline, type ScheduleRule } from '../../../src/lib/disclosure/schedule.ts';

describe('parseDeadline', () => {
  it.each([
    ['期末后90天', { anchor: 'end', days: 90 }],
    ['期初后 60 日', { anchor: 'start', days: 60 }],
    ['季末后15天', { anchor: 'end', days: 15 }],
    ['结束后15天', { anchor: 'end', days: 15 }],
    ['事项结束后7天', { anchor: 'end', days: 7 }],
    ['事项开始后0天', { anchor: 'start', days: 0 }],
    ['END+120', { anchor: 'end', days: 120 }],
    ['期末90天', undefined],
    ['会后15天', undefined],
    ['期末后九十天', undefined],
  ])('%s → %o', (text, expected) => {
    expect(parseDeadline(text)).toEqual(expected);
  });
});

describe('describeRule', () => {
  const rule = (frequency: ScheduleRule['frequency'], anchor: ScheduleRule['anchor'], days: number): ScheduleRule => ({
    line: 2,
    kind: 'fund-statement',
    frequency,
    anchor,
    days,
    audience: '全体',
  });
  it.each([
    [rule('per-period', 'end', 90), '每期，期末后 90 天内'],
    [rule('per-period', 'start', 90), '每期，期初后 90 天内'],
    [rule('per-quarter', 'end', 15), '每季度，季末后 15 天内'],
    [rule('per-item', 'end', 15), '逐项，事项结束后 15 天内'],
    [rule('per-item', 'start', 0), '逐项，事项开始后 0 天内'],
  ])('%o → %s', (input, expected) => {
    expect(describeRule(input)).toBe(expected);
  });

  it('reads back what it prints', () => {
    for (const r of [rule('per-period', 'end', 90), rule('per-item', 'end', 15), rule('per-item', 'start', 3)]) {
      const printed = describeRule(r).split('，')[1]!.replace(/ /g, '').replace(/内$/, '');
      expect(parseDeadline(printed)).toEqual({ anchor: r.anchor, days: r.days });
    }
  });
});

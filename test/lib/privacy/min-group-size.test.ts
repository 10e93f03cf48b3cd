import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MIN_GROUP_SIZE,
  suppressSmallGroups,
  type CountedGroup,
} from '../../../src/lib/privacy/min-group-size.ts';

/** A group of `n` people named after the label (a1, a2 …), or with the given members. */
const g = (label: string, n: number | string[]): CountedGroup => ({
  label,
  members: new Set(typeof n === 'number' ? Array.from({ length: n }, (_, i) => `${label}${i}`) : n),
});

function split(groups: CountedGroup[], min = DEFAULT_MIN_GROUP_SIZE) {
  const { shown, hidden } = suppressSmallGroups(groups, min);
  return { shown: shown.map((x) => x.label), hidden: hidden.map((h) => `${h.group.label}:${h.reason}`) };
}

describe('suppressSmallGroups', () => {
  it.each<[string, CountedGroup[], { shown: string[]; hidden: string[] }]>([
    [
      'no small group: nothing changes',
      [g('慰问', 30), g('困难帮扶', 5), g('金秋助学', 3)],
      { shown: ['慰问', '困难帮扶', '金秋助学'], hidden: [] },
    ],
    [
      'one small group: the next smallest is merged with it (else total − shown reveals it)',
      [g('慰问', 28), g('困难帮扶', 5), g('金秋助学', 1)],
      { shown: ['慰问'], hidden: ['金秋助学:small', '困难帮扶:complementary'] },
    ],
    [
      'two small groups that together reach the minimum: no complementary group',
      [g('慰问', 28), g('大病帮扶', 1), g('金秋助学', 2)],
      { shown: ['慰问'], hidden: ['大病帮扶:small', '金秋助学:small'] },
    ],
    [
      'two small groups below the minimum together: the next smallest joins',
      [g('慰问', 28), g('春节帮扶', 5), g('大病帮扶', 1), g('金秋助学', 1)],
      { shown: ['慰问'], hidden: ['大病帮扶:small', '金秋助学:small', '春节帮扶:complementary'] },
    ],
    [
      'the same person in two small groups counts once',
      [g('慰问', 28), g('春节帮扶', 5), g('大病帮扶', ['张']), g('金秋助学', ['张', '李'])],
      { shown: ['慰问'], hidden: ['大病帮扶:small', '金秋助学:small', '春节帮扶:complementary'] },
    ],
    [
      'ties broken by label, so the result does not depend on input order',
      [g('乙', 4), g('甲', 4), g('丙', 1)],
      { shown: ['甲'], hidden: ['丙:small', '乙:complementary'] },
    ],
    ['a single small group: everything merged', [g('慰问', 2)], { shown: [], hidden: ['慰问:small'] }],
    ['a minimum of 1 hides nothing', [g('慰问', 1), g('帮扶', 1)], { shown: ['慰问', '帮扶'], hidden: [] }],
  ])('%s', (_, groups, expected) => {
    expect(split(groups, _ === 'a minimum of 1 hides nothing' ? 1 : DEFAULT_MIN_GROUP_SIZE)).toEqual(expected);
  });

  it('never lets a hidden group be worked out from the total and the shown groups', () => {
    const groups = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(groups, fc.integer({ min: 1, max: 5 }), (sizes, min) => {
        const input = sizes.map((n, i) => g(`g${i}`, n));
        const { shown, hidden } = suppressSmallGroups(input, min);
        // every group is either shown or hidden, once
        expect(shown.length + hidden.length).toBe(input.length);
        // every shown group has at least `min` people
        for (const s of shown) expect(s.members.size).toBeGreaterThanOrEqual(min);
        if (hidden.length === 0) return;
        // what the total minus the shown groups reveals is the merged group: two groups or
        // more and at least `min` people, unless every group is merged (then the total is it)
        const people = new Set(hidden.flatMap((h) => [...h.group.members])).size;
        if (shown.length > 0) {
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          expect(people).toBeGreaterThanOrEqual(min);
        }
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { disclosureStatus } from '../../../src/lib/disclosure/status.ts';

const asOf = '2025-06-30';

describe('disclosureStatus', () => {
  it.each([
    {
      name: 'published before the deadline',
      item: { publishedOn: '2025-03-01', deadline: '2025-03-31' },
      expected: { status: 'published', lateDays: 0 },
    },
    {
      name: 'published on the deadline day',
      item: { publishedOn: '2025-03-31', deadline: '2025-03-31' },
      expected: { status: 'published', lateDays: 0 },
    },
    {
      name: 'published one day late',
      item: { publishedOn: '2025-04-01', deadline: '2025-03-31' },
      expected: { status: 'published', lateDays: 1 },
    },
    {
      name: 'published with no deadline',
      item: { publishedOn: '2020-01-01' },
      expected: { status: 'published', lateDays: 0 },
    },
    {
      name: 'published on the build date',
      item: { publishedOn: asOf, deadline: '2025-07-31' },
      expected: { status: 'published', lateDays: 0 },
    },
    {
      name: 'dated after the build date: not yet published',
      item: { publishedOn: '2025-07-01', deadline: '2025-07-31' },
      expected: { status: 'due', lateDays: 0, daysLeft: 31 },
    },
    {
      name: 'not published, deadline ahead',
      item: { deadline: '2025-07-10' },
      expected: { status: 'due', lateDays: 0, daysLeft: 10 },
    },
    {
      name: 'not published, deadline is today',
      item: { deadline: asOf },
      expected: { status: 'due', lateDays: 0, daysLeft: 0 },
    },
    {
      name: 'not published, deadline was yesterday',
      item: { deadline: '2025-06-29' },
      expected: { status: 'overdue', lateDays: 1 },
    },
    {
      name: 'not published, deadline three months ago',
      item: { deadline: '2025-03-31' },
      expected: { status: 'overdue', lateDays: 91 },
    },
    { name: 'not published, no deadline', item: {}, expected: { status: 'due', lateDays: 0 } },
    {
      name: 'a notice on its last day',
      item: { publishedOn: '2025-06-24', endsOn: asOf },
      expected: { status: 'published', lateDays: 0 },
    },
    {
      name: 'a notice the day after its end',
      item: { publishedOn: '2025-06-20', endsOn: '2025-06-29' },
      expected: { status: 'expired', lateDays: 0 },
    },
    {
      name: 'an expired notice that was late',
      item: { publishedOn: '2025-06-03', endsOn: '2025-06-09', deadline: '2025-06-01' },
      expected: { status: 'expired', lateDays: 2 },
    },
    {
      name: 'a notice not yet posted whose end has passed is overdue, not expired',
      item: { endsOn: '2025-06-01', deadline: '2025-05-20' },
      expected: { status: 'overdue', lateDays: 41 },
    },
  ])('$name', ({ item, expected }) => {
    expect(disclosureStatus(item, asOf)).toEqual(expected);
  });

  it('counts across a leap day', () => {
    expect(disclosureStatus({ deadline: '2024-02-28' }, '2024-03-01')).toEqual({ status: 'overdue', lateDays: 2 });
  });
});

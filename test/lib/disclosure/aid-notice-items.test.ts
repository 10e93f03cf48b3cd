import { describe, expect, it } from 'vitest';
import { aidNoticeItems } from '../../../src/lib/disclosure/aid-notice-items.ts';
import type { AidNoticeEntry } from '../../../src/lib/records/aid-notice-log.ts';

const spring: AidNoticeEntry = {
  occasion: '春节帮扶',
  from: '2024-01-22',
  to: '2024-01-26',
  until: '2024-02-05',
  count: 5,
};

describe('aidNoticeItems', () => {
  it.each([
    { name: 'before the first payment: not shown yet, no link', asOf: '2024-01-21', href: undefined },
    { name: 'on the first payment day: open, linked to the aid page', asOf: '2024-01-22', href: 'activities/aid/' },
    { name: 'on its last day: open', asOf: '2024-02-05', href: 'activities/aid/' },
    { name: 'the day after: ended, linked nowhere', asOf: '2024-02-06', href: undefined },
  ])('$name', ({ asOf, href }) => {
    expect(aidNoticeItems([spring], asOf)).toEqual([
      {
        kind: 'aid-notice',
        title: '2024年1月春节帮扶公示（5人次）',
        coversStart: '2024-01-22',
        coversEnd: '2024-01-26',
        publishedOn: '2024-01-22',
        audience: '会员',
        endsOn: '2024-02-05',
        ...(href ? { href } : {}),
      },
    ]);
  });

  it('keeps the order of the log, one item per notice', () => {
    const autumn = {
      ...spring,
      occasion: '金秋助学',
      from: '2024-08-20',
      to: '2024-08-21',
      until: '2024-09-06',
      count: 2,
    };
    expect(aidNoticeItems([spring, autumn], '2024-09-01').map((i) => [i.title, i.href])).toEqual([
      ['2024年1月春节帮扶公示（5人次）', undefined],
      ['2024年8月金秋助学公示（2人次）', 'activities/aid/'],
    ]);
  });
});

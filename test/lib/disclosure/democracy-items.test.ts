import { describe, expect, it } from 'vitest';
import { congressItems, electionItems, proposalItems } from '../../../src/lib/disclosure/democracy-items.ts';
import type { DisclosureItem } from '../../../src/lib/disclosure/disclosure-item.ts';
import { loadRecordsFixture } from '../../helpers/records-fixture.ts';

const CONGRESS = '届次,日期,应到代表,实到代表,委托代表,审议文件,决议公开日期,提案办理公开日期\n';
/** The records fixture (sessions 七届三次 and 八届一次, proposals of 七届三次 only, one election). */
const records = (congress: string, electionDate = '') => {
  const { site, report } = loadRecordsFixture({
    'congress.csv': CONGRESS + congress,
    'elections.csv':
      '日期,委员会,届次,应选名额,投票人数,候选人,得票,当选,公开日期\n' +
      ['赵一,50,是', '钱二,45,是', '孙三,40,是', '周四,20,否']
        .map((c, i) => `2022-03-18,经费审查委员会,七届,3,57,${c},${i === 0 ? electionDate : ''}`)
        .join('\n'),
  });
  expect(report).toBe('');
  return site!.records;
};
const summary = (items: DisclosureItem[]) =>
  items.map((i) => [i.kind, i.title, i.coversStart, i.coversEnd, i.publishedOn, i.audience, i.href]);

describe('congressItems', () => {
  it.each([
    {
      name: 'one item per session, disclosed on its 决议公开日期',
      congress: '七届三次,2022-03-18,60,55,2,,2022-03-25,\n八届一次,2023-03-24,60,56,1,,2023-04-20,\n',
      word: '职代会',
      expected: [
        [
          'congress-resolutions',
          '七届三次职代会决议',
          '2022-03-18',
          '2022-03-18',
          '2022-03-25',
          '全体',
          'democracy/congress/#s-7-3',
        ],
        [
          'congress-resolutions',
          '八届一次职代会决议',
          '2023-03-24',
          '2023-03-24',
          '2023-04-20',
          '全体',
          'democracy/congress/#s-8-1',
        ],
      ],
    },
    {
      name: 'a session without a date is not yet disclosed; the union names its congress',
      congress: '七届三次,2022-03-18,60,55,2,,,\n八届一次,2023-03-24,60,56,1,,,\n',
      word: '教代会',
      expected: [
        [
          'congress-resolutions',
          '七届三次教代会决议',
          '2022-03-18',
          '2022-03-18',
          undefined,
          '全体',
          'democracy/congress/#s-7-3',
        ],
        [
          'congress-resolutions',
          '八届一次教代会决议',
          '2023-03-24',
          '2023-03-24',
          undefined,
          '全体',
          'democracy/congress/#s-8-1',
        ],
      ],
    },
  ])('$name', ({ congress, word, expected }) => {
    expect(summary(congressItems(records(congress).congress, word))).toEqual(expected);
  });

  it('gives nothing without congress.csv', () => {
    expect(congressItems([], '职代会')).toEqual([]);
  });
});

describe('proposalItems', () => {
  it.each([
    { published: '2022-09-09', expected: '2022-09-09' },
    { published: '', expected: undefined },
  ])('one item per session with proposals, disclosed on $published', ({ published, expected }) => {
    const r = records(`七届三次,2022-03-18,60,55,2,,,${published}\n八届一次,2023-03-24,60,56,1,,,2023-09-01\n`);
    expect(summary(proposalItems(r.congress, r.proposals, '职代会'))).toEqual([
      [
        'proposal-handling',
        '七届三次职代会提案办理情况',
        '2022-03-18',
        '2022-03-18',
        expected,
        '全体',
        'democracy/proposals/#s-7-3',
      ],
    ]);
  });
});

describe('electionItems', () => {
  it.each([
    { published: '2022-03-25', expected: '2022-03-25' },
    { published: '', expected: undefined },
  ])('one item per election, disclosed on $published, linked to its anchor', ({ published, expected }) => {
    const r = records('七届三次,2022-03-18,60,55,2,,,\n八届一次,2023-03-24,60,56,1,,,\n', published);
    expect(summary(electionItems(r.elections))).toEqual([
      [
        'election-result',
        '七届经费审查委员会选举结果',
        '2022-03-18',
        '2022-03-18',
        expected,
        '全体',
        'democracy/elections/#e-7-2',
      ],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkCorrections,
  describeCarried,
  type PeriodInput,
} from '../../../../src/lib/audit/corrections/check-corrections.ts';
import type { Correction } from '../../../../src/lib/audit/corrections/corrections-table.ts';
import type { RecordedFile } from '../../../../src/lib/audit/corrections/recorded-figures.ts';
import type { RecordRow } from '../../../../src/lib/records/record-table.ts';
import { DIGEST, figures } from './figures.ts';

const published = figures(100, 50, 30); // closing 120
const corrected = figures(100, 50, 31); // closing 119

function recorded(...entries: [string, string, ReturnType<typeof figures>][]): Map<string, RecordedFile> {
  const map = new Map<string, RecordedFile>();
  for (const [id, date, f] of entries) {
    const versions = [...(map.get(id)?.versions ?? []), { recordedOn: date, dataDigest: DIGEST, figures: f }];
    map.set(id, { periodId: id, versions });
  }
  return map;
}

function entry(line: number, periodId: string, date: string, reason = '漏记一笔慰问'): RecordRow<Correction> {
  return {
    line,
    columns: { periodId: 1, date: 2, reason: 3, handler: 4 },
    value: { periodId, date, reason, handler: '王会计' },
  };
}

const periods = (a: ReturnType<typeof figures>, b?: ReturnType<typeof figures>): PeriodInput[] => [
  { id: '2022', label: '2022年度', figures: a },
  { id: '2023', label: '2023年度', ...(b ? { figures: b } : {}) },
];

describe('checkCorrections', () => {
  it('passes figures equal to their recording', () => {
    expect(checkCorrections(periods(published), recorded(['2022', '2023-03-16', published]), [])).toEqual({
      corrections: [],
      carried: [],
      issues: [],
    });
  });

  it('stops figures that differ from their recording without a correction entry', () => {
    const { issues } = checkCorrections(periods(corrected), recorded(['2022', '2023-03-16', published]), []);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'published/2022.json',
        code: 'correction.missing',
        message: '期间“2022年度”的数字与 2023-03-16 公开时记录的不同，但 corrections.csv 中没有这之后的更正登记',
        found:
          '支出合计 30.00 → 31.00；期末结余 120.00 → 119.00；职工活动支出 30.00 → 31.00；职工集体福利支出 30.00 → 31.00',
      }),
    ]);
  });

  it('accepts a difference with an entry after the recording, and lists each figure before → after', () => {
    const result = checkCorrections(periods(corrected), recorded(['2022', '2023-03-16', published]), [
      entry(2, '2022', '2023-05-10'),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.corrections).toEqual([
      expect.objectContaining({
        periodId: '2022',
        date: '2023-05-10',
        reason: '漏记一笔慰问',
        handler: '王会计',
        correctsRecordOf: '2023-03-16',
        changes: [
          { label: '支出合计', beforeFen: 3000, afterFen: 3100 },
          { label: '期末结余', beforeFen: 12000, afterFen: 11900 },
          { label: '职工活动支出', code: '501', beforeFen: 3000, afterFen: 3100 },
          { label: '职工集体福利支出', code: '50104', beforeFen: 3000, afterFen: 3100 },
        ],
      }),
    ]);
  });

  it('carries a restated closing to the next opening without an entry of its own, and shows the chain', () => {
    const next = figures(120, 10, 5); // recorded with the old opening 120, closing 125
    const nextNow = figures(119, 10, 5);
    const result = checkCorrections(
      periods(corrected, nextNow),
      recorded(['2022', '2023-03-16', published], ['2023', '2024-04-12', next]),
      [entry(2, '2022', '2024-05-10')],
    );
    expect(result.issues).toEqual([]);
    expect(result.carried.map(describeCarried)).toEqual(['2023年度期初结余 120.00 → 119.00，期末结余 125.00 → 124.00']);
    expect(result.corrections[0]!.carried.map(describeCarried)).toEqual([
      '2023年度期初结余 120.00 → 119.00，期末结余 125.00 → 124.00',
    ]);
  });

  it('does not take a later change for a carried one when more than the opening moved', () => {
    const result = checkCorrections(
      periods(corrected, figures(119, 11, 5)),
      recorded(['2022', '2023-03-16', published], ['2023', '2024-04-12', figures(120, 10, 5)]),
      [entry(2, '2022', '2024-05-10')],
    );
    expect(result.issues.map((i) => [i.file, i.code])).toEqual([['published/2023.json', 'correction.missing']]);
  });

  it('takes each correction between the recordings around its date', () => {
    const twice = figures(100, 50, 33);
    const result = checkCorrections(
      periods(twice),
      recorded(['2022', '2023-03-16', published], ['2022', '2023-06-01', corrected]),
      [entry(2, '2022', '2023-05-10', '第一次'), entry(3, '2022', '2023-09-01', '第二次')],
    );
    expect(result.issues).toEqual([]);
    expect(result.corrections.map((c) => [c.reason, c.correctsRecordOf, c.changes[0]])).toEqual([
      ['第一次', '2023-03-16', { label: '支出合计', beforeFen: 3000, afterFen: 3100 }],
      ['第二次', '2023-06-01', { label: '支出合计', beforeFen: 3100, afterFen: 3300 }],
    ]);
  });

  it.each([
    ['an unknown period', entry(2, '2030', '2031-01-01'), 'correction.unknown-period', 1],
    ['a period never published', entry(2, '2023', '2024-05-01'), 'correction.not-published', 1],
    ['a date on the day of the recording', entry(2, '2022', '2023-03-16'), 'correction.before-record', 2],
    ['a date before the recording', entry(2, '2022', '2023-01-01'), 'correction.before-record', 2],
  ])('reports an entry naming %s at its line and column', (_, bad, code, column) => {
    const { issues } = checkCorrections(periods(published, published), recorded(['2022', '2023-03-16', published]), [
      bad,
    ]);
    expect(issues.map((i) => [i.file, i.line, i.column, i.code])).toEqual([['corrections.csv', 2, column, code]]);
  });
});

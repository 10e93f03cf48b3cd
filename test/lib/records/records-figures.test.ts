import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/build/read-data-dir.ts';
import {
  activityFigures,
  aidCategoryFigures,
  aidFigures,
  congressFigures,
  honourFigures,
  proposalFigures,
  wholeYears,
} from '../../../src/lib/records/records-figures.ts';
import { loadSite } from '../../../src/lib/site/load-site.ts';
import { readWorkbooks } from '../../../src/build/read-workbooks.ts';

const demoFiles = readDataDir(new URL('../../../data/', import.meta.url).pathname);
const records = loadSite(demoFiles, { workbooks: readWorkbooks(demoFiles) }).site!.records;

describe('figures for reports, from the demo data', () => {
  it('gives the 84 proposals of 六届六次 and 六届七次 merged into 37 filed (seed 001)', () => {
    expect(proposalFigures(records, { sessions: ['六届六次', '六届七次'] })).toMatchObject({
      received: 84,
      afterMerge: 37,
      filed: 37,
    });
    expect(proposalFigures(records, { kind: '合理化建议' })).toMatchObject({ received: 20, adopted: 11 });
  });

  it('gives the activities of a period with 人 and 人次 apart', () => {
    const f = activityFigures(records, '2019-2020');
    expect(f.count).toBe(17);
    expect(f.participants.人次).toEqual({ count: 500, unit: '人次' });
    expect(f.participants.人).toEqual({ count: 2406, unit: '人', qualifier: '余' });
  });

  it('gives aid totals, and zeros for a period without aid', () => {
    expect(aidFigures(records, '2021')).toEqual({ count: 38, people: 38, fen: 2_160_000 });
    expect(aidFigures(records, 'none')).toEqual({ count: 0, people: 0, fen: 0 });
  });

  it('gives the activities of one category', () => {
    expect(activityFigures(records, '2022', '竞赛')).toMatchObject({ count: 5, costFen: 1_620_000 });
    expect(activityFigures(records, '2022', '建家')).toEqual({ count: 0, costFen: 0, participants: {} });
  });

  it.each([
    ['2021', '困难帮扶', { count: 6, fen: 600_000 }],
    ['2022', '慰问', { count: 58, fen: 2_460_000 }],
    ['2022', '送温暖', { count: 0, fen: 0 }],
    ['none', '慰问', { count: 0, fen: 0 }],
  ] as const)('gives the aid of period %s, category %s', (period, category, figures) => {
    expect(aidCategoryFigures(records, period, category)).toEqual(figures);
  });

  it.each([
    [
      { start: '2019-01-01', end: '2020-12-31' },
      { sessions: ['六届六次', '六届七次'], resolutions: 4, passed: 4 },
    ],
    [
      { start: '2021-01-01', end: '2021-12-31' },
      { sessions: ['七届一次', '七届二次'], resolutions: 5, passed: 5 },
    ],
    [
      { start: '2021-01-14', end: '2021-01-14' },
      { sessions: ['七届一次'], resolutions: 3, passed: 3 },
    ],
    [
      { start: '2025-01-01', end: '2025-12-31' },
      { sessions: [], resolutions: 0, passed: 0 },
    ],
  ])('gives the congress sessions held from %j', (period, figures) => {
    expect(congressFigures(records, period)).toEqual(figures);
  });

  it.each([
    [{ start: '2019-01-01', end: '2020-12-31' }, [2019, 2020]],
    [{ start: '2023-01-01', end: '2023-12-31' }, [2023]],
    [{ start: '2023-01-01', end: '2023-06-30' }, []],
    [{ start: '2022-09-01', end: '2024-08-31' }, [2023]],
  ])('names the whole years of %j', (period, years) => {
    expect(wholeYears(period)).toEqual(years);
  });

  it('gives the honours of some years, per kind and level', () => {
    expect(honourFigures(records, [2019, 2020])).toEqual({
      total: 16,
      individual: 14,
      collective: 2,
      byLevel: { 本单位: 10, 区县: 0, 市: 5, 省: 1, 全国: 0 },
    });
    expect(honourFigures(records, [])).toMatchObject({ total: 0 });
  });
});

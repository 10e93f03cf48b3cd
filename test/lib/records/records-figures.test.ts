import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/data/read-data-dir.ts';
import { activityFigures, aidFigures, proposalFigures } from '../../../src/lib/records/records-figures.ts';
import { loadSite } from '../../../src/lib/site/load-site.ts';

const records = loadSite(readDataDir(new URL('../../../data/', import.meta.url).pathname)).site!.records;

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
});

import { describe, expect, it } from 'vitest';
import { generateDataSet } from '../../src/bench/generate-data-set.ts';
import { formatIssueReport } from '../../src/lib/issues/data-issue.ts';
import { loadSite } from '../../src/lib/site/load-site.ts';

function load(files: Map<string, string>) {
  const encoder = new TextEncoder();
  return loadSite(new Map([...files].map(([path, text]) => [path, encoder.encode(text)])));
}

describe('generateDataSet', () => {
  it.each([
    { periods: 1, linesPerPeriod: 2 },
    { periods: 3, linesPerPeriod: 200 },
    { periods: 10, linesPerPeriod: 500 },
  ])('writes $periods periods of $linesPerPeriod lines that load with no issue', (size) => {
    const result = load(generateDataSet(size));
    expect(formatIssueReport(result.issues), 'issues').toBe(formatIssueReport([]));
    const periods = result.site!.periods;
    expect(periods).toHaveLength(size.periods);
    for (const p of periods) {
      expect(p.statement.lineCount).toBe(size.linesPerPeriod);
      expect(p.statement.isLedger).toBe(true);
      expect(p.checks.map((c) => c.code)).toContain('balance.identity');
      expect(p.budget?.rows.length).toBeGreaterThan(0);
      expect(p.membership).toBeDefined();
    }
    expect(periods.slice(1).every((p) => p.checks.some((c) => c.code === 'balance.continuity'))).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const size = { periods: 2, linesPerPeriod: 50 };
    expect(generateDataSet(size, { seed: 7 })).toEqual(generateDataSet(size, { seed: 7 }));
    expect(generateDataSet(size, { seed: 7 }).get('funds/2024.csv')).not.toBe(
      generateDataSet(size, { seed: 8 }).get('funds/2024.csv'),
    );
  });

  it('produces files the loader rejects when a declared closing balance is changed', () => {
    const files = generateDataSet({ periods: 2, linesPerPeriod: 20 });
    const periods = files.get('periods.csv')!.split('\r\n');
    periods[2] = periods[2]!.replace(
      /,(\d+)\.(\d\d)$/,
      (_, yuan: string, fen: string) => `,${Number(yuan) + 1}.${fen}`,
    );
    files.set('periods.csv', periods.join('\r\n'));
    expect(load(files).issues.map((i) => i.code)).toEqual(['balance.mismatch']);
  });
});

import { describe, expect, it } from 'vitest';
import { generateBenchSet, generateDataSet } from '../../scripts/bench/generate/generate-data-set.ts';
import { formatIssueReport } from '../../src/lib/issues/data-issue.ts';
import { checkReports } from '../../src/lib/reports/check-reports.ts';
import { loadSite } from '../../src/lib/site/load-site.ts';

function bytes(files: Map<string, string>): Map<string, Uint8Array> {
  const encoder = new TextEncoder();
  return new Map([...files].map(([path, text]) => [path, encoder.encode(text)]));
}

function load(files: Map<string, string>) {
  return loadSite(bytes(files));
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

  it.each([
    { periods: 1, linesPerPeriod: 2, activities: 3, reports: 1 },
    { periods: 3, linesPerPeriod: 300, activities: 40, reports: 2 },
    { periods: 4, linesPerPeriod: 1000 },
  ])(
    'writes $activities activities and $reports reports over $periods periods that load and check with no issue',
    (size) => {
      const set = generateBenchSet(size);
      const result = load(set.data);
      expect(formatIssueReport(result.issues), 'data issues').toBe(formatIssueReport([]));
      const checked = checkReports(bytes(set.reports), 'content/reports', result.site);
      expect(formatIssueReport(checked.issues), 'report issues').toBe(formatIssueReport([]));
      expect(checked.reports).toHaveLength(size.reports ?? size.periods);
      expect(result.site!.records.activities).toHaveLength(size.activities ?? 40);
    },
  );

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

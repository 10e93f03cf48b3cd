import { describe, expect, it } from 'vitest';
import { generateDataSet } from '../../../scripts/bench/generate/generate-data-set.ts';
import { isBuildContext, prepareBuild } from '../../../src/lib/build/prepare-build.ts';
import { dataPackage } from '../../../src/lib/export/data-package.ts';
import { consolidatedCsv } from '../../../src/lib/export/federation-csv.ts';
import { federationPeriod, loadFederation, ownStatement } from '../../../src/lib/federation/load-federation.ts';
import { formatIssueReport } from '../../../src/lib/issues/data-issue.ts';
import type { SiteData } from '../../../src/lib/model/site-data.ts';

const encoder = new TextEncoder();
const OPTIONS = { buildDate: '2026-12-01', basePath: '/', reportsFolder: 'content/reports' };

/** A generated unit: its checked site and its package's files under units/<id>/. */
function unit(id: string, seed: number, lastYear: number) {
  const data = generateDataSet({ periods: 3, linesPerPeriod: 40 + (seed % 50) }, { seed, lastYear });
  const built = prepareBuild(new Map([...data].map(([p, t]) => [p, encoder.encode(t)])), new Map(), OPTIONS);
  if (!isBuildContext(built)) throw new Error(formatIssueReport(built.issues));
  const pkg = dataPackage({ site: built.site, register: built.register.rows, stamp: built.stamp });
  return {
    id,
    site: built.site,
    files: pkg.files.map((f) => [`units/${id}/${f.path}`, encoder.encode(f.text)] as const),
  };
}

const units = [unit('a', 11, 2024), unit('b', 12, 2024), unit('late', 13, 2023), unit('spoilt', 14, 2024)];
const files = new Map(units.flatMap((u) => u.files));
files.set('units/spoilt/periods.csv', encoder.encode('期间编号\r\n'));
const federation = unit('fed', 10, 2024).site;
const periods = federation.periods.map(({ statement: { period: p } }) => federationPeriod(p));
const UNITS = [
  '单位编号,单位名称,上级,数据包',
  ...units.map((u) => `${u.id},${u.id}工会,,units/${u.id}/datapackage.json`),
  'gone,已撤销工会,,units/gone/datapackage.json',
].join('\n');
const result = loadFederation({
  unitsCsv: encoder.encode(UNITS),
  packageFiles: files,
  periods,
  own: new Map(federation.periods.map((p) => [p.statement.period.id, ownStatement(p.statement)])),
});

const totalOf = (site: SiteData, periodId: string, side: 'income' | 'expense') =>
  site.periods.find((p) => p.statement.period.id === periodId)?.statement[side].totalFen;

describe('loadFederation', () => {
  it('sums each period over the units that have it, as recomputed from their checked sites', () => {
    for (const c of result.consolidated) {
      const having = units.filter((u) => u.id !== 'spoilt' && totalOf(u.site, c.period.id, 'income') !== undefined);
      expect(c.reporting.map((r) => r.unit.id)).toEqual(having.map((u) => u.id));
      expect(c.incomeFen).toBe(having.reduce((n, u) => n + totalOf(u.site, c.period.id, 'income')!, 0));
      expect(c.expenseFen).toBe(having.reduce((n, u) => n + totalOf(u.site, c.period.id, 'expense')!, 0));
      expect(c.own?.incomeFen).toBe(totalOf(federation, c.period.id, 'income'));
    }
  });

  it('lists the late, the spoilt and the missing unit with their reasons', () => {
    const last = result.consolidated[result.consolidated.length - 1]!;
    expect(last.period.id).toBe('2024');
    expect(last.missing.map((m) => m.unit.id)).toEqual(['late', 'spoilt', 'gone']);
    expect(last.missing[0]!.reason).toContain('没有本期间');
    expect(last.missing[1]!.reason).toContain('units/spoilt/periods.csv');
    expect(result.packageIssues.map((i) => `${i.file} ${i.code}`)).toEqual([
      'units/spoilt/periods.csv package.digest-mismatch',
      'units.csv package.missing',
    ]);
    expect(result.unitsIssues).toEqual([]);
    expect(result.unknownPeriods.map((u) => `${u.unit.id} ${u.periodId}`)).toEqual(['late 2021']);
  });

  it('stops on units.csv itself: missing, or with a unit listed twice', () => {
    const none = loadFederation({ unitsCsv: undefined, packageFiles: files, periods });
    expect(none.unitsIssues.map((i) => i.code)).toEqual(['units.missing']);
    const twice = loadFederation({
      unitsCsv: encoder.encode(`${UNITS}\na,又一个甲,,units/x/datapackage.json`),
      packageFiles: files,
      periods,
    });
    expect(twice.unitsIssues.map((i) => `${i.file}:${i.line} ${i.code}`)).toEqual(['units.csv:7 units.duplicate-id']);
  });

  it('writes the 汇总 as CSV with the totals, the transfers and every unit', () => {
    const c = result.consolidated[0]!;
    const text = consolidatedCsv(c, '测试总工会');
    expect(text.startsWith('\uFEFF测试总工会 汇总收入支出表')).toBe(true);
    expect(text).toContain(`本期收入合计,${(c.incomeFen / 100).toFixed(2)},${c.reporting.length}`);
    expect(text).toContain('下级单位上级补助收入合计（元）');
    expect(text.split('\r\n').filter((l) => l.includes(',未报送,')).length).toBe(c.missing.length);
  });
});

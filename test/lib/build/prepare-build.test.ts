import { describe, expect, it } from 'vitest';
import { isBuildContext, prepareBuild, type BuildOptions } from '../../../src/lib/build/prepare-build.ts';
import { dataStamp } from '../../../src/lib/build/data-stamp.ts';
import { fixtureFiles } from '../../helpers/fixture.ts';

const options: BuildOptions = { buildDate: '2025-06-30', basePath: '/gonghui/', reportsFolder: 'content/reports' };
const noReports = new Map<string, Uint8Array>();

describe('prepareBuild', () => {
  it('returns one context: site, reports, register as of the build date, stamp of the bytes given', () => {
    const files = fixtureFiles();
    const result = prepareBuild(files, noReports, options);
    if (!isBuildContext(result)) throw new Error(JSON.stringify(result.issues));
    expect(result.site.periods.length).toBeGreaterThan(0);
    expect(result.reports).toEqual([]);
    expect(result.register.asOf).toBe('2025-06-30');
    // 数据截至 is the latest date of the data (the fixture's last period ends 2023-12-31), not the build date.
    expect(result.stamp).toEqual({ ...dataStamp(files, '2025-06-30'), dataUntil: '2023-12-31' });
    // The fixture's latest period has a budget and a membership figure but no sign-off.
    expect(result.warnings.map((w) => w.code)).toEqual(['remind.no-signoff']);
    expect(result.options).toEqual(options);
  });

  it('stamps exactly the bytes it checked: one changed byte outside any table changes the digest', () => {
    const before = prepareBuild(fixtureFiles(), noReports, options);
    const union = new TextDecoder().decode(fixtureFiles().get('union.yaml'));
    const after = prepareBuild(fixtureFiles({ 'union.yaml': `${union}\n` }), noReports, options);
    if (!isBuildContext(before) || !isBuildContext(after)) throw new Error('fixture should load');
    expect(after.stamp.digest).not.toBe(before.stamp.digest);
    expect(after.stamp.files).toBe(before.stamp.files);
  });

  it('returns the issues of the data and of the reports together, and no context', () => {
    const files = fixtureFiles({ 'periods.csv': null });
    const reports = new Map([['notes.docx', new Uint8Array([1, 2, 3])]]);
    const result = prepareBuild(files, reports, options);
    expect(isBuildContext(result)).toBe(false);
    if (isBuildContext(result)) return;
    const files_ = result.issues.map((i) => i.file);
    expect(files_).toContain('periods.csv');
    expect(files_).toContain('content/reports/notes.docx');
  });
});

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

  it('builds past a file nothing reads, with a 提醒 that names it and the nearest name', () => {
    const files = fixtureFiles({
      'activites.csv': '日期,名称\n',
      'funds/说明.txt': 'x',
      '说明.txt': 'x',
    });
    const result = prepareBuild(files, noReports, options);
    if (!isBuildContext(result)) throw new Error(JSON.stringify(result.issues));
    const unread = result.warnings.filter((w) => w.code === 'remind.unread-file');
    expect(unread.map((w) => [w.file, w.hint])).toEqual([
      ['activites.csv', '是否应为 activities.csv？不需要的文件请移出 data 文件夹'],
      ['funds/说明.txt', '文件名是否写错？不需要的文件请移出 data 文件夹'],
      ['说明.txt', '文件名是否写错？不需要的文件请移出 data 文件夹'],
    ]);
  });

  it('names the unread file among the 提醒 when the build stops for another reason', () => {
    const files = fixtureFiles({ 'funds/2023.csv': null, 'fund/2023.csv': '科目,金额\n' });
    const result = prepareBuild(files, noReports, options);
    if (isBuildContext(result)) throw new Error('a period without its fund file must stop the build');
    expect(result.issues.map((i) => i.code)).toContain('fund.missing');
    expect(result.warnings.map((w) => [w.code, w.file])).toContainEqual(['remind.unread-file', 'fund/2023.csv']);
  });

  it('still stops at a spreadsheet it cannot read and at a stray file among the recordings', () => {
    for (const path of ['funds/2023.xls', 'published/old/2022.json']) {
      const result = prepareBuild(fixtureFiles({ [path]: 'x' }), noReports, options);
      expect(isBuildContext(result), path).toBe(false);
      if (!isBuildContext(result))
        expect(result.issues.map((i) => [i.code, i.file])).toContainEqual(['file.unexpected', path]);
    }
  });
});

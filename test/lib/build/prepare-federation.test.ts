import { describe, expect, it } from 'vitest';
import { isBuildContext, prepareBuild } from '../../../src/lib/build/prepare-build.ts';
import { demoFederationBuild } from '../../helpers/demo-federation.ts';

const { data, packages } = demoFederationBuild();
const encoder = new TextEncoder();
const OPTIONS = { buildDate: '2026-12-01', basePath: '/', reportsFolder: 'content/reports' };
const located = (i: { file: string; line: number; column: number; code: string }) =>
  `${i.file}:${i.line}:${i.column} ${i.code}`;

/** The demo federation's data folder with files changed. */
const changed = (changes: Record<string, string>) => {
  const files = new Map(data);
  for (const [path, text] of Object.entries(changes)) files.set(path, encoder.encode(text));
  return files;
};

describe('prepareBuild in federation mode (units.csv in the data folder)', () => {
  it('publishes with a unit whose package is missing, naming it as a 提醒', () => {
    const result = prepareBuild(data, new Map(), OPTIONS, new Map(), undefined, packages);
    if (!isBuildContext(result)) throw new Error('should build');
    expect(result.federation?.units).toHaveLength(4);
    expect(result.warnings.filter((w) => w.code.startsWith('package.')).map(located)).toEqual([
      'units.csv:5:4 package.missing',
    ]);
  });

  it('stops on that unit with strictFederation (--strict)', () => {
    const result = prepareBuild(
      data,
      new Map(),
      { ...OPTIONS, strictFederation: true },
      new Map(),
      undefined,
      packages,
    );
    expect(isBuildContext(result) ? [] : result.issues.map(located)).toEqual(['units.csv:5:4 package.missing']);
  });

  it('stops on a problem of units.csv itself (a unit listed twice)', () => {
    const units = new TextDecoder().decode(data.get('units.csv')!);
    const result = prepareBuild(
      changed({ 'units.csv': `${units}school,又一个学校,,../../sites/x/data/datapackage.json\r\n` }),
      new Map(),
      OPTIONS,
      new Map(),
      undefined,
      packages,
    );
    expect(isBuildContext(result) ? [] : result.issues.map(located)).toEqual(['units.csv:6:1 units.duplicate-id']);
  });

  it('refuses units.csv in a grassroots union’s folder', () => {
    const yaml = new TextDecoder().decode(data.get('union.yaml')!);
    const result = prepareBuild(
      changed({ 'union.yaml': yaml.replace('组织层级: 县级以上工会', '组织层级: 基层工会') }),
      new Map(),
      OPTIONS,
      new Map(),
      undefined,
      packages,
    );
    expect(isBuildContext(result) ? [] : result.issues.map(located)).toEqual(['units.csv:0:0 units.not-federation']);
  });

  it('reads 上级工会 in 组织层级 as 县级以上工会', () => {
    const yaml = new TextDecoder().decode(data.get('union.yaml')!);
    const result = prepareBuild(
      changed({ 'union.yaml': yaml.replace('组织层级: 县级以上工会', '组织层级: 上级工会') }),
      new Map(),
      OPTIONS,
      new Map(),
      undefined,
      packages,
    );
    expect(isBuildContext(result) && result.site.union.level).toBe('县级以上工会');
  });

  it('is a grassroots build without units.csv: no federation', () => {
    const files = new Map(data);
    files.delete('units.csv');
    const result = prepareBuild(files, new Map(), OPTIONS);
    expect(isBuildContext(result) && result.federation).toBe(undefined);
  });
});

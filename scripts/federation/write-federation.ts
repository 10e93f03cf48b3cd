import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readWorkbooks } from '../../src/build/read-workbooks.ts';
import { isBuildContext, prepareBuild } from '../../src/lib/build/prepare-build.ts';
import { dataPackage } from '../../src/lib/export/data-package.ts';
import { formatIssueReport } from '../../src/lib/issues/data-issue.ts';
import type { DataFiles } from '../../src/lib/model/data-files.ts';
import type { ReportFiles } from '../../src/lib/reports/check-reports.ts';
import { generateDataSet, type DataSetSize } from '../bench/generate/generate-data-set.ts';

/** How a generated unit is spoiled, to show the federation's checks. */
export type UnitFault = 'none' | 'tampered' | 'missing' | 'not-json';

/** One unit of a generated federation. */
export interface UnitSpec {
  id: string;
  name: string;
  parent?: string;
  /** Data folder bytes (a real one, or generated). */
  files: DataFiles;
  reports?: ReportFiles;
  fault: UnitFault;
}

const encoder = new TextEncoder();

/** A generated data folder with the union's names replaced. */
export function generatedUnitFiles(
  name: string,
  kind: string,
  size: DataSetSize,
  seed: number,
  options: { lastYear?: number; parent?: string } = {},
): DataFiles {
  const { lastYear = 2024, parent = '临江市卫生健康系统工会' } = options;
  const files = generateDataSet(size, { seed, lastYear });
  files.set(
    'union.yaml',
    `全称: ${name}\n简称: ${name.slice(0, 8)}\n组织类型: ${kind}\n代表大会: 职代会\n上级工会: ${parent}\n`,
  );
  return new Map([...files].map(([path, text]) => [path, encoder.encode(text)]));
}

function write(path: string, bytes: Uint8Array | string): number {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
}

/**
 * Writes a federation below `root`: root/data (the federation's own data folder, with
 * units.csv) and root/units/<id>/data/ (each unit's open data package, as its own site
 * build would publish it: the same pure dataPackage over the same prepareBuild). A unit's
 * fault is applied after its package is written. Returns the bytes written.
 */
export function writeFederation(root: string, own: DataFiles, units: readonly UnitSpec[], buildDate: string): number {
  let bytes = 0;
  for (const [path, data] of own) bytes += write(join(root, 'data', path), data);
  const lines = ['单位编号,单位名称,上级,数据包'];
  for (const unit of units) {
    const packagePath = `../units/${unit.id}/data/datapackage.json`;
    lines.push(`${unit.id},${unit.name},${unit.parent ?? ''},${packagePath}`);
    if (unit.fault === 'missing') continue;
    const options = { buildDate, basePath: '/', reportsFolder: 'content/reports' };
    const built = prepareBuild(unit.files, unit.reports ?? new Map(), options, readWorkbooks(unit.files));
    if (!isBuildContext(built)) throw new Error(`${unit.id}: ${formatIssueReport(built.issues)}`);
    const pkg = dataPackage({ site: built.site, register: built.register.rows, stamp: built.stamp });
    for (const file of pkg.files) {
      let text = file.text;
      if (unit.fault === 'tampered' && file.path === 'statements.csv')
        text = text.replace(/,(\d)(\d*\.\d{2}),/, (_, d: string, rest: string) => `,${(Number(d) + 1) % 10}${rest},`);
      if (unit.fault === 'not-json' && file.path === 'datapackage.json')
        text = text.replace('"resources": [', '"resources": [,');
      bytes += write(join(root, 'units', unit.id, 'data', file.path), text);
    }
  }
  bytes += write(join(root, 'data', 'units.csv'), `${lines.join('\r\n')}\r\n`);
  return bytes;
}

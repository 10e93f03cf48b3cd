import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readWorkbooks } from '../../src/build/read-workbooks.ts';
import { isBuildContext, prepareBuild } from '../../src/lib/build/prepare-build.ts';
import { dataPackage } from '../../src/lib/export/data-package.ts';
import type { DataFiles } from '../../src/lib/model/data-files.ts';
import type { ReportFiles } from '../../src/lib/reports/check-reports.ts';
import { generateDataSet, type DataSetSize } from '../bench/generate/generate-data-set.ts';

/**
 * How a generated unit is spoiled, to show the federation's checks: its package edited after
 * the build (tampered), never copied (missing), cut (not-json), or its data has an error so
 * its own build stops and publishes no package (broken).
 */
export type UnitFault = 'none' | 'tampered' | 'missing' | 'not-json' | 'broken';

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

/**
 * The layout of a federation on one machine, as the demo, the benchmark and the tests use it
 * (paths relative to its root folder): the federation's own project, each unit's project, and
 * each unit's built site, whose data/ folder is the package units.csv names.
 */
export const LAYOUT = {
  federationData: 'federation/data',
  federationContent: 'federation/content',
  /** The federation's site; the units' sites are copied into it at their 网址. */
  site: 'site',
  unitProject: (id: string) => `units/${id}`,
  unitSite: (id: string) => `sites/${id}`,
  /** The 数据包 path of units.csv: relative to the federation's data folder. */
  packagePath: (id: string) => `../../sites/${id}/data/datapackage.json`,
  /** The 网址 of units.csv: relative to the federation's site root. */
  unitUrl: (id: string) => `units/${id}/`,
  /** The 项目文件夹 of units.csv: relative to the federation's data folder. */
  projectPath: (id: string) => `../../units/${id}`,
} as const;

const encoder = new TextEncoder();

/** A generated data folder with the union's names replaced; a 县级以上工会 says so in 组织层级. */
export function generatedUnitFiles(
  name: string,
  kind: string,
  size: DataSetSize,
  seed: number,
  options: { lastYear?: number; parent?: string } = {},
): DataFiles {
  const { lastYear = 2024, parent = '临江市卫生健康系统工会' } = options;
  const files = generateDataSet(size, { seed, lastYear });
  const level = kind === '县级以上工会' ? '组织层级: 县级以上工会\n' : '';
  files.set(
    'union.yaml',
    `全称: ${name}\n简称: ${name.slice(0, 8)}\n组织类型: ${kind}\n${level}代表大会: 职代会\n上级工会: ${parent}\n`,
  );
  return new Map([...files].map(([path, text]) => [path, encoder.encode(text)]));
}

/** A unit's data with an error staff make (a letter O typed for a zero in the first fund file's first amount). */
export function brokenFiles(files: DataFiles): DataFiles {
  const broken = new Map(files);
  const fund = [...files.keys()].find((p) => p.startsWith('funds/'))!;
  const text = new TextDecoder().decode(files.get(fund)!);
  broken.set(fund, encoder.encode(text.replace(/,(\d+)0\.(\d{2})(,|\r?\n)/, ',$1O.$2$3')));
  return broken;
}

/** units.csv of a federation in LAYOUT, with 网址 and 项目文件夹 when the units' projects are written too. */
export function unitsCsv(units: readonly UnitSpec[], withProjects: boolean): string {
  const header = withProjects ? '单位编号,单位名称,上级,数据包,网址,项目文件夹' : '单位编号,单位名称,上级,数据包';
  const lines = units.map((u) => {
    const base = `${u.id},${u.name},${u.parent ?? ''},${LAYOUT.packagePath(u.id)}`;
    return withProjects ? `${base},${LAYOUT.unitUrl(u.id)},${LAYOUT.projectPath(u.id)}` : base;
  });
  return `${[header, ...lines].join('\r\n')}\r\n`;
}

/**
 * The files of a federation in LAYOUT, in memory (path relative to the root → bytes): the
 * federation's data folder with units.csv, and each unit's package as its own site build
 * publishes it (the same pure dataPackage over the same prepareBuild as `npm run build`),
 * its fault applied; a broken unit's build stops, so it has no package. Deterministic.
 */
export function federationFiles(
  own: DataFiles,
  units: readonly UnitSpec[],
  buildDate: string,
): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const [path, data] of own) out.set(`${LAYOUT.federationData}/${path}`, data);
  out.set(`${LAYOUT.federationData}/units.csv`, encoder.encode(unitsCsv(units, false)));
  const options = { buildDate, basePath: '/', reportsFolder: 'content/reports' };
  for (const unit of units) {
    if (unit.fault === 'missing') continue;
    const files = unit.fault === 'broken' ? brokenFiles(unit.files) : unit.files;
    const built = prepareBuild(files, unit.reports ?? new Map(), options, readWorkbooks(files));
    if (!isBuildContext(built)) continue;
    const pkg = dataPackage({ site: built.site, register: built.register.rows, stamp: built.stamp });
    for (const file of pkg.files) {
      let text = file.text;
      if (unit.fault === 'tampered' && file.path === 'statements.csv')
        text = text.replace(/,(\d)(\d*\.\d{2}),/, (_, d: string, rest: string) => `,${(Number(d) + 1) % 10}${rest},`);
      if (unit.fault === 'not-json' && file.path === 'datapackage.json')
        text = text.replace('"resources": [', '"resources": [,');
      out.set(`${LAYOUT.unitSite(unit.id)}/data/${file.path}`, encoder.encode(text));
    }
  }
  return out;
}

/** Writes files (path relative to `root` → bytes) below `root`; returns the bytes written. */
export function writeFiles(root: string, files: ReadonlyMap<string, Uint8Array>): number {
  let bytes = 0;
  for (const [path, data] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
    bytes += data.length;
  }
  return bytes;
}

/** Writes federationFiles below `root` (the benchmark's federation); returns the bytes written. */
export function writeFederation(root: string, own: DataFiles, units: readonly UnitSpec[], buildDate: string): number {
  return writeFiles(root, federationFiles(own, units, buildDate));
}

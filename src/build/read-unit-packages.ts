import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readUnits, UNITS_FILE } from '../lib/federation/units-table.ts';
import { IssueList } from '../lib/issues/data-issue.ts';
import type { DataFiles } from '../lib/model/data-files.ts';
import { decodeText } from '../lib/text/decode-text.ts';

/**
 * The files of every unit package a federation's data folder names (units.csv's 数据包
 * paths, relative to the folder `root`): each package folder's files, keyed by the folder
 * as units.csv writes it plus the file name ("../sites/a/data/statements.csv"). A folder that
 * does not exist gives nothing (the check then says the package is missing); a data folder
 * without units.csv gives an empty map. units.csv's own problems are reported by the check.
 */
export function readUnitPackages(root: string, files: DataFiles): DataFiles {
  const unitsCsv = files.get(UNITS_FILE);
  const packages = new Map<string, Uint8Array>();
  if (unitsCsv === undefined) return packages;
  for (const { packagePath: path } of readUnits(decodeText(unitsCsv).text, new IssueList())) {
    const folder = dirname(join(root, path));
    const prefix = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      const file = join(folder, name);
      if (statSync(file).isFile()) packages.set(`${prefix}${name}`, readFileSync(file));
    }
  }
  return packages;
}

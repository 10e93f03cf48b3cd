// npm run federation -- [--strict] [--out <folder>]: the 汇总 of a federation (县级以上工会).
// Reads the federation's own data folder (UNION_DATA_DIR, default data/) with its units.csv,
// and every unit's open data package at the path units.csv gives (relative to the data
// folder); checks each package (digest, version, periods) and writes the 汇总 收入支出表 of
// every period as CSV into <folder> (default federation-dist/), with the units reporting
// and missing. A unit whose package fails is listed with its problem; the exit code is 1
// only with --strict (a federation publishes even when one unit is late, and says so).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildDate } from '../src/build/build-date.ts';
import { dataDir, readDataDir } from '../src/build/read-data-dir.ts';
import { readWorkbooks } from '../src/build/read-workbooks.ts';
import { explainError } from '../src/build/explain-error.ts';
import { consolidatedCsv, unitTableCsv } from '../src/lib/export/federation-csv.ts';
import { unitTable } from '../src/lib/federation/unit-table.ts';
import { siteFederation } from '../src/lib/federation/load-federation.ts';
import { readUnits, UNITS_FILE } from '../src/lib/federation/units-table.ts';
import { formatIssue, formatIssueReport, IssueList } from '../src/lib/issues/data-issue.ts';
import { formatYuan } from '../src/lib/money/format-amount.ts';
import { loadSite } from '../src/lib/site/load-site.ts';
import { decodeText } from '../src/lib/text/decode-text.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1]! : 'federation-dist');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Every file of each unit's package folder, keyed by the folder as units.csv writes it + file name. */
function readPackageFolders(root: string, packagePaths: readonly string[]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const path of packagePaths) {
    const folder = dirname(join(root, path));
    const prefix = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      const file = join(folder, name);
      if (statSync(file).isFile()) files.set(`${prefix}${name}`, readFileSync(file));
    }
  }
  return files;
}

try {
  const root = dataDir();
  const all = readDataDir(root);
  const unitsCsv = all.get(UNITS_FILE);
  const own = new Map(all);
  own.delete(UNITS_FILE); // units.csv belongs to the federation step, not to the unit loader
  const loaded = loadSite(own, { buildDate: buildDate(), workbooks: readWorkbooks(own) });
  if (!loaded.site) fail(formatIssueReport(loaded.issues));
  const site = loaded.site;
  const paths = unitsCsv ? readUnits(decodeText(unitsCsv).text, new IssueList()).map((u) => u.packagePath) : [];
  const started = performance.now();
  const result = siteFederation(site, unitsCsv, readPackageFolders(root, paths));
  const elapsed = performance.now() - started;
  if (result.unitsIssues.length > 0) fail(formatIssueReport(result.unitsIssues));
  mkdirSync(out, { recursive: true });
  for (const c of result.consolidated) {
    writeFileSync(join(out, `汇总收入支出表-${c.period.id}.csv`), consolidatedCsv(c, site.union.name));
    writeFileSync(
      join(out, `下级单位情况表-${c.period.id}.csv`),
      unitTableCsv(unitTable(c, result.units), c, site.union.name),
    );
    console.log(
      `${c.period.label}：${c.reporting.length} 个单位报送，${c.missing.length} 个未报送；汇总收入 ${formatYuan(c.incomeFen)} 元，支出 ${formatYuan(c.expenseFen)} 元；` +
        `下级上级补助收入 ${formatYuan(c.transfers.unitsUpperSubsidyFen)} 元，本级补助下级支出 ${formatYuan(c.transfers.federationSubsidyFen ?? 0)} 元。`,
    );
    for (const m of c.missing) console.log(`  未报送：${m.unit.id} ${m.unit.name}：${m.reason}`);
  }
  for (const u of result.unknownPeriods)
    console.log(`说明：单位 ${u.unit.id} 的期间 ${u.periodId} 不在本工会的期间表中，未计入。`);
  if (result.packageIssues.length > 0) {
    console.log(`\n${result.units.filter((u) => !u.package).length} 个单位的数据包有问题：`);
    for (const issue of result.packageIssues) console.log(formatIssue(issue));
  }
  console.log(`\n已读取 ${result.units.length} 个单位的数据包并汇总（${Math.round(elapsed)} 毫秒），结果写入 ${out}。`);
  if (strict && result.packageIssues.length > 0) fail('使用了 --strict：有单位的数据包未通过检查。');
} catch (error) {
  fail(`汇总失败：${explainError(error)}`);
}

// npm run federation -- [--strict] [--out <folder>]: the 汇总 of a federation (县级以上工会).
// Reads the federation's own data folder (UNION_DATA_DIR, default data/) with its units.csv,
// and every unit's open data package at the path units.csv gives (relative to the data
// folder); checks each package (digest, version, periods) and writes the 汇总 收入支出表 of
// every period as CSV into <folder> (default federation-dist/), with the units reporting
// and missing. A unit whose package fails is listed with its problem; the exit code is 1
// only with --strict (a federation publishes even when one unit is late, and says so).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readUnitPackages } from '../src/build/read-unit-packages.ts';
import { buildDate } from '../src/build/build-date.ts';
import { dataDir, readDataDir } from '../src/build/read-data-dir.ts';
import { readWorkbooks } from '../src/build/read-workbooks.ts';
import { explainError } from '../src/build/explain-error.ts';
import { consolidatedCsv, unitTableCsv } from '../src/lib/export/federation-csv.ts';
import { unitTable } from '../src/lib/federation/unit-table.ts';
import { siteFederation } from '../src/lib/federation/load-federation.ts';
import { UNITS_FILE } from '../src/lib/federation/units-table.ts';
import { formatIssue, formatIssueReport } from '../src/lib/issues/data-issue.ts';
import { formatYuan } from '../src/lib/money/format-amount.ts';
import { loadSite } from '../src/lib/site/load-site.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1]! : 'federation-dist');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

try {
  const root = dataDir();
  const all = readDataDir(root);
  const unitsCsv = all.get(UNITS_FILE);
  const loaded = loadSite(all, { buildDate: buildDate(), workbooks: readWorkbooks(all) });
  if (!loaded.site) fail(formatIssueReport(loaded.issues));
  const site = loaded.site;
  const started = performance.now();
  const result = siteFederation(site, unitsCsv, readUnitPackages(root, all));
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

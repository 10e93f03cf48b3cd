// npm run publish: check the data as the build does, then record the published figures of
// every period in data/published/<期间编号>.json (a new file, or a new version after a
// correction registered in corrections.csv). The build later stops if a period's figures
// differ from its latest recording without a correction entry. Exit 1 with the report when
// the data has problems; nothing is written then.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDate } from '../src/data/build-date.ts';
import { readReportFiles, reportsLabel } from '../src/data/read-content-dir.ts';
import { dataDir, readDataDir } from '../src/data/read-data-dir.ts';
import { figuresOf } from '../src/lib/audit/corrections/period-figures.ts';
import { publishStep } from '../src/lib/audit/corrections/publish-figures.ts';
import {
  readRecorded,
  recordedPath,
  RECORDED_FOLDER,
  writeRecorded,
} from '../src/lib/audit/corrections/recorded-figures.ts';
import { sourceDigest } from '../src/lib/audit/corrections/source-digest.ts';
import { decodeText } from '../src/lib/text/decode-text.ts';
import { formatIssueReport } from '../src/lib/issues/data-issue.ts';
import { checkReports } from '../src/lib/reports/check-reports.ts';
import { loadSite } from '../src/lib/site/load-site.ts';

const dir = dataDir();
const files = readDataDir(dir);
const date = buildDate();
const result = loadSite(files, { buildDate: date });
const reports = checkReports(readReportFiles(), reportsLabel(), result.site);
if (!result.site || !reports.reports) {
  console.error(formatIssueReport([...result.issues, ...reports.issues]));
  console.error('\n没有写入公开记录。');
  process.exit(1);
}
const stamp = { date, dataDigest: sourceDigest(files) };
mkdirSync(join(dir, RECORDED_FOLDER), { recursive: true });
for (const { statement } of result.site.periods) {
  const id = statement.period.id;
  const path = recordedPath(id);
  const bytes = files.get(path);
  const existing = bytes === undefined ? undefined : readRecorded(path, decodeText(bytes).text).record;
  const step = publishStep(id, existing, figuresOf(statement), stamp);
  if (step.action === 'unchanged') {
    console.log(`${id.padEnd(12)} 与 ${existing!.versions.at(-1)!.recordedOn} 的记录相同，未改动`);
    continue;
  }
  writeFileSync(join(dir, path), writeRecorded(step.record));
  console.log(
    step.action === 'create'
      ? `${id.padEnd(12)} 已记录（${path}）`
      : `${id.padEnd(12)} 已按更正追加一版记录（${step.changes} 个数字有变化）`,
  );
}
console.log(
  `公开记录已写入 ${join(dir, RECORDED_FOLDER)}，日期 ${date}，数据指纹 ${stamp.dataDigest.slice(0, 12)}。请一并提交到版本库。`,
);

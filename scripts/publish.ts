// npm run publish: check the data by the build's own load sequence (src/build/load-build.ts),
// then record the published figures of every period in data/published/<期间编号>.json (a new
// file, or a new version after a correction registered in corrections.csv). The build later stops if a period's figures
// differ from its latest recording without a correction entry. Exit 1 with the report when
// the data has problems; nothing is written then.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainError } from '../src/build/explain-error.ts';
import { loadBuild, type LoadedBuild } from '../src/build/load-build.ts';
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

let loaded: LoadedBuild;
try {
  loaded = loadBuild();
} catch (error) {
  console.error(`检查数据时出错：${explainError(error)}\n没有写入公开记录。`);
  process.exit(1);
}
if (!loaded.context) {
  console.error(loaded.error ?? formatIssueReport(loaded.issues));
  console.error('\n没有写入公开记录。');
  process.exit(1);
}
const { dataDir: dir, files } = loaded;
const { site } = loaded.context;
const date = loaded.context.options.buildDate;
const stamp = { date, dataDigest: sourceDigest(files) };
mkdirSync(join(dir, RECORDED_FOLDER), { recursive: true });
for (const { statement } of site.periods) {
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

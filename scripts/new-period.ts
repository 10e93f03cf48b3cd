// npm run new-period -- 2025: adds the period after the last one. Appends its row to
// periods.csv (dates right after the last period, 期初结余 = the last period's closing
// balance as computed from the data) and creates funds/2025.xlsx from the fund template
// (header, formats and the 科目 drop-down, no example row). Refuses to overwrite anything:
// an existing period, fund file or budget file stops it before any file is written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { dataDir, readDataDir } from '../src/build/read-data-dir.ts';
import { newPeriodRow, planNewPeriod } from '../src/lib/periods/new-period.ts';
import { PERIODS_FILE } from '../src/lib/periods/read-periods.ts';
import { loadSite } from '../src/lib/site/load-site.ts';
import { fundTemplate } from '../src/lib/templates/fund-template.ts';
import { decodeText } from '../src/lib/text/decode-text.ts';
import { formatYuan } from '../src/lib/money/format-amount.ts';
import { writeTemplate } from './lib/write-template.ts';
import { readWorkbooks } from '../src/build/read-workbooks.ts';

function stop(message: string): never {
  console.error(`${message}\n没有修改任何文件。`);
  process.exit(1);
}

const id = process.argv[2];
if (!id) stop('请写出新期间的编号，例如：npm run new-period -- 2025');
const dir = dataDir();
const periodsPath = join(dir, PERIODS_FILE);
if (!existsSync(periodsPath)) stop(`${periodsPath} 不存在（periods.xlsx 请直接在 Excel 中增加一行）。`);
const fundPath = join(dir, 'funds', `${id}.xlsx`);
for (const taken of [fundPath, join(dir, 'funds', `${id}.csv`)]) {
  if (existsSync(taken)) stop(`经费文件 ${taken} 已经存在，不会覆盖。`);
}
const files = readDataDir(dir);
const loaded = loadSite(files, { workbooks: readWorkbooks(files) });
if (!loaded.site) stop('数据检查未通过，无法确定上一期间的期末结余：请先运行 npm run check 并改正问题。');
const bytes = readFileSync(periodsPath);
const decoded = decodeText(bytes);
if (decoded.encoding !== 'utf-8' && decoded.encoding !== 'utf-8-bom') {
  stop('periods.csv 不是 UTF-8 编码：请在 Excel 中“另存为”CSV UTF-8（逗号分隔）后再运行。');
}
const last = loaded.site.periods.at(-1)!;
const planned = planNewPeriod(
  id,
  loaded.site.periods.map((p) => p.statement.period),
  last.statement.closingFen,
);
if (!planned.ok) stop(planned.message);
const header = Papa.parse<string[]>(decoded.text, { preview: 1 }).data[0] ?? [];
const newline = decoded.text.includes('\r\n') ? '\r\n' : '\n';
const text = decoded.text.endsWith('\n') ? decoded.text : decoded.text + newline;
const bom = decoded.encoding === 'utf-8-bom' ? '\ufeff' : '';
writeFileSync(fundPath, writeTemplate(fundTemplate(loaded.site.chart), { example: false }));
writeFileSync(periodsPath, bom + text + newPeriodRow(header, planned.period) + newline);
const p = planned.period;
console.log(
  `已在 periods.csv 中增加期间“${p.label}”：${p.start} 至 ${p.end}，期初结余 ${formatYuan(p.openingFen)} 元。`,
);
console.log(`已建立经费文件 ${fundPath}（按模板，只有表头），请在其中逐笔登记收支。`);

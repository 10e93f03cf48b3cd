// Writes the demo's recorded figures (data/published/*.json): each period as published on its
// 公开日期, and 2023 first as published with a misfiled 500.00 元 (职工教育支出 booked under
// 文体活动支出), then re-recorded after the correction in data/corrections.csv. Run it again
// (node scripts/demo-published.ts) when the demo's accounts change, e.g. after a new chart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataDir } from '../src/build/read-data-dir.ts';
import { figuresOf, type PeriodFigures } from '../src/lib/audit/corrections/period-figures.ts';
import { RECORDED_FOLDER, recordedPath, writeRecorded } from '../src/lib/audit/corrections/recorded-figures.ts';
import { sourceDigest } from '../src/lib/audit/corrections/source-digest.ts';
import { loadSite } from '../src/lib/site/load-site.ts';
import { readWorkbooks } from '../src/build/read-workbooks.ts';

const dir = 'data';
const files = new Map(
  [...readDataDir(dir)].filter(([path]) => !path.startsWith(RECORDED_FOLDER) && path !== 'corrections.csv'),
);
const { site, issues } = loadSite(files, { workbooks: readWorkbooks(files) });
if (!site) throw new Error(`demo data has issues: ${issues.map((i) => i.code).join(', ')}`);
const digest = sourceDigest(files);
const MISFILED_FEN = 50_000;

/** 2023 as first published: 500.00 元 of 职工教育支出 under 文体活动支出. */
function misfiled(f: PeriodFigures): PeriodFigures {
  const move = (name: string, fen: number) => (a: { name: string; fen: number }) => (a.name === name ? fen : 0);
  return {
    ...f,
    accounts: f.accounts.map((a) => ({
      ...a,
      fen: a.fen + move('文体活动支出', MISFILED_FEN)(a) + move('职工教育支出', -MISFILED_FEN)(a),
    })),
  };
}

mkdirSync(join(dir, RECORDED_FOLDER), { recursive: true });
for (const { statement } of site.periods) {
  const p = statement.period;
  const figures = figuresOf(statement);
  const first = { recordedOn: p.publishedOn!, dataDigest: digest, figures };
  const versions =
    p.id === '2023'
      ? [
          { ...first, figures: misfiled(figures) },
          { recordedOn: '2024-06-20', dataDigest: digest, figures },
        ]
      : [first];
  writeFileSync(join(dir, recordedPath(p.id)), writeRecorded({ periodId: p.id, versions }));
  console.log(recordedPath(p.id), versions.map((v) => v.recordedOn).join(', '));
}

/**
 * The demo data (data/) carries four planted places to look in the 2024 ledger — a split
 * payment, a weekend purchase, a December spike and a likely duplicate — and one corrected
 * period (2023). The workbench finds exactly those and nothing else.
 */
import { resolve } from 'node:path';
import { loadWithWorkbooks } from '../../helpers/demo-data.ts';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/build/read-data-dir.ts';

const root = resolve(import.meta.dirname, '../../..');
const { site, notes } = loadWithWorkbooks(readDataDir(resolve(root, 'data')));

describe('the demo workbench', () => {
  it('flags exactly the four planted cases of 2024, with their lines, and nothing in other periods', () => {
    const byPeriod = site!.periods.map((p, i) => [
      p.statement.period.id,
      site!.audit.flags[i]!.groups.map((g) => [g.rule, g.lines.map((l) => `${l.line} ${l.date} ${l.memo} ${l.fen}`)]),
    ]);
    expect(byPeriod).toEqual([
      ['2019-2020', []],
      ['2021', []],
      ['2022', []],
      ['2023', []],
      [
        '2024',
        [
          [
            'split-payment',
            [
              '110 2024-09-10 中秋节慰问品（月饼，第1批142人，每人50元） 710000',
              '111 2024-09-11 中秋节慰问品（月饼，第2批142人，每人50元） 710000',
              '112 2024-09-12 中秋节慰问品（月饼，第3批142人，每人50元） 710000',
            ],
          ],
          ['weekend-holiday', ['104 2024-08-24 工会办公用品 27860']],
          [
            'year-end',
            [
              '161 2024-12-26 12月瑜伽兴趣小组教练课时费（6课时） 48000',
              '162 2024-12-27 迎新年文艺汇演舞台布置及奖品 460000',
              '164 2024-12-30 年末集中采购文体活动用品 230000',
            ],
          ],
          ['duplicate', ['132 2024-10-24 工会干部培训班培训费 130000', '133 2024-10-29 工会干部培训班培训费 130000']],
        ],
      ],
    ]);
    expect(notes).toEqual([]);
  });

  it('uses the thresholds of union.yaml', () => {
    expect(site!.audit.thresholds).toMatchObject({ approvalLimitFen: 1_000_000, welfarePerMemberFen: 50_000 });
  });

  it('carries one correction, of 2023, moving 500.00 元 from 文体活动支出 to 职工教育支出', () => {
    expect(
      site!.audit.corrections.corrections.map((c) => [c.periodId, c.date, c.handler, c.correctsRecordOf, c.changes]),
    ).toEqual([
      [
        '2023',
        '2024-06-18',
        '张晓燕',
        '2024-04-12',
        [
          { label: '职工教育支出', code: '50101', beforeFen: 265_000, afterFen: 315_000 },
          { label: '文体活动支出', code: '50102', beforeFen: 2_334_000, afterFen: 2_284_000 },
        ],
      ],
    ]);
    expect(site!.audit.corrections.carried).toEqual([]);
    expect([...site!.audit.recordedOn.keys()]).toEqual(['2019-2020', '2021', '2022', '2023', '2024']);
  });
});

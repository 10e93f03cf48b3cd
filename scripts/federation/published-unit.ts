import { readWorkbooks } from '../../src/build/read-workbooks.ts';
import { compareFigures, figuresOf, type PeriodFigures } from '../../src/lib/audit/corrections/period-figures.ts';
import { recordedPath, writeRecorded } from '../../src/lib/audit/corrections/recorded-figures.ts';
import { sourceDigest } from '../../src/lib/audit/corrections/source-digest.ts';
import { formatIssueReport } from '../../src/lib/issues/data-issue.ts';
import type { DataFiles } from '../../src/lib/model/data-files.ts';
import { formatYuan } from '../../src/lib/money/format-amount.ts';
import { loadSite } from '../../src/lib/site/load-site.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const text = (files: DataFiles, path: string): string => decoder.decode(files.get(path)!).replace(/^\uFEFF/, '');

/** A generated unit's 公开时间表: its 经费收支表 within 90 days of each period's end. */
const SCHEDULE = [
  '类别,频次,期限,公开对象,起始日期,公示天数,说明',
  '经费收支,每期,期末后90天,全体,,,每个期间结束后三个月内公开经费收支表',
].join('\r\n');

/**
 * A generated unit's data with its publications: 公开日期 in periods.csv for the periods
 * `publishedOn` names (ISO dates; a period not named stays unpublished) and a
 * disclosure-schedule.csv asking for each 经费收支表 within 90 days, so the unit's own
 * register (and so its package's register.csv) says which were 按时公开 and which late.
 */
export function withPublications(files: DataFiles, publishedOn: Readonly<Record<string, string>>): DataFiles {
  const [header, ...rows] = text(files, 'periods.csv').split('\r\n');
  const out = new Map(files);
  const dated = rows.map((row) => (row === '' ? row : `${row},${publishedOn[row.slice(0, row.indexOf(','))] ?? ''}`));
  out.set('periods.csv', encoder.encode([`${header},公开日期`, ...dated].join('\r\n')));
  out.set('disclosure-schedule.csv', encoder.encode(`${SCHEDULE}\r\n`));
  return out;
}

/** A correction a unit made after publishing: one ledger line of the period had been booked to the wrong account. */
export interface LedgerCorrection {
  periodId: string;
  /** The account the line belongs to, as its 科目 cell is written ("培训支出"). */
  account: string;
  /** The account it had been booked to when the period was published, as written ("50101"). */
  misbookedAs: string;
  /** ISO date of the correction (after the period's 公开日期). */
  date: string;
  /** The reason as corrections.csv states it; "{amount}" is replaced by the line's amount. */
  reason: string;
  handler: string;
}

function figuresByPeriod(files: DataFiles): Map<string, { figures: PeriodFigures; publishedOn?: string }> {
  const { site, issues } = loadSite(files, { workbooks: readWorkbooks(files) });
  if (!site) throw new Error(`generated unit data has issues:\n${formatIssueReport(issues)}`);
  return new Map(
    site.periods.map(({ statement }) => [
      statement.period.id,
      {
        figures: figuresOf(statement),
        ...(statement.period.publishedOn ? { publishedOn: statement.period.publishedOn } : {}),
      },
    ]),
  );
}

/**
 * A unit's data after it corrected a published period, as `npm run publish` and
 * corrections.csv leave it: every published period recorded in data/published/ on its
 * 公开日期 (the figures as they were then), the corrected period recorded with the first
 * ledger line of `account` booked to `misbookedAs` (the mistake as published), the ledger
 * as corrected, and the corrections.csv entry dated after the recording. The unit's own
 * build then shows the correction (before → after) on its statement and in its package.
 */
export function withLedgerCorrection(files: DataFiles, correction: LedgerCorrection): DataFiles {
  const ledgerPath = `funds/${correction.periodId}.csv`;
  const lines = text(files, ledgerPath).split('\r\n');
  const at = lines.findIndex((l) => l.split(',')[2] === correction.account);
  if (at < 0) throw new Error(`${ledgerPath} has no line of ${correction.account}`);
  const cells = lines[at]!.split(',');
  cells[2] = correction.misbookedAs;
  const misbooked = new Map(files);
  misbooked.set(ledgerPath, encoder.encode(lines.with(at, cells.join(',')).join('\r\n')));

  const now = figuresByPeriod(files);
  const then = figuresByPeriod(misbooked);
  const corrected = now.get(correction.periodId)!;
  const before = then.get(correction.periodId)!.figures;
  const moved = compareFigures(before, corrected.figures).find((c) => c.afterFen > c.beforeFen);
  if (!moved || !corrected.publishedOn || correction.date <= corrected.publishedOn)
    throw new Error(`the correction of ${correction.periodId} changes nothing or precedes its publication`);

  const out = new Map(files);
  for (const [id, { figures, publishedOn }] of now) {
    if (!publishedOn) continue;
    const versions = [
      {
        recordedOn: publishedOn,
        dataDigest: sourceDigest(id === correction.periodId ? misbooked : files),
        figures: id === correction.periodId ? before : figures,
      },
    ];
    out.set(recordedPath(id), encoder.encode(writeRecorded({ periodId: id, versions })));
  }
  const reason = correction.reason.replace('{amount}', `${formatYuan(moved.afterFen - moved.beforeFen)} 元`);
  out.set(
    'corrections.csv',
    encoder.encode(
      `期间,更正日期,原因,经办人\r\n${correction.periodId},${correction.date},"${reason.replaceAll('"', '""')}",${correction.handler}\r\n`,
    ),
  );
  return out;
}

/**
 * A generated 县级以上工会's own data with money it passed to its units: every ledger line of
 * `account` (as its 科目 cell is written) booked as 补助下级支出 instead, with the memo
 * `memo`. The totals stay as they were, so periods.csv still reconciles; the federation's
 * 汇总 page then has a 补助下级支出 to set against its units' 上级补助收入.
 */
export function withSubsidiesToUnits(files: DataFiles, account: string, memo: string): DataFiles {
  const out = new Map(files);
  for (const path of [...files.keys()].filter((p) => /^funds\/[^/]+\.csv$/.test(p))) {
    const lines = text(files, path).split('\r\n');
    const moved = lines.map((line) => {
      const cells = line.split(',');
      return cells[2] === account
        ? [...cells.slice(0, 2), '补助下级支出', ...cells.slice(3, -1), memo].join(',')
        : line;
    });
    out.set(path, encoder.encode(moved.join('\r\n')));
  }
  return out;
}

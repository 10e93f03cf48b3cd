import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/lib/accounts/charts.ts';
import { readLocalAccounts } from '../../src/lib/accounts/accounts-table.ts';
import { IssueList, type DataIssue } from '../../src/lib/issues/data-issue.ts';
import type { DataFiles } from '../../src/lib/model/data-files.ts';
import type { SiteData } from '../../src/lib/model/site-data.ts';
import { DEMO_CSV_FILES, loadWithWorkbooks } from '../helpers/demo-data.ts';
import { mutate, random, type Mutation } from '../helpers/fuzz-mutations.ts';
import { oracleDecode, oracleFigures, type OraclePeriod } from '../helpers/fuzz-oracle.ts';

// FUZZ_SEED=… npx vitest run test/fuzz explores other cases; CI uses the fixed seed.
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
/** Cases at most, and a time budget that keeps the test well under a minute on a busy CI machine. */
const MAX_CASES = 1000;
const BUDGET_MS = 45_000;
const BUILD_DATE = '2026-12-01';

/** The charts of accounts the files declare (built-in accounts and accounts.csv), for the oracle of a stopped run. */
function chartsOf(files: DataFiles) {
  const base = buildCharts().charts;
  const local = files.get('accounts.csv');
  if (!local) return base;
  return buildCharts(readLocalAccounts(oracleDecode(local), base, new IssueList())).charts;
}

/** Differences between the published figures and the oracle's, as text (empty when equal). */
function differences(site: SiteData, mutation: Mutation): string[] {
  const oracle = oracleFigures(mutation.files, site.charts);
  const out: string[] = [];
  if (oracle.length !== site.periods.length) out.push(`期间数 ${site.periods.length} ≠ ${oracle.length}`);
  site.periods.forEach((p, i) => {
    const o = oracle[i];
    const s = p.statement;
    if (!o) return;
    const pairs: [string, number, number][] = [
      ['收入', s.income.totalFen, o.incomeFen],
      ['支出', s.expense.totalFen, o.expenseFen],
      ['期初', s.openingFen, o.openingFen],
      ['期末', s.closingFen, o.closingFen],
    ];
    for (const c of [...s.income.categories, ...s.expense.categories])
      pairs.push([`类别 ${c.account.code}`, c.fen, o.categories.get(c.account.code) ?? 0]);
    const aid = site.records.aid.periods.find((a) => a.periodId === o.id);
    pairs.push(['帮扶人次', aid?.count ?? 0, o.aidCount], ['帮扶金额', aid?.fen ?? 0, o.aidFen]);
    for (const [name, got, want] of pairs) if (got !== want) out.push(`${o.id} ${name}: 发布 ${got} ≠ 重算 ${want}`);
  });
  return out;
}

/** Checks of one file against another (a record naming a period or session that the mutated file no longer has). */
const REFERENCE_CODES = new Set([
  'activity.outside-periods',
  'aid.outside-periods',
  'membership.no-period',
  'signoff.no-period',
  'fund.no-period',
  'budget.no-period',
  'resolution.unknown-session',
  'proposal.unknown-session',
  'activity.cost-exceeds-statement',
  'resolution.votes-exceed-attendance',
  'election.margin-too-small',
]);

/** Problems of a fund or budget line that names an account of accounts.csv. */
const ACCOUNT_REFERENCE_CODES = new Set(['account.unknown', 'account.unmapped', 'account.ambiguous']);

type Outcome =
  | 'published, equal to the oracle'
  | 'stopped at the mutated file and line'
  | 'stopped at the mutated file'
  | 'stopped by a balance check (oracle disagrees with a declared figure)'
  | 'stopped by a reference from another file to the mutated one'
  | 'stopped because a published period changed without a correction'
  | 'stopped by the balance sheet, which no longer ties to the changed statement';

/** The statement figures of one oracle period, as one comparable text (accounts in code order). */
function figuresText(o: OraclePeriod): string {
  const accounts = [...o.accounts].filter(([, fen]) => fen !== 0).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([o.incomeFen, o.expenseFen, o.openingFen, o.closingFen, accounts]);
}

/** Ids of the periods whose figures the oracle computes differently from the unmutated demo's. */
function changedPeriods(mutation: Mutation): Set<string> {
  const before = new Map(oracleFigures(DEMO_CSV_FILES, chartsOf(DEMO_CSV_FILES)).map((o) => [o.id, figuresText(o)]));
  const after = oracleFigures(mutation.files, chartsOf(mutation.files));
  return new Set(after.filter((o) => before.has(o.id) && before.get(o.id) !== figuresText(o)).map((o) => o.id));
}

/** How the run ended, or a description of why it is neither allowed outcome. */
function judge(mutation: Mutation, result: { site?: SiteData; issues: DataIssue[] }): Outcome | { wrong: string } {
  if (result.site) {
    const diff = differences(result.site, mutation);
    return diff.length === 0
      ? 'published, equal to the oracle'
      : { wrong: `发布了与重算不符的数字：${diff.join('；')}` };
  }
  const atFile = result.issues.filter((i) => i.file === mutation.file);
  if (mutation.line !== undefined && atFile.some((i) => i.line === mutation.line))
    return 'stopped at the mutated file and line';
  if (atFile.length > 0 && !mutation.strictLine) return 'stopped at the mutated file';
  const oracle = oracleFigures(mutation.files, chartsOf(mutation.files));
  const disagrees = oracle.some((o) => o.declaredClosingFen !== undefined && o.declaredClosingFen !== o.closingFen);
  if (disagrees && result.issues.some((i) => i.code === 'balance.mismatch' || i.code === 'balance.continuity'))
    return 'stopped by a balance check (oracle disagrees with a declared figure)';
  // An account that accounts.csv no longer defines (or defines under the other 制度) is named
  // by the fund file that uses it: unknown, or a name of the other 制度 with no mapping.
  const references = (i: DataIssue) =>
    REFERENCE_CODES.has(i.code) || (mutation.file === 'accounts.csv' && ACCOUNT_REFERENCE_CODES.has(i.code));
  if (!mutation.strictLine && result.issues.some(references))
    return 'stopped by a reference from another file to the mutated one';
  // A changed closing or 结转 in periods.csv or a fund file moves the 收入支出表; the balance sheet of
  // that period (another file, unchanged) then no longer ties, and says so with both figures.
  const statementFile = mutation.file === 'periods.csv' || mutation.file.startsWith('funds/');
  if (!mutation.strictLine && statementFile && result.issues.some((i) => i.code === 'balance-sheet.statement-mismatch'))
    return 'stopped by the balance sheet, which no longer ties to the changed statement';
  const changed = changedPeriods(mutation);
  const unrecorded = (i: DataIssue) =>
    i.code === 'correction.missing' && changed.has(i.file.replace(/^published\/(.*)\.json$/, '$1'));
  if (!mutation.strictLine && result.issues.some(unrecorded))
    return 'stopped because a published period changed without a correction';
  return {
    wrong: `停止了，但没有指出改动的文件${mutation.strictLine ? '和行' : ''}：${result.issues
      .slice(0, 3)
      .map((i) => `${i.file}:${i.line} ${i.code}`)
      .join('，')}`,
  };
}

describe('fuzz: mutations of the demo data through the loader', () => {
  it(`either stops at the mutated file (and line) or publishes figures equal to an independent recomputation (seed ${SEED})`, () => {
    const rand = random(SEED);
    const counts = new Map<string, number>();
    const kinds = new Map<string, number>();
    const wrong: string[] = [];
    const started = performance.now();
    let cases = 0;
    while (cases < MAX_CASES && performance.now() - started < BUDGET_MS) {
      const mutation = mutate(DEMO_CSV_FILES, rand);
      cases++;
      kinds.set(mutation.kind, (kinds.get(mutation.kind) ?? 0) + 1);
      let verdict: ReturnType<typeof judge>;
      try {
        verdict = judge(mutation, loadWithWorkbooks(mutation.files, { buildDate: BUILD_DATE }));
      } catch (error) {
        verdict = { wrong: `抛出异常：${String(error)}` };
      }
      if (typeof verdict === 'string') counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
      else wrong.push(`#${cases} ${mutation.kind} ${mutation.file} ${mutation.description}: ${verdict.wrong}`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      [
        `fuzz (seed ${SEED}): ${cases} cases in ${seconds} s`,
        `  mutations: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`,
        ...[...counts].map(([outcome, n]) => `  ${outcome}: ${n}`),
        `  anything else: ${wrong.length}`,
      ].join('\n'),
    );
    expect(wrong).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(100);
  }, 90_000);
});

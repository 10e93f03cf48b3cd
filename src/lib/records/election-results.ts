import type { IssueList } from '../issues/data-issue.ts';
import { formatPercent, ratioBasisPoints } from '../numbers/rates.ts';
import type { RecordRow } from './record-table.ts';
import { toChineseNumber } from './session-number.ts';
import { COMMITTEES, ELECTIONS_FILE, type CandidateRow } from './tables/elections.ts';

/** A candidate's result: votes and their share of the ballots (basis points). */
export interface CandidateResult {
  name: string;
  votes: number;
  /** votes ÷ ballots, in basis points. */
  shareBp: number;
  elected: boolean;
}

/** One election of a committee for a term, with the margin (差额比例) computed. */
export interface Election {
  committee: CandidateRow['committee'];
  term: number;
  /** "七届". */
  termLabel: string;
  date: string;
  seats: number;
  ballots: number;
  /** Candidates by votes, most first (ties in file order). */
  candidates: CandidateResult[];
  electedCount: number;
  /** (candidates − seats) ÷ seats, in basis points. */
  marginBp: number;
  /** The configured minimum margin it was checked against, in basis points. */
  minMarginBp: number;
  /** The day the result was disclosed (ISO), when recorded on any of its rows. */
  publishedOn?: string;
}

/**
 * The anchor of an election on the elections page, stable across data changes: term and the
 * committee's place in COMMITTEES, e.g. "e-7-2" for the 七届 经费审查委员会.
 */
export function electionAnchor(election: Pick<Election, 'term' | 'committee'>): string {
  return `e-${election.term}-${Object.keys(COMMITTEES).indexOf(election.committee) + 1}`;
}

/**
 * Groups candidate rows into elections (same committee and term) and checks each: the same
 * date, seats and ballots on every row, the same 公开日期 on the rows that give one, no candidate twice, no more elected than seats,
 * and a margin 差额比例 = (candidates − seats) ÷ seats of at least `minMarginBp`. Issues
 * sit on the row concerned; an election with an issue is left out. Sorted by date, then
 * committee (工会委员会, 经审会, 女职工委员会).
 */
export function buildElections(
  rows: readonly RecordRow<CandidateRow>[],
  minMarginBp: number,
  issues: IssueList,
): Election[] {
  const groups = new Map<string, RecordRow<CandidateRow>[]>();
  for (const row of rows) {
    const key = `${row.value.committee}\u0000${row.value.term}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const out: Election[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const f = first.value;
    const name = `${toChineseNumber(f.term)}届${f.committee}选举`;
    const before = issues.count;
    const seen = new Map<string, number>();
    for (const row of group) {
      for (const [key, header] of [
        ['date', '日期'],
        ['seats', '应选名额'],
        ['ballots', '投票人数'],
      ] as const) {
        if (row.value[key] === f[key]) continue;
        issues.add({
          file: ELECTIONS_FILE,
          line: row.line,
          column: row.columns[key] ?? 0,
          code: 'election.inconsistent',
          message: `${name}各行的“${header}”不一致`,
          expected: `与第 ${first.line} 行相同：${f[key]}`,
          found: String(row.value[key]),
        });
      }
      const earlier = seen.get(row.value.candidate);
      if (earlier !== undefined) {
        issues.add({
          file: ELECTIONS_FILE,
          line: row.line,
          column: row.columns.candidate ?? 0,
          code: 'election.duplicate-candidate',
          message: `${name}中候选人“${row.value.candidate}”重复，第 ${earlier} 行已填写`,
          expected: '每位候选人一行',
          found: row.value.candidate,
        });
      }
      seen.set(row.value.candidate, row.line);
    }
    const dated = group.filter((r) => r.value.publishedOn !== undefined);
    for (const row of dated) {
      if (row.value.publishedOn === dated[0]!.value.publishedOn) continue;
      issues.add({
        file: ELECTIONS_FILE,
        line: row.line,
        column: row.columns.publishedOn ?? 0,
        code: 'election.inconsistent',
        message: `${name}各行的“公开日期”不一致`,
        expected: `与第 ${dated[0]!.line} 行相同：${dated[0]!.value.publishedOn}，或留空`,
        found: row.value.publishedOn!,
      });
    }
    const electedCount = group.filter((r) => r.value.elected).length;
    if (electedCount > f.seats) {
      const last = group.filter((r) => r.value.elected).at(-1)!;
      issues.add({
        file: ELECTIONS_FILE,
        line: last.line,
        column: last.columns.elected ?? 0,
        code: 'election.too-many-elected',
        message: `${name}当选 ${electedCount} 人，多于应选名额 ${f.seats} 人`,
        expected: `当选不多于 ${f.seats} 人`,
        found: `${electedCount} 人`,
      });
    }
    const marginBp = ratioBasisPoints(group.length - f.seats, f.seats) ?? 0;
    if (marginBp < minMarginBp) {
      issues.add({
        file: ELECTIONS_FILE,
        line: first.line,
        column: first.columns.seats ?? 0,
        code: 'election.margin-too-small',
        message: `${name}的差额比例 ${formatPercent(marginBp)} 低于规定的 ${formatPercent(minMarginBp)}`,
        expected: `候选人数 ≥ 应选名额 ${f.seats} × (1 + ${formatPercent(minMarginBp)})`,
        found: `候选人 ${group.length} 人，差额 ${group.length - f.seats} 人，(${group.length} − ${f.seats}) ÷ ${f.seats} = ${formatPercent(marginBp)}`,
        hint: '差额比例下限在 union.yaml 的“差额比例下限”中设置，默认 5%',
      });
    }
    if (issues.count > before) continue;
    const candidates = group
      .map((r) => ({
        name: r.value.candidate,
        votes: r.value.votes,
        shareBp: ratioBasisPoints(r.value.votes, f.ballots) ?? 0,
        elected: r.value.elected,
      }))
      .sort((a, b) => b.votes - a.votes);
    out.push({
      committee: f.committee,
      term: f.term,
      termLabel: `${toChineseNumber(f.term)}届`,
      date: f.date,
      seats: f.seats,
      ballots: f.ballots,
      candidates,
      electedCount,
      marginBp,
      minMarginBp,
      ...(dated[0] ? { publishedOn: dated[0].value.publishedOn! } : {}),
    });
  }
  const order = Object.keys(COMMITTEES);
  return out.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : order.indexOf(a.committee) - order.indexOf(b.committee),
  );
}

import { formatPercent } from '../../numbers/rates.ts';
import { electionAnchor, type Election } from '../../records/election-results.ts';

/** An election as shown: seats, candidates, margin written out, and each candidate's result. */
export interface ElectionView {
  id: string;
  title: string;
  date: string;
  seats: number;
  candidates: number;
  ballots: number;
  elected: number;
  /** 差额比例 "9.09%"; the seats and candidates are fields of their own. */
  margin: string;
  /** What the margin counts: "候选人比应选名额多 1 名". */
  marginWords: string;
  minimum: string;
  rows: { name: string; votes: number; share: string; elected: boolean }[];
}

/** Elections for display, in date order. */
export function electionViews(elections: readonly Election[]): ElectionView[] {
  return elections.map((e) => ({
    id: electionAnchor(e),
    title: `${e.termLabel}${e.committee}选举`,
    date: e.date,
    seats: e.seats,
    candidates: e.candidates.length,
    ballots: e.ballots,
    elected: e.electedCount,
    margin: formatPercent(e.marginBp),
    marginWords: `候选人比应选名额多 ${e.candidates.length - e.seats} 名`,
    minimum: formatPercent(e.minMarginBp),
    rows: e.candidates.map((c) => ({
      name: c.name,
      votes: c.votes,
      share: `${formatPercent(c.shareBp)}（投票 ${e.ballots} 人中得 ${c.votes} 票）`,
      elected: c.elected,
    })),
  }));
}

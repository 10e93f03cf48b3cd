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
  /** "(12 − 11) ÷ 11 = 9.09%". */
  margin: string;
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
    margin: `(${e.candidates.length} − ${e.seats}) ÷ ${e.seats} = ${formatPercent(e.marginBp)}`,
    minimum: formatPercent(e.minMarginBp),
    rows: e.candidates.map((c) => ({
      name: c.name,
      votes: c.votes,
      share: `${c.votes} ÷ ${e.ballots} = ${formatPercent(c.shareBp)}`,
      elected: c.elected,
    })),
  }));
}

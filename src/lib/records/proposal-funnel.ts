import { ratioBasisPoints } from '../numbers/rates.ts';
import { isFiled, type Proposal } from './tables/proposals.ts';

/** A rate with its parts, so a page can print "35 ÷ 37 = 94.59%". */
export interface CountRate {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator in basis points; null when the denominator is 0. */
  bp: number | null;
}

/**
 * How a set of proposals went, stage by stage. Each stage counts the proposals that reached
 * at least that stage; merged ones stop at 合并.
 */
export interface ProposalFunnel {
  /** All rows (收到). */
  received: number;
  /** Rows merged into another proposal (并案). */
  merged: number;
  /** received − merged: distinct matters after merging. */
  afterMerge: number;
  /** Filed (立案) or further. */
  filed: number;
  /** Answered (答复) or closed. */
  answered: number;
  closed: number;
  /** 立案率 = filed ÷ afterMerge. */
  filingRate: CountRate;
  /** 答复率 = answered ÷ filed. */
  answerRate: CountRate;
  /** 办结率 = closed ÷ filed. */
  closeRate: CountRate;
  /** Adopted (采纳) among the distinct matters, and 采纳率 = adopted ÷ afterMerge. */
  adopted: number;
  adoptionRate: CountRate;
  /** Value created by adopted ones, fen. */
  valueFen: number;
}

function rate(numerator: number, denominator: number): CountRate {
  return { numerator, denominator, bp: ratioBasisPoints(numerator, denominator) };
}

/** The funnel and rates of a set of proposals (e.g. one session, or one kind). */
export function proposalFunnel(proposals: readonly Proposal[]): ProposalFunnel {
  const received = proposals.length;
  const merged = proposals.filter((p) => p.status === '已合并').length;
  const afterMerge = received - merged;
  const filed = proposals.filter((p) => isFiled(p.status)).length;
  const answered = proposals.filter((p) => p.status === '已答复' || p.status === '已办结').length;
  const closed = proposals.filter((p) => p.status === '已办结').length;
  const adopted = proposals.filter((p) => p.status !== '已合并' && p.adopted === true).length;
  return {
    received,
    merged,
    afterMerge,
    filed,
    answered,
    closed,
    filingRate: rate(filed, afterMerge),
    answerRate: rate(answered, filed),
    closeRate: rate(closed, filed),
    adopted,
    adoptionRate: rate(adopted, afterMerge),
    valueFen: proposals.reduce((sum, p) => sum + (p.valueFen ?? 0), 0),
  };
}

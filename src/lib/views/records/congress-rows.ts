import { formatPercent, ratioBasisPoints } from '../../numbers/rates.ts';
import type { CongressRecord } from '../../model/records-data.ts';
import { sessionAnchor } from '../../records/session-number.ts';

/** Full names of the congress kinds named in union.yaml. */
export const CONGRESS_FULL_NAMES: Readonly<Record<string, string>> = {
  职代会: '职工代表大会',
  教代会: '教职工代表大会',
  会员代表大会: '会员代表大会',
};

/** A resolution as a row: votes and the share of all delegates voting for it. */
export interface ResolutionRow {
  title: string;
  cast: number;
  votesFor: number;
  against: number;
  abstain: number;
  /** "93.75%（应到 96 人中赞成 90 人）": votes for over all delegates (应到). */
  forShare: string;
  result: '通过' | '未通过';
}

/** A session as shown: attendance with its denominator, documents and votes. */
export interface CongressRow {
  /** Anchor id, e.g. "s-7-3". */
  id: string;
  /** "七届三次职代会". */
  name: string;
  date: string;
  due: number;
  present: number;
  proxy: number;
  /** "96.88%（应到 96 人，实到 89 人、委托 4 人）". */
  attendance: string;
  /** (present + proxy) ÷ due in basis points, for a chart. */
  attendanceBp: number;
  /** Fewer than two thirds of the delegates attended (present + proxy). */
  belowQuorum: boolean;
  documents: string[];
  resolutions: ResolutionRow[];
}

/** Sessions as rows, in session order; `congress` is the union's word (职代会 …). */
export function congressRows(sessions: readonly CongressRecord[], congress: string): CongressRow[] {
  return sessions.map((s) => {
    const attending = s.present + s.proxy;
    const attendanceBp = ratioBasisPoints(attending, s.due) ?? 0;
    return {
      attendanceBp,
      id: sessionAnchor(s.session),
      name: `${s.session.label}${congress}`,
      date: s.date,
      due: s.due,
      present: s.present,
      proxy: s.proxy,
      attendance: `${formatPercent(attendanceBp)}（应到 ${s.due} 人，实到 ${s.present} 人${s.proxy ? `、委托 ${s.proxy} 人` : ''}）`,
      belowQuorum: attending * 3 < s.due * 2,
      documents: s.documents,
      resolutions: s.resolutions.map((r) => ({
        title: r.title,
        cast: r.cast,
        votesFor: r.votesFor,
        against: r.against,
        abstain: r.abstain,
        forShare: `${formatPercent(ratioBasisPoints(r.votesFor, s.due) ?? 0)}（应到 ${s.due} 人中赞成 ${r.votesFor} 人）`,
        result: r.passed ? '通过' : '未通过',
      })),
    };
  });
}

import { congressFigures, proposalFigures } from '../../records/records-figures.ts';
import type { ProposalFunnel } from '../../records/proposal-funnel.ts';
import { CONGRESS_FILE } from '../../records/tables/congress.ts';
import { PROPOSALS_FILE } from '../../records/tables/proposals.ts';
import type { PeriodData, SiteData } from '../../model/site-data.ts';
import { noRecords, periodDates, type Countable, type CountValue } from './countable.ts';

type Congress = ReturnType<typeof congressFigures>;

/** The sessions held in the period, or why there are none. */
function sessions(site: SiteData, period: PeriodData): Congress | CountValue {
  if (site.records.congress.length === 0) return noRecords(CONGRESS_FILE, '代表大会');
  const f = congressFigures(site.records, period.statement.period);
  if (f.sessions.length > 0) return f;
  return {
    ok: false,
    reason: `${CONGRESS_FILE} 中没有在这一期间（${periodDates(period)}）召开的会议`,
    hint: '提案和表决事项按会议日期归入期间；请核对期间或会议日期',
  };
}

function isCongress(x: Congress | CountValue): x is Congress {
  return !('ok' in x);
}

/** A figure of the congress sessions held in the period. */
function congress(name: string, aliases: readonly string[], unit: string, pick: (f: Congress) => number): Countable {
  return {
    name,
    aliases,
    unit,
    scope: 'period',
    nature: 'flow',
    count(site, period) {
      if (!period) return { ok: false, reason: '需要期间' };
      const f = sessions(site, period);
      return isCongress(f) ? { ok: true, value: pick(f) } : f;
    },
  };
}

/**
 * A stage of the funnel of the proposals (or suggestions) of the sessions held in the
 * period. The period must have some; then a stage nobody reached is a true zero.
 */
function funnel(
  name: string,
  aliases: readonly string[],
  kind: '提案' | '合理化建议',
  pick: (f: ProposalFunnel) => number,
  money = false,
): Countable {
  return {
    name,
    aliases,
    unit: money ? '元' : '件',
    ...(money ? { money: true } : {}),
    scope: 'period',
    nature: 'flow',
    count(site, period) {
      if (!period) return { ok: false, reason: '需要期间' };
      if (!site.records.proposals.some((p) => p.kind === kind)) return noRecords(PROPOSALS_FILE, kind);
      const s = sessions(site, period);
      if (!isCongress(s)) return s;
      const f = proposalFigures(site.records, { sessions: s.sessions, kind });
      if (f.received > 0) return { ok: true, value: pick(f) };
      return {
        ok: false,
        reason: `${PROPOSALS_FILE} 中没有这一期间所开会议（${s.sessions.join('、')}）的${kind}`,
        hint: `${kind}按“届次”一列归入会议，再按会议日期归入期间`,
      };
    },
  };
}

/**
 * Figures of congress.csv, resolutions.csv and proposals.csv per period: sessions held in
 * it, matters voted on, and the proposal funnel (收到 → 合并 → 立案 → 答复 → 办结) of those
 * sessions; suggestions (合理化建议) apart.
 */
export const DEMOCRACY_COUNTABLES: Countable[] = [
  congress(
    '代表大会次数',
    ['职代会次数', '教代会次数', '会员代表大会次数', '召开代表大会次数', '会议次数'],
    '次',
    (f) => f.sessions.length,
  ),
  congress('表决事项数', ['表决事项', '表决事项件数'], '项', (f) => f.resolutions),
  congress('通过决议数', ['通过决议', '审议通过决议数'], '项', (f) => f.passed),
  funnel('收到提案', ['提案数', '提案件数', '收到提案数'], '提案', (f) => f.received),
  funnel('并案提案', ['合并提案', '并案提案数', '合并提案数'], '提案', (f) => f.merged),
  funnel('合并后提案', ['并案后提案', '合并后提案数'], '提案', (f) => f.afterMerge),
  funnel('立案提案', ['立案数', '立案提案数', '立案'], '提案', (f) => f.filed),
  funnel('答复提案', ['已答复提案', '答复提案数'], '提案', (f) => f.answered),
  funnel('办结提案', ['已办结提案', '办结提案数'], '提案', (f) => f.closed),
  funnel('收到合理化建议', ['合理化建议数', '合理化建议件数', '收到建议'], '合理化建议', (f) => f.received),
  funnel('采纳建议', ['采纳合理化建议', '采纳建议数'], '合理化建议', (f) => f.adopted),
  funnel('建议创造价值', ['创造价值', '合理化建议创造价值'], '合理化建议', (f) => f.valueFen, true),
];

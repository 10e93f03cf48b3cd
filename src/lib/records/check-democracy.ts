import type { IssueList } from '../issues/data-issue.ts';
import type { RecordRow } from './record-table.ts';
import { CONGRESS_FILE, RESOLUTIONS_FILE, type CongressSession, type Resolution } from './tables/congress.ts';
import { PROPOSALS_FILE, type Proposal } from './tables/proposals.ts';

/** Sessions by label, reporting a session written twice (the later row is dropped). */
export function indexSessions(
  rows: readonly RecordRow<CongressSession>[],
  issues: IssueList,
): Map<string, RecordRow<CongressSession>> {
  const byLabel = new Map<string, RecordRow<CongressSession>>();
  for (const row of rows) {
    const label = row.value.session.label;
    const earlier = byLabel.get(label);
    if (earlier) {
      issues.add({
        file: CONGRESS_FILE,
        line: row.line,
        column: row.columns.session ?? 0,
        code: 'congress.duplicate-session',
        message: `届次“${label}”重复，第 ${earlier.line} 行已填写`,
        expected: '每次会议只填一行',
        found: label,
      });
    } else {
      byLabel.set(label, row);
    }
  }
  return byLabel;
}

function unknownSession(
  file: string,
  row: RecordRow<{ session: { label: string } }>,
  sessions: ReadonlyMap<string, unknown>,
  code: string,
  issues: IssueList,
): boolean {
  if (sessions.has(row.value.session.label)) return false;
  issues.add({
    file,
    line: row.line,
    column: row.columns.session ?? 0,
    code,
    message: `届次“${row.value.session.label}”不在 congress.csv 中`,
    expected: sessions.size ? [...sessions.keys()].join('、') : 'congress.csv 中的届次',
    found: row.value.session.label,
    hint: '请先在 congress.csv 中填写这次会议',
  });
  return true;
}

/** Resolutions whose session exists and whose votes cast fit the attendance (present + proxy). */
export function checkResolutions(
  rows: readonly RecordRow<Resolution>[],
  sessions: ReadonlyMap<string, RecordRow<CongressSession>>,
  issues: IssueList,
): RecordRow<Resolution>[] {
  return rows.filter((row) => {
    if (unknownSession(RESOLUTIONS_FILE, row, sessions, 'resolution.unknown-session', issues)) return false;
    const s = sessions.get(row.value.session.label)!.value;
    const attending = s.present + s.proxy;
    if (row.value.cast <= attending) return true;
    issues.add({
      file: RESOLUTIONS_FILE,
      line: row.line,
      column: row.columns.cast ?? 0,
      code: 'resolution.votes-exceed-attendance',
      message: `表决票数 ${row.value.cast} 多于${s.session.label}会议实到和委托代表 ${attending} 人`,
      expected: `不多于 ${attending}（实到 ${s.present} + 委托 ${s.proxy}）`,
      found: String(row.value.cast),
    });
    return false;
  });
}

/** A reply dated before the meeting that received the proposal: reported at 答复日期. */
function replyBeforeMeeting(
  row: RecordRow<Proposal>,
  sessions: ReadonlyMap<string, RecordRow<CongressSession>>,
  issues: IssueList,
): void {
  const meeting = sessions.get(row.value.session.label)?.value.date;
  const replied = row.value.repliedOn;
  if (meeting === undefined || replied === undefined || replied >= meeting) return;
  issues.add({
    file: PROPOSALS_FILE,
    line: row.line,
    column: row.columns.repliedOn ?? 0,
    code: 'proposal.reply-before-meeting',
    message: `答复日期 ${replied} 早于${row.value.session.label}会议日期 ${meeting}`,
    expected: `${meeting} 或之后的日期`,
    found: replied,
    hint: '提案在会上收到后才能答复；请核对年份和月份',
  });
}

/**
 * Proposals whose session exists, with numbers unique per session, replies dated on or after
 * the meeting, and merges that point at an existing proposal of the same session which is
 * not itself merged.
 */
export function checkProposals(
  rows: readonly RecordRow<Proposal>[],
  sessions: ReadonlyMap<string, RecordRow<CongressSession>>,
  issues: IssueList,
): RecordRow<Proposal>[] {
  const kept = rows.filter((row) => !unknownSession(PROPOSALS_FILE, row, sessions, 'proposal.unknown-session', issues));
  // Reported, but kept: the proposals merged into it still find it (one message, not three).
  for (const row of kept) replyBeforeMeeting(row, sessions, issues);
  const byKey = new Map<string, RecordRow<Proposal>>();
  const unique = kept.filter((row) => {
    const key = `${row.value.session.label}\u0000${row.value.number}`;
    const earlier = byKey.get(key);
    if (!earlier) return byKey.set(key, row);
    issues.add({
      file: PROPOSALS_FILE,
      line: row.line,
      column: row.columns.number ?? 0,
      code: 'proposal.duplicate-number',
      message: `${row.value.session.label}的提案编号“${row.value.number}”重复，第 ${earlier.line} 行已使用`,
      expected: '同一次会议内编号不重复',
      found: row.value.number,
    });
    return false;
  });
  return unique.filter((row) => {
    const into = row.value.mergedInto;
    if (into === undefined) return true;
    const target = byKey.get(`${row.value.session.label}\u0000${into}`);
    const problem = !target
      ? {
          code: 'proposal.merge-target-unknown',
          message: `并入的提案“${into}”不在${row.value.session.label}的提案中`,
          expected: '同一次会议中已有的提案编号',
        }
      : target.value.status === '已合并'
        ? {
            code: 'proposal.merge-chain',
            message: `并入的提案“${into}”本身已并入“${target.value.mergedInto}”`,
            expected: `直接并入“${target.value.mergedInto}”`,
          }
        : undefined;
    if (!problem) return true;
    issues.add({ file: PROPOSALS_FILE, line: row.line, column: row.columns.mergedInto ?? 0, ...problem, found: into });
    return false;
  });
}

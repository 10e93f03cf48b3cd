import type { DataIssue } from '../issues/data-issue.ts';

/** True for a problem found while decoding a file's bytes (a bad byte, a U+FFFD, …). */
export function isEncodingIssue(issue: DataIssue): boolean {
  return issue.code.startsWith('encoding.');
}

/**
 * Issues with the follow-ons of bad bytes removed: in a file with an encoding problem only the
 * encoding problems are kept. The other checks of such a file read the replacement character
 * where the byte was (科目“专项转移�支付补助收入”不在科目表中, a 合计 that no longer adds up),
 * so they only repeat the root cause in garbled words. Order is kept.
 */
export function badBytesFirst(issues: readonly DataIssue[]): DataIssue[] {
  const broken = new Set(issues.filter(isEncodingIssue).map((issue) => issue.file));
  if (broken.size === 0) return [...issues];
  return issues.filter((issue) => !broken.has(issue.file) || isEncodingIssue(issue));
}

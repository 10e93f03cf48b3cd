import type { Union } from '../union/union.ts';

/** One line of the contact block: what it is and how to reach it. */
export interface ContactLine {
  label: '监督电话' | '意见箱' | '经审会';
  value: string;
}

/**
 * The contact block printed in every page footer and printout, from union.yaml's optional
 * 监督电话, 意见箱 and 经审会联系方式 (in that order); empty when none is filled in.
 */
export function contactLines(union: Union): ContactLine[] {
  return [
    ...(union.supervisionPhone ? [{ label: '监督电话' as const, value: union.supervisionPhone }] : []),
    ...(union.suggestionBox ? [{ label: '意见箱' as const, value: union.suggestionBox }] : []),
    ...(union.auditContact ? [{ label: '经审会' as const, value: union.auditContact }] : []),
  ];
}

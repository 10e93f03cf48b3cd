import { describe, expect, it } from 'vitest';
import { proposalFunnel } from '../../../src/lib/records/proposal-funnel.ts';
import type { Proposal, ProposalStatus } from '../../../src/lib/records/tables/proposals.ts';

const session = { term: 6, session: 6, label: '六届六次' };
const proposal = (number: string, status: ProposalStatus, mergedInto?: string): Proposal => ({
  session,
  number,
  kind: '提案',
  title: number,
  category: '职工福利',
  status,
  ...(mergedInto ? { mergedInto } : {}),
  ...(status === '已合并' ? {} : { department: '院办' }),
});

describe('proposalFunnel', () => {
  it('turns the 84 proposals of seed 001, merged into 37, into rates with their denominators', () => {
    const survivors = Array.from({ length: 37 }, (_, i) =>
      proposal(`T${i}`, i < 30 ? '已办结' : i < 35 ? '已答复' : '已立案'),
    );
    const merged = Array.from({ length: 47 }, (_, i) => proposal(`M${i}`, '已合并', `T${i % 37}`));
    const f = proposalFunnel([...survivors, ...merged]);
    expect(f).toMatchObject({ received: 84, merged: 47, afterMerge: 37, filed: 37, answered: 35, closed: 30 });
    expect(f.filingRate).toEqual({ numerator: 37, denominator: 37, bp: 10000 });
    expect(f.answerRate).toEqual({ numerator: 35, denominator: 37, bp: 9459 });
    expect(f.closeRate).toEqual({ numerator: 30, denominator: 37, bp: 8108 });
  });

  it('has no rate without a denominator', () => {
    expect(proposalFunnel([proposal('T1', '已收到')]).answerRate).toEqual({ numerator: 0, denominator: 0, bp: null });
  });
});

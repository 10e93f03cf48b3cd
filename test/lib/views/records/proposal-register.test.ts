import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  delegationFilters,
  delegationSlug,
  filterRegisters,
  sessionRegisters,
  statusFilters,
  statusOfSlug,
} from '../../../../src/lib/views/records/proposal-register.ts';
import { loadRecordsFixture } from '../../../helpers/records-fixture.ts';

const header = '届次,编号,类型,标题,类别,状态,并入,承办部门,提案人,代表团,答复,答复日期';
/** Two meetings; T-01 is used at both, T-02 and T-03 are merged into T-01 of 七届三次. */
const rows = [
  '七届三次,T-01,提案,关于增设职工停车位的提案,职工福利,已办结,,后勤保障科,王建华,机关后勤代表团,已增设车位 80 个。,2022-05-06',
  '七届三次,T-02,提案,建议增设职工停车位,职工福利,已合并,T-01,,李敏,内科代表团,,',
  '七届三次,T-03,提案,再议停车位,职工福利,已合并,T-01,,,内科代表团,,',
  '七届三次,T-04,提案,关于加强培训的提案,人才培养,已立案,,人事科,赵强,护理代表团,,',
  '八届一次,T-01,提案,关于改善食堂的提案,职工福利,已答复,,后勤保障科,钱红,护理代表团,窗口增至 6 个。,2023-05-10',
  '八届一次,J-01,合理化建议,改进输液架,技术革新,已收到,,,孙丽,,,',
];

function load() {
  const { site, report } = loadRecordsFixture({ 'proposals.csv': [header, ...rows].join('\n') + '\n' });
  if (!site) throw new Error(report);
  return site.records;
}

describe('the proposals register', () => {
  const records = load();
  const registers = sessionRegisters(records.congress, records.proposals);

  it('lists each meeting with the proposals that went on, merged ones under their survivor', () => {
    expect(registers.map((s) => [s.anchor, s.label, s.motions.map((e) => e.number), s.suggestions.length])).toEqual([
      ['s-7-3', '七届三次', ['T-01', 'T-04'], 0],
      ['s-8-1', '八届一次', ['T-01'], 1],
    ]);
    const first = registers[0]!.motions[0]!;
    expect(first.merged).toEqual([
      { anchor: 'p-T-02', number: 'T-02', title: '建议增设职工停车位', from: '李敏（内科代表团）' },
      { anchor: 'p-T-03', number: 'T-03', title: '再议停车位', from: '内科代表团' },
    ]);
    expect([registers[0]!.receivedMotions, registers[1]!.receivedMotions, registers[1]!.receivedSuggestions]).toEqual([
      4, 1, 1,
    ]);
  });

  it.each([
    { at: 0, number: 'T-01', anchor: 'p-7-3-T-01', why: 'a number used at two meetings carries its meeting' },
    { at: 1, number: 'T-01', anchor: 'p-8-1-T-01', why: 'the same number at the later meeting' },
    { at: 0, number: 'T-04', anchor: 'p-T-04', why: 'a number used once keeps the short anchor' },
  ])('anchors $number: $why', ({ at, number, anchor }) => {
    expect(registers[at]!.motions.find((e) => e.number === number)!.anchor).toBe(anchor);
  });

  it('writes the answer with its date, or says it is not answered yet', () => {
    const [closed, filed] = registers[0]!.motions;
    expect([closed!.reply, closed!.repliedOn, closed!.note]).toEqual(['已增设车位 80 个。', '2022-05-06', '']);
    expect([filed!.reply, filed!.repliedOn, filed!.note]).toEqual(['', '', '尚未答复']);
  });

  it('counts a proposal for its own 代表团 and for those of the proposals merged into it', () => {
    const first = registers[0]!.motions[0]!;
    expect(first.delegationSlugs).toEqual([delegationSlug('机关后勤代表团'), delegationSlug('内科代表团')]);
    expect(delegationFilters(records.proposals, registers).map((f) => [f.label, f.count, f.path])).toEqual([
      ['机关后勤代表团', 1, `democracy/proposals/delegation/${delegationSlug('机关后勤代表团')}/`],
      ['内科代表团', 1, `democracy/proposals/delegation/${delegationSlug('内科代表团')}/`],
      ['护理代表团', 2, `democracy/proposals/delegation/${delegationSlug('护理代表团')}/`],
    ]);
  });

  it('offers one filter per status in use, in the order of the handling, merged ones never', () => {
    expect(statusFilters(registers).map((f) => [f.label, f.slug, f.count])).toEqual([
      ['已收到', 'received', 1],
      ['已立案', 'filed', 1],
      ['已答复', 'answered', 1],
      ['已办结', 'closed', 1],
    ]);
    expect(statusOfSlug('answered')).toBe('已答复');
    expect(statusOfSlug('merged')).toBe('已合并');
    expect(statusOfSlug('nonsense')).toBeUndefined();
  });

  it('keeps only the matching proposals and drops meetings left empty', () => {
    const kept = filterRegisters(registers, (e) => e.status === '已答复');
    expect(kept.map((s) => [s.label, s.motions.map((e) => e.number), s.suggestions.length])).toEqual([
      ['八届一次', ['T-01'], 0],
    ]);
  });

  it('names a 代表团 page by the SHA-256 of its name, stable across builds', () => {
    const hex = createHash('sha256').update('内科代表团', 'utf8').digest('hex');
    expect(delegationSlug('内科代表团')).toBe(`d-${hex.slice(0, 8)}`);
    expect(delegationSlug('外科代表团')).not.toBe(delegationSlug('内科代表团'));
  });
});

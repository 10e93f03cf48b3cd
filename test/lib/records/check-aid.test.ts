import { describe, expect, it } from 'vitest';
import { demoText, demoWith, loadWithWorkbooks } from '../../helpers/demo-data.ts';

describe('an exact duplicate aid row', () => {
  const aid = demoText('aid.csv');
  const lines = aid.trimEnd().split(/\r?\n/);

  it('is an error at the repeated line, naming the first (like a duplicate voucher)', () => {
    const repeated = [...lines.slice(0, 3), lines[2]!, ...lines.slice(3)].join('\n') + '\n';
    const result = loadWithWorkbooks(demoWith({ 'aid.csv': repeated }), { buildDate: '2026-12-01' });
    expect(result.site).toBeUndefined();
    expect(result.issues.map((i) => [i.file, i.line, i.column, i.code])).toEqual([['aid.csv', 4, 4, 'aid.duplicate']]);
    expect(result.issues[0]!.message).toContain('第 3 行');
  });

  it('the same person paid twice on one day with different amounts is not a duplicate', () => {
    const fields = lines[2]!.split(',');
    fields[7] = '123.00';
    const other = [...lines.slice(0, 3), fields.join(','), ...lines.slice(3)].join('\n') + '\n';
    expect(loadWithWorkbooks(demoWith({ 'aid.csv': other }), { buildDate: '2026-12-01' }).issues).toEqual([]);
  });
});

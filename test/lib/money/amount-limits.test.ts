import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_FEN } from '../../../src/lib/money/amount-limits.ts';
import { parseAmount } from '../../../src/lib/money/parse-amount.ts';
import { demoText, demoWith, loadWithWorkbooks } from '../../helpers/demo-data.ts';

describe('amount limits', () => {
  it.each([
    ['100000000000.00', MAX_AMOUNT_FEN],
    ['100,000,000,000.00', MAX_AMOUNT_FEN],
    ['99999999999.99', MAX_AMOUNT_FEN - 1],
    ['-100000000000', -MAX_AMOUNT_FEN],
  ])('%s is within the limit of one amount (1000 亿元)', (text, fen) => {
    expect(parseAmount(text)).toEqual({ ok: true, fen });
  });

  it.each(['100000000000.01', '1000000000000', '90071992547409.91', '9'.repeat(20)])('%s is too large', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason: 'too-large' });
  });

  const huge = '99999999999.00';

  it('a fund file whose amounts add up past 1 万亿元 stops at the row, without a RangeError', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `职工集体福利支出,${huge},第 ${i + 1} 笔`);
    const fund = `科目,金额,摘要\n会费收入,${huge},会费\n${rows.join('\n')}\n`;
    const result = loadWithWorkbooks(demoWith({ 'funds/2023.csv': fund }));
    expect(result.site).toBeUndefined();
    expect(result.issues.find((i) => i.code === 'amount.file-total-too-large')).toMatchObject({
      file: 'funds/2023.csv',
      line: 12,
      column: 2,
    });
  });

  it('an aid table whose amounts add up past 1 万亿元 stops at the row, without a RangeError', () => {
    const [header, first] = demoText('aid.csv').split('\n');
    const fields = first!.split(',');
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const row = [...fields];
      row[3] = `${row[3]}${i}`;
      row[7] = huge;
      return row.join(',');
    });
    const result = loadWithWorkbooks(demoWith({ 'aid.csv': `${header}\n${rows.join('\n')}\n` }), {
      buildDate: '2026-12-01',
    });
    expect(result.site).toBeUndefined();
    expect(result.issues.map((i) => [i.file, i.line, i.code])).toContainEqual([
      'aid.csv',
      12,
      'amount.file-total-too-large',
    ]);
  });
});

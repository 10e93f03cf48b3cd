import { describe, expect, it } from 'vitest';
import { likelyAmount, likelyAmountHint } from '../../../src/lib/money/likely-amount.ts';

describe('likelyAmount reads a mistyped amount the way staff meant it', () => {
  it.each([
    ['European grouping and decimal comma', '1.200,00', 120000, '小数点和千位分隔符用反了'],
    ['European, several groups, one decimal', '12.345.678,9', 1234567890, '小数点和千位分隔符用反了'],
    ['dots as thousands separators', '1.200.000', 120000000, '用“.”作了千位分隔符'],
    ['a decimal comma', '1200,50', 120050, '用“,”作了小数点'],
    ['a decimal comma, one decimal', '35,5', 3550, '用“,”作了小数点'],
    ['commas not in threes', '1,2000', 1200000, '千位分隔符位置不对'],
    ['Indian grouping with decimals', '12,00,000.50', 120000050, '千位分隔符位置不对'],
    ['a full-width comma not in threes', '１，２０００', 1200000, '千位分隔符位置不对'],
    ['the Chinese full stop as decimal mark', '1200。50', 120050, '中文句号'],
    ['spaces as thousands separators', '1 200.00', 120000, '空格'],
    ['one dot and three decimals', '1.200', 120000, '“.”可能是千位分隔符'],
    ['a sign and ¥ are kept', '-¥1.200,00', -120000, '小数点和千位分隔符用反了'],
    ['元 is kept', '1.200,00元', 120000, '小数点和千位分隔符用反了'],
  ])('%s: %j → %d fen', (_name, text, fen, because) => {
    const likely = likelyAmount(text);
    expect(likely?.fen).toBe(fen);
    expect(likely?.because).toContain(because);
  });

  it.each([
    ['an amount parseAmount accepts', '1,200.00'],
    ['words', '一千二百'],
    ['four decimals', '1.2345'],
    ['a European amount with three decimals', '1.200,005'],
    ['a placeholder', '20xx0'],
    ['empty', ''],
  ])('has no reading for %s (%j)', (_name, text) => {
    expect(likelyAmount(text)).toBeUndefined();
  });

  it('writes the hint with the grouped amount and the plain value to type', () => {
    const likely = likelyAmount('1.200,00');
    expect(likely && likelyAmountHint(likely)).toBe(
      '可能是 1,200.00 元：小数点和千位分隔符用反了（“.”分千位、“,”作小数点是欧洲的写法）。如果是这个金额，请改为 1200.00',
    );
  });
});

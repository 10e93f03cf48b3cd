import { describe, expect, it } from 'vitest';
import { amountChangeWords, periodLengthNote, rateChangeWords } from '../../../src/lib/views/change-words.ts';

describe('amountChangeWords says the change of an amount in words, amount and percent', () => {
  it.each([
    ['an increase', 5236850, 5508300, '元', '比上期增加 2,714.50 元（+5.18%）'],
    ['a decrease', 3500000, 2500000, '元', '比上期减少 10,000.00 元（−28.57%）'],
    ['no change', 1500000, 1500000, '元', '与上期持平'],
    ['from zero', 0, 702000, '元', '比上期增加 7,020.00 元（上期为 0）'],
    ['to zero', 702000, 0, '元', '比上期减少 7,020.00 元（−100.00%）'],
    ['per member', 53117, 52286, '元/人', '比上期减少 8.31 元/人（−1.56%）'],
    ['a negative closing turning positive', -10000, 10000, '元', '比上期增加 200.00 元（+200.00%）'],
  ])('%s', (_name, previous, current, unit, words) => {
    expect(amountChangeWords(previous, current, unit).replaceAll('\u00a0', ' ')).toBe(words);
  });
});

describe('rateChangeWords says the change of a rate in percentage points', () => {
  it.each([
    ['up', 9124, 9173, '比上期提高 0.49 个百分点'],
    ['down', 9131, 9124, '比上期降低 0.07 个百分点'],
    ['same', 9124, 9124, '与上期持平'],
    ['a large change', 5000, 10000, '比上期提高 50.00 个百分点'],
  ])('%s', (_name, previous, current, words) => {
    expect(rateChangeWords(previous, current).replaceAll('\u00a0', ' ')).toBe(words);
  });
});

it('ties a number to its unit with a no-break space, so a narrow card never breaks between them', () => {
  expect(amountChangeWords(5236850, 5508300)).toBe('比上期增加 2,714.50\u00a0元（+5.18%）');
  expect(rateChangeWords(9124, 9173)).toBe('比上期提高 0.49\u00a0个百分点');
});

describe('periodLengthNote', () => {
  it('warns when a two-year period is compared with one year', () => {
    expect(periodLengthNote({ label: '2019—2020年度', days: 731 }, { days: 365 })).toBe(
      '上期2019—2020年度共 731 天，本期 365 天，比较时请留意期间长度',
    );
  });
  it('is silent for a leap year against a common year', () => {
    expect(periodLengthNote({ label: '2023年度', days: 365 }, { days: 366 })).toBeUndefined();
  });
});

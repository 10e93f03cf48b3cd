import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../../../src/lib/text/normalize-width.ts';

describe('toHalfWidth', () => {
  it.each([
    ['full-width digits and point become ASCII', '１２３４．５６', '1234.56'],
    ['full-width comma and parentheses become ASCII', '（１，２３４）', '(1,234)'],
    ['full-width letters become ASCII', 'ＡＢＣｘｙｚ', 'ABCxyz'],
    ['the first of the block, ！, becomes !', '！', '!'],
    ['the last of the block, ～, becomes ~', '～', '~'],
    ['full-width minus and slash become ASCII', '－２０２３／１', '-2023/1'],
    ['the ideographic space becomes a space', '1\u30002', '1 2'],
    ['the ideographic full stop 。 is kept', '结束。', '结束。'],
    ['、 is kept', '甲、乙', '甲、乙'],
    ['the yen signs ¥ and ￥ are kept', '¥￥', '¥￥'],
    ['CJK text is kept', '会费收入', '会费收入'],
    ['ASCII is kept', 'abc 123,.-', 'abc 123,.-'],
    ['the empty string stays empty', '', ''],
    ['mixed text converts only the full-width parts', '２０２３年１月５日', '2023年1月5日'],
  ])('%s', (_name, input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  it('maps every code point U+FF01–U+FF5E to U+0021–U+007E', () => {
    for (let code = 0xff01; code <= 0xff5e; code++) {
      expect(toHalfWidth(String.fromCharCode(code))).toBe(String.fromCharCode(code - 0xfee0));
    }
  });

  it('leaves the neighbours of the block unchanged', () => {
    for (const ch of ['\uff00', '\uff5f', '\uffe5', '\u3001', '\u3002']) {
      expect(toHalfWidth(ch)).toBe(ch);
    }
  });
});

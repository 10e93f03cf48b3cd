import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskName } from '../../../src/lib/privacy/mask-name.ts';

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['张小三', '张*三'],
    ['欧阳小明', '欧阳*明'],
    ['欧阳明', '欧阳*'],
    ['司马艳娜', '司马*娜'],
    ['张三丰年', '张**年'],
    [' 李四 ', '李*'],
    ['艾力·买买提', '艾****提'],
    ['王', '*'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('never returns the name, and keeps its length', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.array(han, { minLength: 2, maxLength: 5 }), (chars) => {
        const name = chars.join('');
        const masked = maskName(name);
        expect(masked).not.toBe(name);
        expect(masked).toContain('*');
        expect([...masked]).toHaveLength(chars.length);
      }),
    );
  });
});

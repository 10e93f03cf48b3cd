import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/data/build-date.ts';

describe('buildDate', () => {
  it('takes UNION_BUILD_DATE when set', () => {
    expect(buildDate({ UNION_BUILD_DATE: '2024-09-01' })).toBe('2024-09-01');
  });

  it("defaults to today's local date", () => {
    expect(buildDate({}, new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });

  it.each(['2024-02-30', '2024/09/01', 'tomorrow'])('rejects %j', (value) => {
    expect(() => buildDate({ UNION_BUILD_DATE: value })).toThrow('UNION_BUILD_DATE 应为日期 YYYY-MM-DD');
  });
});

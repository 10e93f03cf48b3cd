import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDate } from '../../src/data/build-date.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('buildDate', () => {
  it('takes UNION_BUILD_DATE when set', () => {
    vi.stubEnv('UNION_BUILD_DATE', '2024-09-01');
    expect(buildDate()).toBe('2024-09-01');
  });

  it('defaults to a real date', () => {
    vi.stubEnv('UNION_BUILD_DATE', '');
    expect(buildDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(['2024-02-30', '2024/09/01', 'tomorrow'])('rejects %j', (value) => {
    vi.stubEnv('UNION_BUILD_DATE', value);
    expect(() => buildDate()).toThrow('UNION_BUILD_DATE 应为 YYYY-MM-DD 格式的日期');
  });
});

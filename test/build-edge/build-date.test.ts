import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDate } from '../../src/build/build-date.ts';

describe('buildDate', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.useRealTimers();
  });

  it('returns UNION_BUILD_DATE when it is set', () => {
    vi.stubEnv('UNION_BUILD_DATE', '2024-12-31');
    expect(buildDate()).toBe('2024-12-31');
  });

  it('otherwise returns today in Asia/Shanghai (UTC+8), not in UTC', () => {
    vi.stubEnv('UNION_BUILD_DATE', '');
    vi.useFakeTimers({ now: new Date('2024-12-31T16:30:00Z'), toFake: ['Date'] });
    expect(buildDate()).toBe('2025-01-01');
  });

  it.each(['2024/12/31', '20241231', '2024-12-31T00:00', '2024-02-30', 'tomorrow'])('rejects %j', (value) => {
    vi.stubEnv('UNION_BUILD_DATE', value);
    expect(() => buildDate()).toThrow(`UNION_BUILD_DATE 应为 YYYY-MM-DD 格式的日期，实际为：${value}`);
  });
});

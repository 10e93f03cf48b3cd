import { describe, expect, it } from 'vitest';
import { checkBasePath, checkBuildDate } from '../../../src/lib/build/option-values.ts';

describe('checkBasePath', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['/gonghui/', '/gonghui/'],
    ['/gonghui', '/gonghui/'],
    ['/a/b/', '/a/b/'],
    ['/会务公开/', '/会务公开/'],
    ['/v1.2_x-y~/', '/v1.2_x-y~/'],
  ])('accepts %j as %j', (text, value) => {
    expect(checkBasePath(text)).toEqual({ value });
  });

  it.each([
    ['//evil.com/', '不能是网址'],
    ['https://evil.com/', '不能是网址'],
    ['gonghui/', '不能是网址'],
    ['javascript:alert(1)', '不能是网址'],
    ['/a//b/', '连续的 //'],
    ['/a/../b/', '“..” 不允许'],
    ['/./', '“.” 不允许'],
    ['/a?x=1/', '“a?x=1” 不允许'],
    ['/a#top/', '“a#top” 不允许'],
    ['/\\evil.com/', '“\\evil.com” 不允许'],
    ['/a b/', '“a b” 不允许'],
    ['/%2e%2e/', '“%2e%2e” 不允许'],
    ['/a\u0000/', '不允许'],
  ])('rejects %j', (text, part) => {
    const result = checkBasePath(text);
    expect('error' in result && result.error).toContain(part);
    expect('error' in result && result.error).toMatch(/^UNION_BASE_PATH 应为以 \/ 开头和结尾的站内路径/);
  });
});

describe('checkBuildDate', () => {
  it.each(['2000-01-01', '2026-12-01', '2100-12-31', '2024-02-29'])('accepts %s', (text) => {
    expect(checkBuildDate(text)).toEqual({ value: text });
  });

  it.each(['1999-12-31', '2101-01-01', '0001-01-01', '9999-12-31'])('rejects %s as out of range', (text) => {
    expect(checkBuildDate(text)).toEqual({
      error: `UNION_BUILD_DATE 应在 2000-01-01 至 2100-12-31 之间，实际为：${text}（请检查年份是否输错）`,
    });
  });

  it.each(['2024/12/31', '2023-02-29', 'tomorrow', ''])('rejects the malformed %j', (text) => {
    expect(checkBuildDate(text)).toEqual({ error: `UNION_BUILD_DATE 应为 YYYY-MM-DD 格式的日期，实际为：${text}` });
  });
});

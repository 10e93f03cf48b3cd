import { describe, expect, it } from 'vitest';
import { routeOutputFile } from '../../../src/lib/routes/route-output-file.ts';

describe('routeOutputFile', () => {
  it('writes a page route as a folder with index.html', () => {
    expect(routeOutputFile('audit/[period]/pack', { period: '2024' })).toBe('audit/2024/pack/index.html');
    expect(routeOutputFile('funds/[period]/index', { period: '2019-2020' })).toBe('funds/2019-2020/index.html');
    expect(routeOutputFile('index', {})).toBe('index.html');
  });

  it('drops a rest parameter left undefined, and keeps one given', () => {
    expect(routeOutputFile('funds/[period]/ledger/[...page]', { period: '2024', page: undefined })).toBe(
      'funds/2024/ledger/index.html',
    );
    expect(routeOutputFile('funds/[period]/ledger/[...page]', { period: '2024', page: '3' })).toBe(
      'funds/2024/ledger/3/index.html',
    );
    expect(routeOutputFile('federation/[...index]', { index: 'a/b' })).toBe('federation/a/b/index.html');
  });

  it('writes an endpoint as its file name, but a parameter value with a dot stays a page', () => {
    expect(routeOutputFile('funds/[period]/ledger.csv', { period: '2024' })).toBe('funds/2024/ledger.csv');
    expect(routeOutputFile('reports/[slug]', { slug: 'v1.2' })).toBe('reports/v1.2/index.html');
  });

  it('refuses a path the build could not have written', () => {
    expect(() => routeOutputFile('audit/[period]/pack', {})).toThrow(/period/);
    expect(() => routeOutputFile('audit/[period]/pack', { period: 'a/b' })).toThrow(/period/);
    expect(() => routeOutputFile('data/[file].csv', { file: 'x' })).toThrow(/unsupported/);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dataDigest, dataStamp, stampText } from '../../../src/lib/build/data-stamp.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const files = (entries: [string, string][]) => new Map(entries.map(([path, text]) => [path, bytes(text)]));

describe('dataDigest', () => {
  it('hashes path, length and bytes of each file in path order', () => {
    const expected = createHash('sha256').update('a.csv\x001\x00Ab.csv\x002\x00BC').digest('hex');
    expect(
      dataDigest(
        files([
          ['b.csv', 'BC'],
          ['a.csv', 'A'],
        ]),
      ),
    ).toBe(expected);
  });

  it('does not depend on the order files were read in', () => {
    expect(
      dataDigest(
        files([
          ['x', '1'],
          ['y', '2'],
        ]),
      ),
    ).toBe(
      dataDigest(
        files([
          ['y', '2'],
          ['x', '1'],
        ]),
      ),
    );
  });

  it.each([
    ['a changed byte', [['funds/2024.csv', '会费收入,100.01']]],
    ['a renamed file', [['funds/2025.csv', '会费收入,100.00']]],
    [
      'an added empty file',
      [
        ['funds/2024.csv', '会费收入,100.00'],
        ['accounts.csv', ''],
      ],
    ],
    [
      'bytes moved from one file to the next',
      [
        ['funds/2024.csv', '会费收入,100.0'],
        ['funds/2024.csv~', '0'],
      ],
    ],
  ] as [string, [string, string][]][])('changes with %s', (_name, changed) => {
    expect(dataDigest(files(changed))).not.toBe(dataDigest(files([['funds/2024.csv', '会费收入,100.00']])));
  });
});

describe('dataStamp', () => {
  it('prints the date and the first 12 hex digits', () => {
    const stamp = dataStamp(files([['union.yaml', '全称: x']]), '2025-06-30');
    expect(stamp).toMatchObject({ date: '2025-06-30', files: 1 });
    expect(stamp.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(stamp.short).toBe(stamp.digest.slice(0, 12));
  });
});

describe('stampText', () => {
  const stamp = { ...dataStamp(files([['a.csv', 'A']]), '2026-12-01'), dataUntil: '2025-03-28' };
  it.each([
    { stamp, text: `数据截至 2025-03-28 · 生成日期 2026-12-01 · 数据指纹 ${stamp.short}`, why: 'both dates, named' },
    {
      stamp: dataStamp(files([['a.csv', 'A']]), '2026-12-01'),
      text: `生成日期 2026-12-01 · 数据指纹 ${stamp.short}`,
      why: 'data without a date: no 数据截至, rather than the build date under its name',
    },
  ])('$why', ({ stamp: s, text }) => {
    expect(stampText(s)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import {
  readRecorded,
  writeRecorded,
  type RecordedFile,
} from '../../../../src/lib/audit/corrections/recorded-figures.ts';
import { DIGEST, figures } from './figures.ts';

const record: RecordedFile = {
  periodId: '2023',
  versions: [{ recordedOn: '2024-04-12', dataDigest: DIGEST, figures: figures(59065.38, 226804.95, 221996.4) }],
};

describe('recorded figures', () => {
  it('reads back what it writes', () => {
    const text = writeRecorded(record);
    expect(text).toContain('"期末结余": "63873.93"');
    expect(text.endsWith('}\n')).toBe(true);
    expect(readRecorded('published/2023.json', text)).toEqual({ record, issues: [] });
  });

  it('finds a figure edited by hand: the digest no longer matches', () => {
    const text = writeRecorded(record).replace('"期末结余": "63873.93"', '"期末结余": "63973.93"');
    const { record: read, issues } = readRecorded('published/2023.json', text);
    expect(read).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'published/2023.json',
        code: 'recorded.digest',
        message: '公开记录文件的校验码与内容不符：文件在写入后被手工修改过',
      }),
    ]);
  });

  it.each([
    ['not JSON', () => '{ "期间": ', 'recorded.syntax'],
    ['a missing figure', () => writeRecorded(record).replace(/"收入合计": "[^"]+",\n/, ''), 'recorded.invalid'],
    ['another period than the file name', () => writeRecorded({ ...record, periodId: '2024' }), 'recorded.period'],
    [
      'recordings out of date order',
      () =>
        writeRecorded({
          ...record,
          versions: [record.versions[0]!, { ...record.versions[0]!, recordedOn: '2024-01-01' }],
        }),
      'recorded.order',
    ],
  ])('reports %s', (_, text, code) => {
    expect(readRecorded('published/2023.json', text()).issues.map((i) => i.code)).toEqual([code]);
  });
});

import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { checkNamesInPublicText, MIN_NAME_LENGTH } from '../../../src/lib/privacy/names-in-text.ts';
import {
  collectFreeTextCells,
  collectPrivateValues,
  privateValuesToScan,
  sourceTables,
  type PrivateValue,
} from '../../../src/lib/privacy/private-values.ts';
import type { TextCell } from '../../../src/lib/text/check-published-text.ts';
import type { DataSource } from '../../../src/lib/sources/data-source.ts';
import { fixtureFiles } from '../../helpers/fixture.ts';
import { loadRecordsFixture, recordFixtureFiles } from '../../helpers/records-fixture.ts';

const AID_HEADER = '日期,事由,类别,受助人,身份证号,联系电话,情况说明,金额,资金来源,公示截止';

describe('a recipient name typed into a public column stops the load at its cell', () => {
  it.each([
    [
      'the 事由 of an aid row',
      { 'aid.csv': `${AID_HEADER}\n2022-03-01,胡杰菲住院慰问,慰问,胡杰菲,,,,400.00,工会经费,\n` },
      'aid.csv:2:2',
      '事由',
    ],
    [
      'the 事由 of another row',
      {
        'aid.csv': `${AID_HEADER}\n2022-03-01,住院慰问,慰问,胡杰菲,,,,400.00,工会经费,\n2022-04-01,看望胡杰菲,慰问,李四海,,,,400.00,工会经费,\n`,
      },
      'aid.csv:3:2',
      '事由',
    ],
    [
      'the 资金来源',
      { 'aid.csv': `${AID_HEADER}\n2022-03-01,住院慰问,慰问,胡杰菲,,,,400.00,胡杰菲所在车间,\n` },
      'aid.csv:2:9',
      '资金来源',
    ],
    [
      'a fund memo (摘要)',
      {
        'aid.csv': `${AID_HEADER}\n2023-03-01,住院慰问,慰问,胡杰菲,,,,400.00,工会经费,\n`,
        'funds/2023.csv':
          '日期,凭证号,科目,金额,摘要\n2023-01-15,记-001,会费收入,3000.00,会费\n2023-03-31,记-003,拨缴经费收入,5000.00,行政拨缴\n2023-04-01,记-004,职工集体福利支出,400.00,胡杰菲住院慰问\n',
      },
      'funds/2023.csv:4:5',
      '摘要',
    ],
  ])('in %s', (_, overrides, at, header) => {
    const { issues } = loadRecordsFixture(overrides);
    const hits = issues.filter((i) => i.code === 'privacy.name-in-public-text');
    expect(hits.map((i) => `${i.file}:${i.line}:${i.column}`)).toEqual([at]);
    expect(hits[0]!.message).toContain(`“${header}”是公开的列，其中写了受助人的姓名“胡杰菲”`);
    expect(hits[0]!.hint).toMatch(/^写成“(某职工|职工)住院慰问”/);
  });

  it('accepts the fixture records, whose public columns name nobody', () => {
    expect(loadRecordsFixture().issues.filter((i) => i.code === 'privacy.name-in-public-text')).toEqual([]);
    expect(Object.keys(recordFixtureFiles())).toContain('aid.csv');
  });
});

describe('checkNamesInPublicText', () => {
  const name = (value: string, line = 2): PrivateValue => ({
    file: 'aid.csv',
    line,
    header: '受助人',
    value,
    personName: true,
  });
  const cell = (text: string): TextCell => ({ file: 'aid.csv', line: 9, column: 2, header: '事由', text });
  const check = (cells: TextCell[], names: PrivateValue[], allowed = [] as { text: string; file?: string }[]) => {
    const issues = new IssueList();
    checkNamesInPublicText(cells, names, allowed, issues);
    return issues.sorted().map((i) => i.found);
  };

  it.each([
    ['a name inside the text', [cell('胡杰菲住院慰问')], [name('胡杰菲')], ['胡杰菲住院慰问']],
    ['a two-character name', [cell('看望王芳')], [name('王芳')], ['看望王芳']],
    ['a one-character name: not searched (it occurs in ordinary words)', [cell('王府井慰问')], [name('王')], []],
    ['a masked name', [cell('胡*菲住院慰问')], [name('胡杰菲')], []],
    [
      'a private value that is not a name (phone)',
      [cell('13800000001')],
      [{ ...name('13800000001'), personName: undefined }],
      [],
    ],
    [
      'two names in one cell: one issue each',
      [cell('张小三、李四海慰问')],
      [name('张小三'), name('李四海', 3)],
      ['张小三、李四海慰问', '张小三、李四海慰问'],
    ],
  ])('%s', (_, cells, names, found) => {
    expect(check(cells, names)).toEqual(found);
  });

  it('accepts a phrase staff listed in allowed-text.csv for the file', () => {
    expect(check([cell('用电高峰补贴')], [name('高峰')], [{ text: '用电高峰', file: 'aid.csv' }])).toEqual([]);
    expect(check([cell('用电高峰补贴')], [name('高峰')], [{ text: '用电高峰', file: 'funds/2023.csv' }])).toHaveLength(
      1,
    );
  });

  it('searches names of at least MIN_NAME_LENGTH characters', () => {
    expect(MIN_NAME_LENGTH).toBe(2);
  });
});

describe('privateValuesToScan', () => {
  it('leaves out a name the data publishes as a whole public cell (an honoured recipient), keeps the rest', () => {
    const files = fixtureFiles({
      ...recordFixtureFiles(),
      'honours.csv': '年度,荣誉称号,获得者,类别,级别,个人或集体\n2023,院级先进工作者,李四,先进个人,本单位,个人\n',
    });
    const values = privateValuesToScan(files).map((v) => v.value);
    expect(values).not.toContain('李四');
    expect(values).toContain('张小三');
    expect(values).toContain('13800000001');
    expect(collectPrivateValues(files).map((v) => v.value)).toContain('李四');
  });
});

describe('any data source may declare a private column', () => {
  it('collects the values of a column a folder source marks private, file by file', () => {
    const source: DataSource = {
      names: ['notes/<期间编号>.csv'],
      owns: (p) => p.startsWith('notes/'),
      columns: {
        'notes/<期间编号>.csv': [
          { key: 'who', header: '经办人', aliases: [], required: true, private: true, personName: true },
          { key: 'memo', header: '说明', aliases: [], required: false, freeText: true },
        ],
      },
    };
    const files = new Map([['notes/2023.csv', new TextEncoder().encode('经办人,说明\n赵小六,看望赵小六\n')]]);
    const tables = sourceTables([source]);
    expect(collectPrivateValues(files, tables)).toEqual([
      { file: 'notes/2023.csv', line: 2, header: '经办人', value: '赵小六', personName: true },
    ]);
    expect(collectFreeTextCells(files, tables).map((c) => `${c.file}:${c.line}:${c.column} ${c.text}`)).toEqual([
      'notes/2023.csv:2:2 看望赵小六',
    ]);
  });

  it('reads the demo sources: aid.csv declares the private columns, the fund files their 摘要 as free text', () => {
    const headers = sourceTables().flatMap((t) =>
      t.columns.filter((c) => c.private || c.freeText).map((c) => c.header),
    );
    expect(headers).toEqual(expect.arrayContaining(['受助人', '联系电话', '情况说明', '事由', '资金来源', '摘要']));
  });
});

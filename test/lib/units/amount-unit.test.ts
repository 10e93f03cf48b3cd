import { describe, expect, it } from 'vitest';
import {
  columnUnit,
  headerFields,
  inputHeaderFields,
  parseAmountIn,
  unitOfHeader,
} from '../../../src/lib/units/amount-unit.ts';

describe('unitOfHeader', () => {
  it.each([
    ['金额', '元'],
    ['金额（元）', '元'],
    ['金额(元)', '元'],
    ['金额（万元）', '万元'],
    ['金额 (万元)', '万元'],
    ['金额（千元）', undefined],
  ])('%s is in %s', (header, unit) => {
    expect(unitOfHeader(header, '金额')).toBe(unit);
  });

  it('reads the header fields of a CSV text', () => {
    expect(headerFields('\uFEFF科目,"金额（万元）",摘要\r\n会费收入,1,\r\n')).toEqual(['科目', '金额（万元）', '摘要']);
  });

  it.each([
    ['blank lines before the header', '\r\n  \n\r科目,金额\n会费收入,1\n', ['科目', '金额']],
    ['a header without a line end', '科目,金额', ['科目', '金额']],
    ['old Mac line ends', '\r科目,金额\r会费收入,1', ['科目', '金额']],
    ['nothing', '', ['']],
    ['blank lines only', '\n \r\n', ['']],
  ])('finds the header after %s', (_, text, fields) => {
    expect(headerFields(text)).toEqual(fields);
  });
});

describe('parseAmountIn 万元', () => {
  it.each([
    ['38.736260', 38_736_260],
    ['38.73626', 38_736_260],
    ['0.000001', 1],
    ['12', 12_000_000],
    ['1,234.5', 1_234_500_000],
    ['-0.5', -500_000],
    ['（0.25）', -250_000],
    ['3.5万元', 3_500_000],
  ])('%s 万元 is %i fen', (text, fen) => {
    expect(parseAmountIn(text, '万元')).toEqual({ ok: true, fen });
  });

  it.each([
    ['38.7362601', 'too-many-decimals'],
    ['x.xx', 'placeholder'],
    ['', 'empty'],
    ['一万', 'not-a-number'],
  ])('rejects %s (%s)', (text, reason) => {
    expect(parseAmountIn(text, '万元')).toEqual({ ok: false, reason });
  });

  it('reads 元 amounts with at most two decimals', () => {
    expect(parseAmountIn('1234.56', '元')).toEqual({ ok: true, fen: 123_456 });
    expect(parseAmountIn('1.234', '元')).toEqual({ ok: false, reason: 'too-many-decimals' });
  });
});

describe('columnUnit', () => {
  it.each([
    [['科目', '预算数（万元）'], { header: '预算数（万元）', unit: '万元' }],
    [['科目', '本年预算数 (万元)'], { header: '本年预算数 (万元)', unit: '万元' }],
    [['科目', '预算数（元）'], { header: '预算数（元）', unit: '元' }],
    [['科目', '预算数'], { header: '预算数', unit: '元' }],
    [['科目', '预算数（千元）'], { unit: '元' }],
    [['科目', '调整数（万元）'], { unit: '元' }],
  ])('%j', (fields, expected) => {
    expect(columnUnit(fields, ['预算数', '本年预算数'])).toEqual(expected);
  });

  it('reads the header of a worksheet as of a CSV', () => {
    expect(
      inputHeaderFields({ records: [{ fields: [' 科目', '金额（万元） '] }, { fields: ['会费收入', '1'] }] }),
    ).toEqual(['科目', '金额（万元）']);
  });
});

import { describe, expect, it } from 'vitest';
import { auditCommitteeName, chineseDate, reportClosing } from '../../../src/lib/reports/report-closing.ts';

describe('the 落款 of a report', () => {
  it.each([
    ['2025-03-19', '2025年3月19日'],
    ['2021-01-04', '2021年1月4日'],
    ['2024-12-31', '2024年12月31日'],
  ])('writes %s as %s', (iso, written) => {
    expect(chineseDate(iso)).toBe(written);
  });

  it.each([
    ['临江市第一人民医院工会委员会', '临江市第一人民医院工会经费审查委员会'],
    ['某某公司工会', '某某公司工会经费审查委员会'],
  ])('names the audit committee of %s: %s', (union, committee) => {
    expect(auditCommitteeName(union)).toBe(committee);
  });

  it('is issued by the union, or by its audit committee for a 经费审查报告', () => {
    const union = '临江市第一人民医院工会委员会';
    expect(reportClosing({ kind: '工作报告', date: '2025-03-19' }, union)).toEqual({
      issuer: union,
      date: '2025年3月19日',
      iso: '2025-03-19',
    });
    expect(reportClosing({ kind: '经费审查报告', date: '2021-01-14' }, union).issuer).toBe(
      '临江市第一人民医院工会经费审查委员会',
    );
  });
});

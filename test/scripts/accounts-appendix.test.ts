import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_2009 } from '../../src/lib/accounts/chart-2009.ts';
import { CHART_2021 } from '../../src/lib/accounts/chart-2021.ts';
import { LEGACY_ACCOUNTS } from '../../src/lib/accounts/legacy-accounts.ts';
import { accountsAppendix, APPENDIX_HEADING, STAFF_GUIDE } from '../../scripts/lib/accounts-appendix.ts';

const guide = readFileSync(STAFF_GUIDE, 'utf8');

describe('the appendix of the staff guide (科目表)', () => {
  it('is exactly what npm run accounts-appendix writes from the charts the checks use', () => {
    expect(guide.slice(guide.indexOf(APPENDIX_HEADING))).toBe(accountsAppendix());
  });

  it.each([
    ['2021', CHART_2021],
    ['2009', CHART_2009],
  ] as const)('lists every account of the %s chart with its code and name', (_, chart) => {
    const appendix = accountsAppendix();
    for (const a of chart) {
      const name = a.level === 1 ? `**${a.name}**` : a.name;
      expect(appendix, a.code).toContain(`| ${a.code} | ${name} |`);
    }
  });

  it('lists every legacy name', () => {
    for (const a of LEGACY_ACCOUNTS) expect(accountsAppendix()).toContain(`| ${a.name} |`);
  });
});

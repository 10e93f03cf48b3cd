import { chmodSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserSetupProblem, missingBrowserPackages, missingPackagesMessage } from '../../scripts/lib/browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'union-browser-'));
const executable = join(dir, 'chromium');
writeFileSync(executable, '#!/bin/sh\n');
chmodSync(executable, 0o755);
const notExecutable = join(dir, 'chromium-no-x');
writeFileSync(notExecutable, '#!/bin/sh\n');
chmodSync(notExecutable, 0o644);
const folder = join(dir, 'folder');
mkdirSync(folder);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CJK = 'DejaVu Sans\nNoto Sans CJK SC,Noto Sans CJK SC Regular\n';
const NO_CJK = 'DejaVu Sans\nLiberation Serif\n';

describe('missingBrowserPackages', () => {
  it.each([
    ['an executable and CJK fonts', executable, CJK, []],
    ['a missing executable', join(dir, 'nowhere'), CJK, ['chromium']],
    ['a file without the execute bit', notExecutable, CJK, ['chromium']],
    ['a folder in place of the executable', folder, CJK, ['chromium']],
    ['no CJK font', executable, NO_CJK, ['fonts-noto-cjk']],
    ['no fontconfig at all', executable, '', ['fonts-noto-cjk']],
    ['neither', join(dir, 'nowhere'), NO_CJK, ['chromium', 'fonts-noto-cjk']],
    ['Noto Serif CJK only', executable, 'Noto Serif CJK JP\n', []],
  ])('%s', (_, path, fonts, expected) => {
    expect(missingBrowserPackages(path, fonts)).toEqual(expected);
  });
});

describe('browserSetupProblem', () => {
  it('is undefined when everything is installed', () => {
    expect(browserSetupProblem(executable, CJK)).toBeUndefined();
  });

  it('names every missing package and the apt-get command in one line', () => {
    const message = browserSetupProblem(join(dir, 'nowhere'), NO_CJK)!;
    expect(message).not.toContain('\n');
    expect(message).toContain('chromium、fonts-noto-cjk');
    expect(message).toContain('apt-get install -y chromium fonts-noto-cjk');
    expect(message).toContain(join(dir, 'nowhere'));
  });

  it('does not mention the browser path when only the fonts are missing', () => {
    expect(missingPackagesMessage(['fonts-noto-cjk'], executable)).toBe(
      '缺少系统软件包 fonts-noto-cjk：请运行 sudo apt-get install -y fonts-noto-cjk',
    );
  });
});

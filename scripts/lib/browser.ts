// Launches Debian's Chromium through playwright-core; never downloads a browser. Before
// launching, checks the two system packages the browser needs (Chromium, and the Noto CJK
// fonts so Chinese text has real glyphs) and names a missing one in one line.
import { accessSync, constants, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The Debian package that provides the browser. */
export const CHROMIUM_PACKAGE = 'chromium';
/** The Debian package that provides the CJK fonts (Noto Sans/Serif CJK). */
export const CJK_FONTS_PACKAGE = 'fonts-noto-cjk';

/** True when `path` is a regular file this process may execute. */
export function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The font families fontconfig knows (`fc-list : family`), or "" when fontconfig is absent. */
export function installedFontFamilies(): string {
  const run = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout : '';
}

/**
 * The Debian packages the browser tests and scripts need that are missing: `chromium`
 * when `executablePath` is not an executable file, `fonts-noto-cjk` when `fontFamilies`
 * (fc-list output) names no Noto CJK family. Empty when everything is there.
 */
export function missingBrowserPackages(executablePath: string, fontFamilies: string): string[] {
  const missing: string[] = [];
  if (!isExecutable(executablePath)) missing.push(CHROMIUM_PACKAGE);
  if (!/Noto (Sans|Serif) CJK/i.test(fontFamilies)) missing.push(CJK_FONTS_PACKAGE);
  return missing;
}

/** The one-line message naming the missing packages and the command that installs them. */
export function missingPackagesMessage(missing: readonly string[], executablePath: string = CHROMIUM_PATH): string {
  const where = missing.includes(CHROMIUM_PACKAGE)
    ? `（${executablePath} 不是可执行的 Chromium；已装在别处时可用 CHROMIUM_PATH 指定）`
    : '';
  return `缺少系统软件包 ${missing.join('、')}：请运行 sudo apt-get install -y ${missing.join(' ')}${where}`;
}

/**
 * The one-line message when a system package the browser needs is missing, otherwise
 * undefined. Used by test/e2e/global-setup.ts and by launchBrowser.
 */
export function browserSetupProblem(
  executablePath: string = CHROMIUM_PATH,
  fontFamilies: string = installedFontFamilies(),
): string | undefined {
  const missing = missingBrowserPackages(executablePath, fontFamilies);
  return missing.length > 0 ? missingPackagesMessage(missing, executablePath) : undefined;
}

/**
 * A headless Chromium with the flags this closed network needs. When a system package is
 * missing, the script stops with the one-line message instead of a stack trace.
 */
export function launchBrowser(): Promise<Browser> {
  const problem = browserSetupProblem();
  if (problem) return Promise.reject(new MissingPackageError(problem));
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A missing system package: its message is the whole story, so it carries no stack. */
export class MissingPackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingPackageError';
    this.stack = message;
  }
}

/**
 * For scripts that launch a browser: when a system package is missing, prints the one-line
 * message and exits 1 before anything else happens.
 */
export function exitIfBrowserMissing(): void {
  const problem = browserSetupProblem();
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}

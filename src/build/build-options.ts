import type { BuildOptions } from '../lib/build/prepare-build.ts';
import { checkBasePath } from '../lib/build/option-values.ts';
import { buildDate } from './build-date.ts';
import { reportsLabel } from './read-content-dir.ts';

/** The build options read from the environment, or the Chinese message saying what is wrong. */
export type OptionsResult = { options: BuildOptions } | { error: string };

/**
 * Reads the build's options from the environment: UNION_BUILD_DATE (or today in
 * Asia/Shanghai; see checkBuildDate), UNION_BASE_PATH (default "/"; see checkBasePath) and
 * UNION_FEDERATION_STRICT=1 (a 县级以上工会's build stops on a unit package that fails).
 * The only place they are read, so `npm run check`, `npm run build` and `astro dev` accept
 * and reject the same values.
 */
export function readBuildOptions(env: NodeJS.ProcessEnv = process.env): OptionsResult {
  let date: string;
  try {
    date = buildDate(env);
  } catch (error) {
    return { error: (error as Error).message };
  }
  const base = checkBasePath(env.UNION_BASE_PATH ?? '');
  if ('error' in base) return base;
  return {
    options: {
      buildDate: date,
      basePath: base.value,
      reportsFolder: reportsLabel(),
      ...(env.UNION_FEDERATION_STRICT === '1' ? { strictFederation: true } : {}),
    },
  };
}

/**
 * UNION_BASE_PATH checked as the build checks it, for the scripts that serve a built site
 * (quality, page-weight, lighthouse): prints the Chinese message and exits 1 when invalid.
 */
export function basePathOrExit(env: NodeJS.ProcessEnv = process.env): string {
  const base = checkBasePath(env.UNION_BASE_PATH ?? '');
  if ('value' in base) return base.value;
  console.error(base.error);
  process.exit(1);
}

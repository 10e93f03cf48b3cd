// The demo site built with UNION_BASE_PATH=/gonghui/ and served only under that path: any
// link or request that escapes the base path gets a 404 and fails the suite. Every check but
// axe, which site-root.test.ts runs on the same pages (they differ only in link targets).
import { inject } from 'vitest';
import { describeBuiltSite } from './lib/site-suite.ts';

describeBuiltSite('/gonghui/', () => inject('baseDist'), { axe: false });

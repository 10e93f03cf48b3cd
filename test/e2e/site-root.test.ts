// The demo site built for and served at the root of a host.
import { inject } from 'vitest';
import { describeBuiltSite } from './lib/site-suite.ts';

describeBuiltSite('/', () => inject('rootDist'));

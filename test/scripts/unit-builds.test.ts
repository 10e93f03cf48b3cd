import { describe, expect, it } from 'vitest';
import { unitBuilds } from '../../scripts/federation/unit-builds.ts';
import type { UnitEntry } from '../../src/lib/federation/units-table.ts';

const unit = (id: string, extra: Partial<UnitEntry> = {}): UnitEntry => ({
  id,
  name: `${id}工会`,
  packagePath: `../../sites/${id}/data/datapackage.json`,
  line: 2,
  packageColumn: 4,
  project: `../../units/${id}`,
  ...extra,
});

const UNITS = [
  unit('a', { site: 'units/a/' }),
  unit('b', { site: 'https://b.example.cn/gonghui/' }),
  unit('c', { project: undefined }),
  unit('d'),
  unit('e', { site: 'units/e' }),
];

describe('unitBuilds', () => {
  it('builds every unit with a project into the site its package path names, under its 网址', () => {
    const builds = unitBuilds(UNITS, '/srv/fed/federation/data', '/zgh/');
    if ('error' in builds) throw new Error(builds.error);
    expect(builds.map((b) => [b.unit.id, b.project, b.dist, b.site, b.basePath])).toEqual([
      ['a', '/srv/fed/units/a', '/srv/fed/sites/a', 'units/a/', '/zgh/units/a/'],
      ['b', '/srv/fed/units/b', '/srv/fed/sites/b', undefined, '/gonghui/'],
      ['d', '/srv/fed/units/d', '/srv/fed/sites/d', undefined, '/'],
      ['e', '/srv/fed/units/e', '/srv/fed/sites/e', 'units/e', '/zgh/units/e/'],
    ]);
  });

  it('splits the units into shards that together hold each unit once', () => {
    const ids = (shard: string) => {
      const builds = unitBuilds(UNITS, '/r', '/', shard);
      return 'error' in builds ? [builds.error] : builds.map((b) => b.unit.id);
    };
    expect([ids('1/3'), ids('2/3'), ids('3/3')]).toEqual([['a', 'e'], ['b'], ['d']]);
    expect(ids('1/1')).toEqual(['a', 'b', 'd', 'e']);
  });

  it.each(['0/2', '3/2', 'a/b', '2'])('refuses the shard %s', (shard) => {
    expect(unitBuilds(UNITS, '/r', '/', shard)).toEqual({ error: expect.stringContaining('--shard') });
  });
});

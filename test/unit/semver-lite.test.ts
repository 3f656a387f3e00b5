// client/src/semver-lite.ts stands in for `semver` in dist/client.js: it must answer
// vscode-languageclient's start-up check as the real package does.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { parse, satisfies, type Version } from '../../client/src/semver-lite';

// The semver the language client itself depends on.
const fromClient = createRequire(createRequire(import.meta.url).resolve('vscode-languageclient/package.json'));
const semverParse = fromClient('semver/functions/parse') as (v: string) => (Version & { prerelease: (string | number)[] }) | null;
const semverSatisfies = fromClient('semver/functions/satisfies') as (v: Version, range: string) => boolean;

const VERSIONS = ['1.82.0', '1.81.9', '1.96.4', '1.100.0', '2.0.0', '0.9.0', '1.82.0-insider', '1.95.0-insider', 'v1.90.1', '1.90', 'x.y.z', '', '1.82.0+build.5', ' 1.85.2 '];
const RANGES = ['^1.82.0', '^1.96.4', '^2.0.0', '^0.9.0'];

describe('semver-lite (what the language client asks of semver)', () => {
  it('stands in module for module: the client calls each required module as the function', () => {
    const local = createRequire(import.meta.url);
    const parseModule = local('../../client/src/semver-parse.cjs') as unknown;
    const satisfiesModule = local('../../client/src/semver-satisfies.cjs') as unknown;
    assert.equal(parseModule, parse);
    assert.equal(satisfiesModule, satisfies);
  });

  it('parses versions as semver does', () => {
    for (const v of VERSIONS) {
      const real = semverParse(v);
      assert.deepEqual(parse(v), real === null ? null : { major: real.major, minor: real.minor, patch: real.patch, prerelease: real.prerelease.map(String) }, v);
    }
  });

  it('answers caret ranges as semver does, the way the client asks (insiders stripped of their pre-release)', () => {
    for (const v of VERSIONS) {
      const mine = parse(v);
      const real = semverParse(v);
      if (mine === null || real === null) continue;
      mine.prerelease = [];
      real.prerelease = [];
      for (const r of RANGES) assert.equal(satisfies(mine, r), semverSatisfies(real, r), `${v} in ${r}`);
    }
  });
});

/**
 * What vscode-languageclient asks of `semver` (its start-up check that VS Code is recent
 * enough: `parse(vscode.version)` and `satisfies(version, '^1.82.0')`), in a few lines instead of
 * the 20 KB package: esbuild puts this in its place in dist/client.js (esbuild.mjs). VS Code
 * itself already refuses the extension below `engines.vscode`, so this check only repeats it.
 */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parse(version: string): Version | null {
  const m = VERSION.exec(version.trim());
  if (m === null) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] === undefined ? [] : m[4].split('.') };
}

/** `version` in a caret range `^X.Y.Z` (the only kind the client uses); false for any other range. */
export function satisfies(version: Version | string, range: string): boolean {
  const v = typeof version === 'string' ? parse(version) : version;
  const m = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (v === null || m === null || v.prerelease.length > 0) return false;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (v.major !== major) return false;
  if (major === 0 && v.minor !== minor) return false;
  return v.minor > minor || (v.minor === minor && v.patch >= patch);
}

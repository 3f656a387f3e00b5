// Snapshot files for the tests: a text file in the repository holds what a test produced when a
// person last looked at it, and the test fails on any difference. `UPDATE_SNAPSHOTS=1` (e.g.
// `UPDATE_SNAPSHOTS=1 npm run test:unit`) writes the snapshots instead, so that `git diff` shows
// what changed; a snapshot that is missing is written only then, never made up in a normal run.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export const UPDATING_SNAPSHOTS = process.env.UPDATE_SNAPSHOTS === '1';

export const HOW_TO_UPDATE = 'UPDATE_SNAPSHOTS=1 npm run test:unit (or UPDATE_SNAPSHOTS=1 node --import tsx --test <this test file>)';

/** Lines of a snapshot file that a person wrote (`# ...` at the top): kept when the file is rewritten. */
function headerOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const end = lines.findIndex((l) => !l.startsWith('#'));
  return lines.slice(0, end < 0 ? lines.length : end);
}

/** The lines a snapshot file holds, without its header comments and blank lines. */
export function snapshotBody(text: string): string[] {
  return text
    .split(/\r?\n/)
    .slice(headerOf(text).length)
    .filter((l) => l.trim().length > 0 && !l.startsWith('#'));
}

export interface SnapshotOptions {
  /**
   * Called with a snapshot's body lines: returns a message when they are in a form an older version
   * of the test wrote (so they are not compared as they are), and may throw when they do not
   * agree with `actual` (so an update never turns a failing expectation into a passing one unseen).
   */
  readonly legacy?: (body: string[], actual: string[]) => string | undefined;
}

/** Compares `actual` (one entry per line) with the snapshot in `file`, or writes it when updating. */
export function matchSnapshot(file: string, actual: readonly string[], options: SnapshotOptions = {}): void {
  const name = basename(file);
  if (!existsSync(file)) {
    assert.ok(UPDATING_SNAPSHOTS, `${name} is missing: run ${HOW_TO_UPDATE} to write it, then read it before committing`);
    writeFileSync(file, actual.map((l) => `${l}\n`).join(''));
    return;
  }
  const text = readFileSync(file, 'utf8');
  const body = snapshotBody(text);
  const legacy = options.legacy?.(body, [...actual]);
  if (legacy !== undefined) assert.ok(UPDATING_SNAPSHOTS, `${name}: ${legacy}; run ${HOW_TO_UPDATE} to rewrite it`);
  if (UPDATING_SNAPSHOTS) {
    const header = headerOf(text).filter((l) => l.length > 0);
    const next = [...header, ...actual].map((l) => `${l}\n`).join('');
    if (next !== text) writeFileSync(file, next);
    return;
  }
  assert.deepEqual(actual, body, `${name} differs from the snapshot: if the change is intended, run ${HOW_TO_UPDATE}`);
}

/** Compares `actual` with the whole text of `file` (which must exist), or rewrites it when updating. */
export function matchTextSnapshot(file: string, actual: string): void {
  if (UPDATING_SNAPSHOTS) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== actual) writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${basename(file)} differs: if the change is intended, run ${HOW_TO_UPDATE}`);
}

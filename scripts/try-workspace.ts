// What `npm run try` prepares before it starts code-server, apart so it can be tested without a
// browser: a copy of the example drafts in a temp folder (edits and fix-on-save change the copy,
// never the tracked examples/), and the user settings: the product's own defaults, not the test
// harness's (which turn word wrap and auto-save off for the tests' sake).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Settings of the code-server shell only: no telemetry, no update checks, no tips. Nothing that
 * changes how a draft is edited (word wrap, auto-save, hover): those are what a user gets.
 */
export const TRY_SETTINGS: Readonly<Record<string, unknown>> = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  // The copy lies in a temp folder outside any repository: no prompt about a parent repository either.
  'git.openRepositoryInParentFolders': 'never',
};

export interface TryWorkspace {
  /** The folder code-server opens: a copy of examples/. */
  folder: string;
  /** The drafts in it. */
  drafts: string[];
  /** Removes the copy. */
  remove: () => void;
}

/** Copies the drafts and configuration of `examples` (files only) into a new temp folder. */
export function prepareTryWorkspace(examples: string): TryWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'wsis-try-'));
  const folder = join(root, 'examples');
  mkdirSync(folder);
  const drafts: string[] = [];
  for (const e of readdirSync(examples, { withFileTypes: true })) {
    if (!e.isFile() || !(e.name.endsWith('.md') || e.name === '.wsisrc.json')) continue;
    copyFileSync(join(examples, e.name), join(folder, e.name));
    if (e.name.endsWith('.wsis.md')) drafts.push(join(folder, e.name));
  }
  return { folder, drafts: drafts.sort().reverse(), remove: () => rmSync(root, { recursive: true, force: true }) };
}

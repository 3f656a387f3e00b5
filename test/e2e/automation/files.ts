// Files behind the workbench's back: waiting for a file on disk, for the server's file watcher,
// and changing workspace or user settings.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CodeServer } from './code-server';
import { pollUntil } from './wait';

/** Waits until the file on disk satisfies `predicate` (saves reach the disk through the server). */
export async function waitForFile(path: string, predicate: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  let last = '';
  return pollUntil(() => {
    last = existsSync(path) ? readFileSync(path, 'utf8') : '';
    return predicate(last) ? last : undefined;
  }, { timeoutMs, intervalMs: 100, what: () => `${path} to match (now: ${JSON.stringify(last.slice(0, 200))})` });
}

/**
 * Waits until the server's file watcher reports changes in `folder` (a workspace folder):
 * writes probe files there until one shows in the Explorer, then deletes them. Changes made
 * on disk before the watcher is up are never reported (seen here: a file rewritten right
 * after the first diagnostic stayed stale in its editor), so call this before changing
 * workspace files or .vscode/settings.json behind the workbench's back.
 */
export async function waitForFileWatcher(page: Page, folder: string, timeoutMs = 30_000): Promise<void> {
  const probes: string[] = [];
  try {
    await pollUntil(async () => {
      const name = `e2e-watch-probe-${probes.length}.txt`;
      probes.push(join(folder, name));
      writeFileSync(join(folder, name), 'probe\n');
      const row = page.locator('.explorer-folders-view .monaco-list-row .label-name').getByText(name, { exact: true });
      return row.waitFor({ state: 'visible', timeout: 2000 }).then(() => true, () => false);
    }, { timeoutMs, intervalMs: 0, what: `the file watcher to report a new file in ${folder}` });
  } finally {
    for (const p of probes) rmSync(p, { force: true });
  }
  await pollUntil(async () => (await page.locator('.explorer-folders-view .monaco-list-row .label-name').getByText(/^e2e-watch-probe-/).count()) === 0, {
    timeoutMs: 10_000, what: 'the probe files to leave the Explorer',
  });
}

function mergeJsonFile(file: string, patch: Record<string, unknown>): void {
  const settings = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete settings[key];
    else settings[key] = value;
  }
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(settings, null, 2));
}

/**
 * Changes workspace settings while the workbench runs: merges `patch` into
 * FOLDER/.vscode/settings.json (null deletes a key). The workbench applies them through the
 * file watcher, so this first waits for it (waitForFileWatcher). Then wait on the effect.
 */
export async function updateWorkspaceSettings(page: Page, folder: string, patch: Record<string, unknown>): Promise<void> {
  await waitForFileWatcher(page, folder);
  mergeJsonFile(join(folder, '.vscode', 'settings.json'), patch);
}

/**
 * Changes user settings: merges `patch` into USER_DATA_DIR/User/settings.json (null deletes
 * a key). code-server reads that file at load but does not notice later changes to it (seen
 * here), so follow with reloadWindow(), or use updateWorkspaceSettings() for live changes.
 */
export function updateUserSettings(server: CodeServer, patch: Record<string, unknown>): void {
  mergeJsonFile(join(server.userDataDir, 'User', 'settings.json'), patch);
}

// The workbench page: its URL (folder, file, URL payload), opening and reloading it, and running
// commands from the command palette.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import type { CodeServer } from './code-server';

/** A path on the server as the workbench's URIs name it: `vscode-remote://127.0.0.1:PORT/abs/path`. */
export function remoteUri(server: CodeServer, path: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${resolve(path)}`;
}

/**
 * The workbench URL that opens `folder` and, if given, `file` (absolute paths). `payload`
 * adds more of the workbench's URL payload entries, e.g. `['extensionDevelopmentPath', URI]`
 * and `['extensionTestsPath', URI]` (URIs from remoteUri()).
 */
export function workbenchUrl(server: CodeServer, opts: { folder?: string; file?: string; payload?: [string, string][] } = {}): string {
  const folder = resolve(opts.folder ?? server.workspace);
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  const entries: [string, string][] = [...(opts.payload ?? [])];
  // The remote authority (host:port of the page) must be in the URI. With an empty one
  // (`vscode-remote:///path`), the file opens and diagnostics show, but the editor's model
  // is not the one the extension host edits: quick fixes then change an invisible copy.
  if (opts.file) entries.push(['openFile', remoteUri(server, opts.file)]);
  if (entries.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(entries))}`;
  return url;
}

export interface Workbench {
  browser: Browser;
  page: Page;
  /** Console errors the page logged (telemetry failures filtered out). */
  consoleErrors: string[];
}

/**
 * Launches chromium (or uses `browser`), opens the workbench on `folder` with `file` open,
 * and waits until the workbench is drawn (and the file's editor, if a file was given).
 * `payload` goes into the URL (see workbenchUrl); `beforeLoad` runs on the page before it
 * loads (e.g. page.exposeFunction).
 */
export async function openWorkbench(
  server: CodeServer,
  opts: { folder?: string; file?: string; payload?: [string, string][]; browser?: Browser; timeoutMs?: number; beforeLoad?: (page: Page) => Promise<void> } = {},
): Promise<Workbench> {
  const browser = opts.browser ?? (await launchBrowser());
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // tsx (esbuild, keepNames) wraps named functions in `__name(fn, "name")`, also inside the
  // callbacks handed to page.evaluate(); give the page that helper so they run there.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    // Known noise here: no network (telemetry, marketplace), and 404s for vsda (Microsoft's
    // closed-source module, absent from code-server).
    if (m.type() !== 'error') return;
    const where = m.location()?.url ?? '';
    if (/telemetry|marketplace|gallery|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED/i.test(m.text()) || /vsda/.test(where)) return;
    consoleErrors.push(where ? `${m.text()} (${where})` : m.text());
  });
  const timeout = opts.timeoutMs ?? 60_000;
  await opts.beforeLoad?.(page);
  await page.goto(workbenchUrl(server, opts), { waitUntil: 'domcontentloaded', timeout });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout });
  if (opts.file) {
    const name = opts.file.split('/').pop()!;
    await page.locator(`.tabs-container .tab[data-resource-name="${name}"]`).first().waitFor({ state: 'visible', timeout });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout });
  }
  return { browser, page, consoleErrors };
}

/** Runs a command from the command palette by its label (as shown, e.g. "View: Toggle Maximized Panel"). */
export async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Closes a hover, widget or menu. */
export async function escape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
}

/**
 * Reloads the workbench ("Developer: Reload Window"): a new extension host, settings read
 * again, editors restored. Waits until the workbench and (if one was open) an editor are drawn.
 */
export async function reloadWindow(page: Page, timeoutMs = 60_000): Promise<void> {
  const hadEditor = (await page.locator('.editor-instance .monaco-editor').count()) > 0;
  const loaded = page.waitForEvent('load', { timeout: timeoutMs });
  await runCommand(page, 'Developer: Reload Window').catch(() => undefined); // the page goes away under it
  await loaded;
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
  if (hadEditor) await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

// The text editor: focus, cursor (Go to Line, status bar), visible lines, typing, saving, Quick Open.
import type { Page } from 'playwright-core';
import { type DomElement, MOD } from './dom';
import { pollUntil } from './wait';

/**
 * Focuses the active text editor without moving its cursor: Ctrl+1 ("View: Focus First
 * Editor Group"; the tests use one group), then waits for Monaco's `.monaco-editor.focused`.
 * Not a click: a click at a fixed point of `.view-lines` misses once the editor is scrolled
 * (that element then starts above the editor, under the tabs: "<html> intercepts pointer
 * events", seen here), and a mouse left over the text opens hovers of its own. Nor a DOM
 * focus() of the input area: with the Problems panel focused, the workbench then hands the
 * focus back to the panel after Go to Line, and Ctrl+. went to the panel (seen here).
 */
export async function focusEditor(page: Page): Promise<void> {
  const focused = page.locator('.editor-instance .monaco-editor.focused').first();
  if ((await focused.count()) > 0) return;
  // Right after a command palette command the first Ctrl+1 is sometimes ignored (seen here,
  // with the focus on <body>): press again until the editor has the focus.
  await pollUntil(async () => {
    await page.keyboard.press(`${MOD}+1`);
    return focused.waitFor({ state: 'attached', timeout: 1000 }).then(() => true, () => false);
  }, { timeoutMs: 10_000, intervalMs: 0, what: 'the editor to take the focus (Ctrl+1)' });
}

/** Moves the cursor to 1-based line and column with Go to Line (Ctrl+G). */
export async function gotoLine(page: Page, line: number, column = 1): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press(`${MOD}+g`);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await pollUntil(async () => (await statusBarCursor(page))?.line === line, { timeoutMs: 5000, what: `cursor on line ${line}` });
}

/** Cursor position from the status bar ("Ln 3, Col 5"), or undefined. */
export async function statusBarCursor(page: Page): Promise<{ line: number; column: number } | undefined> {
  const text = await page.locator('#status\\.editor\\.selection').innerText({ timeout: 2000 }).catch(() => '');
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/** The language mode shown in the status bar, e.g. "WSIS Submission". */
export async function languageMode(page: Page): Promise<string> {
  return (await page.locator('#status\\.editor\\.mode').innerText()).trim();
}

/** The visible lines of the active editor, top to bottom (Monaco renders only what is in view). */
export async function visibleEditorLines(page: Page): Promise<string[]> {
  return page.locator('.editor-instance .monaco-editor .view-lines').first().evaluate((node) => {
    const el = node as unknown as DomElement;
    const lines = Array.from(el.querySelectorAll('.view-line'));
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' '));
  });
}

/** Whether the active editor's tab shows unsaved changes (`.tab.active.dirty`). */
export async function activeEditorDirty(page: Page): Promise<boolean> {
  return (await page.locator('.tabs-container .tab.active.dirty').count()) > 0;
}

/**
 * Waits until the active editor's visible lines satisfy `predicate` (rendering follows
 * typing and edits a frame later); returns them.
 */
export async function waitForEditorLines(page: Page, predicate: (lines: string[]) => boolean, timeoutMs = 10_000): Promise<string[]> {
  let last: string[] = [];
  return pollUntil(async () => (predicate((last = await visibleEditorLines(page))) ? last : undefined), {
    timeoutMs, intervalMs: 100, what: () => `the editor lines to match (seen: ${JSON.stringify(last.slice(0, 20))})`,
  });
}

/** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
export async function saveActiveEditor(page: Page): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press(`${MOD}+s`);
  await pollUntil(async () => !(await activeEditorDirty(page)), { timeoutMs: 10_000, what: 'the active tab to be saved' });
}

/**
 * Opens a workspace file by name with Quick Open (Ctrl+P; file search runs ripgrep on the
 * server) and waits until its tab is active. `name` is the file name as the list shows it.
 */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press(`${MOD}+p`);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  // Recently opened entries show first; wait for the row naming this very file.
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name').getByText(name, { exact: true }) }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor({ state: 'visible' });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Types text into the focused editor as keystrokes (auto-closing and completion apply). */
export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

// End-to-end: Paste from Word in a real VS Code for the Web (code-server + Debian's chromium).
// Word's clipboard HTML (test/fixtures/paste/word-clipboard.html, with its plain-text twin) is put
// on the browser's clipboard with navigator.clipboard.write, then pasted with Ctrl+V at the end
// of a draft that already has two footnotes: "Paste as WSIS Markdown" is applied (the first
// choice for Word's HTML), so the editor gets Markdown with footnotes [^3] and [^4], and the
// paste widget still offers the plain text. Screenshots in test-results/e2e/paste-*.png.
//
// Run: bash scripts/e2e/run.sh test/e2e/paste.e2e.ts (E2E_SKIP_BUILD=1 reuses the .vsix)
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  ROOT, focusEditor, openWorkbench, pollUntil, runToEnd, saveActiveEditor, screenshot, startCodeServer, stopAll, tempFolder,
  waitForEditorLines, waitForFile, withFailureScreenshot, type CodeServer,
} from './harness';

const VSIX = join(ROOT, 'wsis-submission-checker.vsix');
const NAME = 'draft.wsis.md';
const HTML = readFileSync(join(ROOT, 'test', 'fixtures', 'paste', 'word-clipboard.html'), 'utf8');
/** What Word puts beside its HTML: plain lines, the footnote marks as `[1]`. */
const PLAIN = 'Part Two: A brief analytical overview\nAcross the regions where we work ... remains offline[1], and most of those people live within reach of a mobile signal.\n';

describe('Paste from Word (code-server)', { timeout: 600_000 }, () => {
  let server: CodeServer;
  let page: Page | undefined;
  let workspace: string;
  const file = (): string => join(workspace, NAME);

  before(async () => {
    if (process.env.E2E_SKIP_BUILD !== '1') {
      const { code, output } = await runToEnd('npm', ['run', 'package'], { cwd: ROOT, timeoutMs: 300_000 });
      if (code !== 0) throw new Error(`npm run package failed (exit ${code}):\n${output}`);
    }
    assert.ok(existsSync(VSIX), `${VSIX} must exist (npm run package)`);
    workspace = tempFolder('wsis-e2e-paste-');
    copyFileSync(join(ROOT, 'test', 'fixtures', 'clean-submission.wsis.md'), file());
    server = await startCodeServer({ workspace, vsix: [VSIX] });
    ({ page } = await openWorkbench(server, { file: file() }));
    // The clipboard, as a person's browser grants it to the page.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  });

  after(async () => {
    await stopAll();
  });

  it('pastes Word\'s HTML as Markdown with footnotes numbered on from the draft\'s', () => withFailureScreenshot(page, 'paste-failure', async () => {
    const p = page!;
    const original = readFileSync(file(), 'utf8');
    assert.match(original, /\[\^2\]: /);
    assert.doesNotMatch(original, /\[\^3\]/);
    // The extension is up when its word count is in the status bar.
    await p.locator('.statusbar-item').filter({ hasText: /words/i }).first().waitFor({ state: 'visible', timeout: 60_000 });

    await focusEditor(p);
    await p.keyboard.press('Control+End');
    await p.keyboard.press('Enter');
    await p.evaluate(async ({ html, plain }) => {
      // The page's globals (this project compiles without the DOM library).
      const page = globalThis as unknown as { ClipboardItem: new (items: Record<string, Blob>) => unknown; navigator: { clipboard: { write(items: unknown[]): Promise<void> } } };
      const item = new page.ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([plain], { type: 'text/plain' }) });
      await page.navigator.clipboard.write([item]);
    }, { html: HTML, plain: PLAIN });
    await p.keyboard.press('Control+V');

    const lines = await waitForEditorLines(p, (ls) => ls.some((l) => l.startsWith('[^4]: GDIN (2025)')), 30_000);
    await screenshot(p, 'paste-1-pasted');
    assert.ok(lines.some((l) => l.startsWith('[^3]: International Telecommunication Union (2025), *Measuring digital development')), lines.join('\n'));
    assert.ok(lines.includes('- Open Access Price Observatory, updated quarterly.'), lines.join('\n'));
    assert.ok(lines.includes('  - used by two regulators'), lines.join('\n'));

    // The paste widget offers the other ways to paste, plain text among them.
    const widget = p.locator('.post-edit-widget');
    await widget.first().waitFor({ state: 'visible', timeout: 10_000 });
    await widget.first().locator('.monaco-button, a, .codicon').first().click();
    const menu = p.locator('.context-view .action-label, .context-view .monaco-list-row, .action-widget .action-label');
    const titles = await pollUntil(async () => {
      const all = (await menu.allTextContents()).map((t) => t.trim()).filter((t) => t !== '');
      return all.length >= 2 ? all : undefined;
    }, { timeoutMs: 10_000, what: 'the paste widget\'s choices' });
    await screenshot(p, 'paste-2-choices');
    assert.ok(titles.some((t) => /Paste as WSIS Markdown/.test(t)), titles.join(' | '));
    assert.ok(titles.some((t) => /plain text/i.test(t)), titles.join(' | '));
    await p.keyboard.press('Escape');

    await saveActiveEditor(p);
    const saved = await waitForFile(file(), (t) => t.includes('[^4]: GDIN'), 15_000);
    assert.ok(saved.startsWith(original.trimEnd()), 'the draft\'s own text is unchanged');
    const added = saved.slice(original.trimEnd().length);
    assert.match(added, /remains offline\[\^3\], and most of those people live \*within reach\* of a mobile signal\./);
    assert.match(added, /licences in 2025\[\^4\]; see \[the four country cases\]\(https:\/\/example\.org\/gdin\/licensing-cases\)/);
    assert.match(added, /\n1\. a licence-exempt band for community networks;\n2\. a simpler licence for small operators\./);
    assert.doesNotMatch(added, /mso-|<o:p>|<span|<script|never run|\[1\]/);
    assert.ok(statSync(file()).size > original.length);
  }));
});

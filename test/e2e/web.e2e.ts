// The extension in VS Code for the Web's browser extension host: code-server runs an extension
// whose manifest has `browser` and no `main` in the page's web-worker extension host (as vscode.dev
// and github.dev run every extension), so this test packages such a variant of the extension
// (dist/web/ only), installs it, and checks what a user does there: the draft's problems (with a
// .wsisrc.json the server reads through the client), a quick fix, the outline, Export to Word
// (written through vscode.workspace.fs, offering Show in Explorer and Download, not Reveal), PDF
// export absent from the palette, that it all ran in the web worker (no Node process runs
// dist/server.js, and Show Running Extensions lists it under the web worker host), and that a
// problem's rule link opens the rule docs shipped in the extension at the rule.
//
// Run: E2E_CACHE=/work/main/.e2e-cache E2E_SKIP_SETUP=1 bash scripts/e2e/run.sh test/e2e/web.e2e.ts
//   E2E_SKIP_BUILD=1 uses dist/ as it is.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  ROOT, applyQuickFix, gotoLine, openFile, openWorkbench, previewFrame, previewPlace, packageVsix, pollUntil, readProblems, runCommand, runToEnd, screenshot, startCodeServer, stopAll, tempFolder,
  waitForEditorLines, waitForOutline, withFailureScreenshot, type CodeServer,
} from './harness';

const DRAFT = 'draft-with-problems.wsis.md';
const DISCLAIMER =
  "DISCLAIMER: The views presented here are the contributors' and do not necessarily reflect the views and position of the United Nations or the United Nations Conference on Trade and Development.";

/** The web-only variant of the extension: the manifest without `main`, and dist/web/ only. */
async function webVsix(): Promise<string> {
  const dir = tempFolder('wsis-e2e-webext-');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete manifest.main;
  delete manifest.scripts;
  delete manifest.devDependencies;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  // The manifest's strings are package.nls keys; the client's are in l10n/; the walkthrough and rule docs are files.
  for (const f of ['README.md', 'CHANGELOG.md', 'LICENSE', 'language-configuration.json', ...readdirSync(ROOT).filter((n) => /^package\.nls(\.[a-z-]+)?\.json$/.test(n))]) {
    copyFileSync(join(ROOT, f), join(dir, f));
  }
  for (const d of ['syntaxes', 'snippets', 'schemas', 'l10n', 'media', 'docs', 'examples']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  mkdirSync(join(dir, 'images'));
  copyFileSync(join(ROOT, 'images', 'icon.png'), join(dir, 'images', 'icon.png'));
  mkdirSync(join(dir, 'dist', 'web'), { recursive: true });
  for (const f of ['client.js', 'server.js']) copyFileSync(join(ROOT, 'dist', 'web', f), join(dir, 'dist', 'web', f));
  // The PDF reader and the Word core are one bundle each for the desktop and the web (esbuild.mjs).
  for (const f of ['pdf.js', 'word.js']) copyFileSync(join(ROOT, 'dist', f), join(dir, 'dist', f));
  writeFileSync(join(dir, '.vscodeignore'), '**/*.map\n');
  return packageVsix(dir, join(dir, 'wsis-web.vsix'));
}

/** Command lines of this machine's processes that run a WSIS language server bundle under `dir`. */
function serverProcesses(dir: string): string[] {
  const ps = execFileSync('ps', ['-eo', 'args='], { encoding: 'utf8' });
  return ps.split('\n').filter((l) => l.includes(dir) && /server\.js/.test(l));
}

/** The labels the command palette lists for `text`. */
async function paletteLabels(page: Page, text: string): Promise<string[]> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${text}`);
  // Wait until the list shows the filtered rows (or says there are none).
  await pollUntil(async () => (await page.locator('.quick-input-widget .monaco-list-row').count()) > 0 || (await page.locator('.quick-input-widget .quick-input-message').innerText().catch(() => '')).length > 0, {
    timeoutMs: 10_000,
    what: 'the palette to list commands',
  });
  const labels = await page.locator('.quick-input-widget .monaco-list-row .label-name').allInnerTexts();
  await page.keyboard.press('Escape');
  return labels;
}

describe('VS Code for the Web: the extension in the browser\'s web worker extension host', { timeout: 600_000 }, () => {
  let server: CodeServer;
  let page: Page | undefined;
  let workspace: string;
  const t0 = Date.now();
  const lap = (what: string) => console.log(`[e2e web +${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);
  const shot = (name: string) => screenshot(page!, `web-${name}`);

  before(async () => {
    if (process.env.E2E_SKIP_BUILD !== '1') {
      const { code, output } = await runToEnd('node', ['esbuild.mjs', '--production'], { cwd: ROOT, timeoutMs: 300_000 });
      if (code !== 0) throw new Error(`the build failed (exit ${code}):\n${output}`);
    }
    const vsix = await webVsix();
    lap(`packaged the web-only variant ${vsix}`);
    workspace = tempFolder('wsis-e2e-webws-');
    copyFileSync(join(ROOT, 'examples', DRAFT), join(workspace, DRAFT));
    copyFileSync(join(ROOT, 'examples', 'submission-2026.wsis.md'), join(workspace, 'submission-2026.wsis.md'));
    copyFileSync(join(ROOT, 'examples', 'pasted-from-word.wsis.md'), join(workspace, 'pasted-from-word.wsis.md'));
    // Read by the browser server through the client (wsis/readFile): C12 is then not reported.
    writeFileSync(join(workspace, '.wsisrc.json'), '{ "rules": { "action-line-unknown": "off" } }\n');
    server = await startCodeServer({ workspace, vsix: [vsix] });
    lap(`code-server answers on ${server.url}`);
    const installed = readdirSync(server.extensionsDir).find((d) => d.startsWith('wsis-tools.wsis-submission-checker'));
    assert.ok(installed !== undefined, `installed in ${server.extensionsDir}`);
    const manifest = JSON.parse(readFileSync(join(server.extensionsDir, installed, 'package.json'), 'utf8')) as { main?: string; browser?: string };
    assert.equal(manifest.main, undefined, 'the installed variant has no main');
    assert.equal(manifest.browser, './dist/web/client.js');
    ({ page } = await openWorkbench(server, { file: join(workspace, DRAFT) }));
    lap('workbench drawn with the draft open');
  });

  after(async () => {
    await stopAll();
    lap('stopped everything');
  });

  it('1. shows the draft\'s problems, with the .wsisrc.json applied, and no Node process runs the server', () => withFailureScreenshot(page, 'web-1-problems', async () => {
    const problems = await pollUntil(async () => {
      const ps = await readProblems(page!);
      return ps.some((p) => p.code === 'disclaimer') && ps.some((p) => p.code === 'cover-commission') ? ps : undefined;
    }, { timeoutMs: 60_000, what: 'the draft\'s problems from the browser server' });
    const codes = new Set(problems.map((p) => p.code));
    for (const code of ['cover-session-year', 'footnote-undefined', 'part-missing']) assert.ok(codes.has(code), `${code} in ${[...codes].join(', ')}`);
    assert.ok(!codes.has('action-line-unknown'), '.wsisrc.json turns action-line-unknown off');
    lap(`${problems.length} problems`);
    assert.deepEqual(serverProcesses(server.extensionsDir), [], 'no Node process runs the extension\'s server');
    assert.doesNotMatch(server.extensionHostLog(), /_doActivateExtension wsis-tools\.wsis-submission-checker/, 'not activated in the Node extension host');
    await shot('1-problems');
  }));

  it('2. applies a quick fix', () => withFailureScreenshot(page, 'web-2-quickfix', async () => {
    await gotoLine(page!, 12, 1);
    await applyQuickFix(page!, 12, 1, 'Insert the disclaimer');
    await waitForEditorLines(page!, (lines) => lines.some((l) => l.startsWith(DISCLAIMER.slice(0, 60))));
    await pollUntil(async () => !(await readProblems(page!)).some((p) => p.code === 'disclaimer') || undefined, { timeoutMs: 30_000, what: 'the disclaimer problem to go' });
    await shot('2-quickfix');
  }));

  it('3. reads the outline', () => withFailureScreenshot(page, 'web-3-outline', async () => {
    // A draft with Markdown headings gets Markdown's outline; a Word paste has none, so the Outline
    // pane shows the browser server's symbols: the cover block and its lines, the Parts.
    await openFile(page!, 'pasted-from-word.wsis.md');
    const outline = await waitForOutline(page!, (items) => items.some((i) => i.label === 'Cover') && items.some((i) => i.label === 'Submission by'));
    assert.ok(outline.some((i) => i.label === 'Session' && /29th session/.test(i.detail)), JSON.stringify(outline));
    await shot('3-outline');
    await openFile(page!, DRAFT);
  }));

  it('4. exports to Word through the editor\'s files, offering Show in Explorer and Download (not Reveal)', () => withFailureScreenshot(page, 'web-4-export', async () => {
    await runCommand(page!, 'WSIS: Export to Word');
    // The draft still has errors: the modal asks first.
    const anyway = page!.locator('.monaco-dialog-box .monaco-button', { hasText: 'Export anyway' });
    await anyway.waitFor({ state: 'visible', timeout: 20_000 });
    await shot('4-export-ask');
    await anyway.click();
    const docx = join(workspace, 'draft-with-problems.docx');
    await pollUntil(() => existsSync(docx) && readFileSync(docx).subarray(0, 2).toString('latin1') === 'PK', { timeoutMs: 60_000, what: `${docx} written` });
    const toast = page!.locator('.notifications-toasts .notification-toast', { hasText: 'exported to' }).first();
    await toast.waitFor({ state: 'visible', timeout: 20_000 });
    const buttons = await toast.locator('.monaco-button').allInnerTexts();
    assert.deepEqual(buttons.map((b) => b.trim()), ['Show in Explorer', 'Download']);
    await shot('4-exported');
    await toast.locator('.monaco-button', { hasText: 'Show in Explorer' }).click();
    const row = page!.locator('.explorer-folders-view .monaco-list-row.selected', { hasText: 'draft-with-problems.docx' });
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    await shot('4-shown-in-explorer');
  }));

  it('5. has no PDF export in the palette, and runs in the web worker extension host', () => withFailureScreenshot(page, 'web-5-host', async () => {
    const labels = await paletteLabels(page!, 'WSIS: Export to');
    assert.ok(labels.some((l) => /Export to Word/.test(l)), labels.join(', '));
    assert.ok(!labels.some((l) => /Export to PDF/.test(l)), `PDF export is hidden in the browser: ${labels.join(', ')}`);
    await runCommand(page!, 'Developer: Show Running Extensions');
    const editor = page!.locator('.runtime-extensions-editor').first();
    await editor.waitFor({ state: 'visible', timeout: 20_000 });
    // The list draws only the rows in view, and its order follows activation times (another
    // extension can come first on a slower run): scroll it down until our row is drawn.
    const text = await pollUntil(async () => {
      const t = await editor.innerText();
      if (/WSIS Submission Checker/.test(t)) return t;
      await editor.hover();
      await page!.mouse.wheel(0, 300);
      return undefined;
    }, { timeoutMs: 20_000, what: 'the extension in Running Extensions' });
    console.log(`[e2e web] Running Extensions:\n${text}`);
    // Each row names its host: the others run on the server (127.0.0.1:PORT), this one in the page's web worker.
    assert.match(text, /WSIS Submission Checker\s+[\d.]+\s+web worker/);
    await shot('5-running-extensions');
    assert.deepEqual(serverProcesses(server.extensionsDir), [], 'still no Node process for the server');
  }));

  it('6. a problem\'s rule link opens the rule\'s documentation from the extension, rendered, at the rule', () => withFailureScreenshot(page, 'web-6-rule-doc', async () => {
    await openFile(page!, DRAFT);
    await pollUntil(async () => (await readProblems(page!)).some((p) => p.code === 'cover-commission') || undefined, { timeoutMs: 30_000, what: 'the cover-commission problem' });
    // The code is a link (a command URI the client's middleware set): click it as a user does.
    const row = page!.locator('.markers-panel .monaco-list-row', { has: page!.locator('.marker-code', { hasText: 'cover-commission' }) }).first();
    await row.locator('.marker-code').getByText('cover-commission', { exact: true }).first().click();
    // The display language is English here: docs/rules.md (rules.fr.md / rules.es.md for fr / es: test/unit/rule-doc-language.test.ts),
    // rendered in the Markdown preview ("Preview rules.md") and scrolled to the rule's heading, far down the doc.
    const tab = page!.locator('.tabs-container .tab.active', { hasText: 'Preview rules.md' });
    await tab.waitFor({ state: 'visible', timeout: 20_000 });
    const frame = await pollUntil(() => previewFrame(page!, '#cover-commission'), { timeoutMs: 20_000, what: 'the preview of the rule docs' });
    let seen: { top: number; height: number; scrolled: number } | undefined;
    await pollUntil(async () => {
      seen = await previewPlace(frame, '#cover-commission');
      return seen !== undefined && seen.top >= -2 && seen.top < seen.height / 4;
    }, { timeoutMs: 10_000, what: () => `the heading cover-commission at the top of the preview (seen: ${JSON.stringify(seen)})` });
    assert.equal((await frame.locator('h2#cover-commission').innerText()).trim(), 'cover-commission');
    // Far down the doc: at the top only because the preview was scrolled to it.
    assert.ok(seen !== undefined && seen.scrolled > 500, `the preview scrolled by ${seen?.scrolled} px only`);
    await shot('6-rule-doc');
  }));
});

// End-to-end tests of the real extension: the production .vsix (`npm run package`) installed
// into a real VS Code for the Web (code-server), driven in Debian's chromium like a user would
// drive it, each step asserted on what the screen shows (Problems panel, squiggles, Outline,
// light bulb menu, editor text, hover, status bar, token inspector) and on disk, with a
// screenshot per step in test-results/e2e/extension-*.png.
//
// One code-server and one browser for the whole file, on one workspace (a temp folder holding
// copies of the fixtures). The steps share the page but not their state: each has its own copy
// of the draft it changes, opens it itself, and puts back any setting it changes, so each one
// passes alone (--test-name-pattern) and in any order:
//   1. a draft with known problems: the Problems panel and the squiggles
//   2. the Outline: Markdown's for a clean submission, ours for a Word paste (one tree each)
//   3. a quick fix from the light bulb, then "fix all" on save
//   4. the `wsis-submission` snippet in an empty draft
//   5. hover on a footnote reference, and F12 to its definition
//   6. the grammar's scopes for a Part heading and a footnote reference
//   7. `wsis.markdown.enable: auto`: a plain .md draft is checked, an unrelated .md file not
//   8. the language server killed twice: restarted each time, the user told once
//
// What the checker should find comes from the same build's CLI (dist/cli.js, the engine the
// language server runs), so these tests check the way from the engine to the screen and stay
// true while the rules change; a few anchors (the disclaimer, the fixture's .expected file)
// are written out.
//
// Run: bash scripts/e2e/run.sh test/e2e/extension.e2e.ts
//   E2E_SKIP_BUILD=1 reuses wsis-submission-checker.vsix and dist/ as they are (no `npm run package`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  ROOT, applyQuickFix, escape, filterProblems, focusEditor, gotoLine, hoverAt, inspectTokenAt, languageMode, openFile, openWorkbench,
  pollUntil, quickFixTitles, readProblems, runCommand, runToEnd, saveActiveEditor, screenshot, startCodeServer, statusBarCursor,
  stopAll, tempFolder, triggerSuggest, typeText, updateWorkspaceSettings, visibleEditorLines, waitForEditorLines, waitForFile,
  waitForOutline, withFailureScreenshot, activeEditorDirty,
  type CodeServer, type Problem,
} from './harness';
import { datedSnippets } from '../../server/src/engine/dated-snippets';
import { parseDiagnosticLines } from '../diagnostic-snapshot';
import { snapshotBody } from '../snapshot';

const VSIX = join(ROOT, 'wsis-submission-checker.vsix');
const CLI = join(ROOT, 'dist', 'cli.js');
const EXTENSION_ID = 'wsis-tools.wsis-submission-checker';

/** The workspace files, and the fixture each is a copy of ('' = written here). */
const FILES = {
  problems: { name: 'draft-with-problems.wsis.md', from: 'examples/draft-with-problems.wsis.md' },
  clean: { name: 'clean-submission.wsis.md', from: 'test/fixtures/clean-submission.wsis.md' },
  paste: { name: 'pasted-from-word.wsis.md', from: 'examples/pasted-from-word.wsis.md' },
  fixes: { name: 'draft-to-fix.wsis.md', from: 'examples/draft-with-problems.wsis.md' },
  fresh: { name: 'new-submission.wsis.md', from: '' },
  plain: { name: 'plain-draft.md', from: 'test/fixtures/rules/disclaimer/missing.md' },
  notes: { name: 'meeting-notes.md', from: '' },
  restart: { name: 'restart-draft.wsis.md', from: 'test/fixtures/rules/disclaimer/missing.md' },
} as const;

const NOTES = ['# Meeting notes', '', 'Part 3: agree the agenda for the next retreat.', '', '- book the room', '- send the invitations', ''].join('\n');
const DISCLAIMER =
  "DISCLAIMER: The views presented here are the contributors' and do not necessarily reflect the views and position of the United Nations or the United Nations Conference on Trade and Development.";

/** What a screen row or the CLI says about one problem, as one comparable line. */
interface Finding {
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}
const show = (f: Finding) => `${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`;
const sorted = (fs: Finding[]) => fs.map(show).sort();
const fromScreen = (ps: Problem[]): Finding[] => ps.map((p) => ({ line: p.line, column: p.column, severity: p.severity, code: p.code, message: p.message }));

/** The same build's CLI on a file: its findings (JSON), and its text summary. */
function cli(file: string): { findings: Finding[]; summary: string } {
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args, file], { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`wsis-lint ${args.join(' ')} ${file} failed (exit ${r.status}): ${r.stderr}`);
    return r.stdout;
  };
  const [report] = JSON.parse(run(['--format', 'json'])) as { diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[];
  assert.ok(report, `wsis-lint --format json ${file} printed no report`);
  const findings = report.diagnostics.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity, code: d.rule, message: d.message }));
  return { findings, summary: run([]).trim().split('\n').pop() ?? '' };
}

/** What the CLI's --fix makes of `text` (the engine's fix loop, as "Fix all WSIS problems" uses it). */
function cliFixed(text: string, name: string): string {
  const file = join(tempFolder('wsis-e2e-fix-'), name);
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, [CLI, '--fix', file], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`wsis-lint --fix failed (exit ${r.status}): ${r.stderr}`);
  return readFileSync(file, 'utf8');
}

/** The snippet `name` of snippets/wsis.code-snippets as inserted with every placeholder left as is. */
function snippetText(prefix: string): string {
  // The template snippets are written by the language server for today's date (engine/dated-snippets.ts).
  const snippet = datedSnippets(new Date()).find((s) => s.prefix === prefix);
  assert.ok(snippet !== undefined, `no dated snippet ${prefix}`);
  return snippet.body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

/** 1-based line and column of the first `needle` in `text` (plus `offset` characters). */
function positionOf(text: string, needle: string, offset = 0): { line: number; column: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${JSON.stringify(needle)} not in the fixture`);
  const before = text.slice(0, i + offset);
  return { line: before.split('\n').length, column: i + offset - before.lastIndexOf('\n') };
}

// ---------------------------------------------------------------------------------------
// The Problems panel, whole: it renders only the rows in view (about 11 in a normal panel),
// so these filter it to one file (the filter box takes a glob) and maximize it while reading.
// ---------------------------------------------------------------------------------------

async function panelMaximized(page: Page): Promise<boolean> {
  return !(await page.locator('.part.editor').isVisible());
}

/**
 * Maximizes or restores the panel with its title bar button ("Maximize Panel Size" /
 * "Restore Panel Size"). Not "View: Toggle Maximized Panel": run from the palette it
 * maximizes, but run again it leaves the panel maximized (seen here, code-server 4.96).
 */
async function setPanelMaximized(page: Page, maximized: boolean): Promise<void> {
  if ((await panelMaximized(page)) === maximized) return;
  await page.locator(`.part.panel .title .action-label[aria-label^="${maximized ? 'Maximize' : 'Restore'} Panel Size"]`).click();
  await page.mouse.move(20, 600); // off the button, onto the empty activity bar: no tooltip in the screenshots
  await pollUntil(async () => (await panelMaximized(page)) === maximized, { timeoutMs: 10_000, what: `the panel to be ${maximized ? 'maximized' : 'restored'}` });
}

/** Filters the Problems panel to `file` (a glob in its filter box) and waits until only its rows show. */
async function filterToFile(page: Page, file: string): Promise<void> {
  const glob = `**/${file}`;
  const input = page.locator('.panel input[aria-label="Filter Problems"]');
  // The panel says "Showing N of M" only when the filter hides something; wait for the rows instead.
  // Typed again while the box does not hold the glob: seen in CI and here (about one run in three),
  // the box was empty after the fill when the panel redrew as the previous test's settings changed.
  // (The box is read only when it shows: Playwright's inputValue waits up to 30 s for one to appear.)
  const boxText = async (): Promise<string | undefined> => ((await input.isVisible()) ? input.inputValue({ timeout: 1000 }).catch(() => undefined) : undefined);
  let seen = '';
  await pollUntil(async () => {
    if ((await boxText()) !== glob) await filterProblems(page, glob);
    const files = (await readProblems(page)).map((p) => p.file);
    seen = `box "${(await boxText()) ?? '(not shown)'}", rows of ${JSON.stringify([...new Set(files)])}`;
    return files.every((f) => f === file);
  }, { timeoutMs: 10_000, what: () => `the Problems panel filtered to ${file} (${seen})` });
}

/**
 * Waits until `file`'s problems in the Problems panel (all of them: filtered, panel maximized)
 * satisfy `predicate`; returns them. The panel is restored afterwards.
 */
async function waitForProblemsOf(page: Page, file: string, predicate: (ps: Problem[]) => boolean, what: string, timeoutMs = 30_000): Promise<Problem[]> {
  await filterToFile(page, file);
  await setPanelMaximized(page, true);
  try {
    let last: Problem[] = [];
    return await pollUntil(async () => {
      last = (await readProblems(page)).filter((p) => p.file === file);
      return predicate(last) ? last : undefined;
    }, { timeoutMs, intervalMs: 250, what: () => `${what} in ${file} (seen: ${JSON.stringify(last.map((p) => `${p.line}:${p.column} ${p.code}`))})` });
  } finally {
    await setPanelMaximized(page, false);
  }
}

/** Waits until `file`'s problems on screen are exactly `expected` (any order). */
async function waitForExactProblems(page: Page, file: string, expected: Finding[], what: string): Promise<Problem[]> {
  const want = JSON.stringify(sorted(expected));
  return waitForProblemsOf(page, file, (ps) => JSON.stringify(sorted(fromScreen(ps))) === want, `${what}: ${want}`);
}

// ---------------------------------------------------------------------------------------
// Other screen readings
// ---------------------------------------------------------------------------------------

/** The few DOM members the page callbacks use (the project's tsconfig has no DOM lib). */
interface El {
  className: string;
  textContent: string | null;
  style: { top: string };
  parentElement: El | null;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
}

/** The squiggles drawn in the editor: severity and the text of the line each lies on (lines in view only). */
async function squiggles(page: Page): Promise<{ severity: string; line: string }[]> {
  return page.locator('.editor-instance .monaco-editor .overflow-guard').first().evaluate((node) => {
    const root = node as unknown as El;
    // Decorations sit in `.view-overlays > div` rows and text in `.view-line`s, each row at its line's `top`.
    const lineAt = new Map<string, string>();
    for (const l of Array.from(root.querySelectorAll('.view-lines .view-line'))) lineAt.set(l.style.top, (l.textContent ?? '').replace(/\u00a0/g, ' '));
    return Array.from(root.querySelectorAll('.view-overlays [class*="squiggly-"]')).map((s) => ({
      severity: (/squiggly-(\w+)/.exec(s.className) ?? ['', ''])[1],
      line: lineAt.get(s.parentElement?.style.top ?? '') ?? '',
    }));
  });
}

/** The extension's word count in the status bar ('' when hidden: the active file is not checked). */
async function wordCount(page: Page): Promise<string> {
  const item = page.locator(`[id="${EXTENSION_ID}.wsis.wordCount"]`);
  if (!(await item.isVisible())) return '';
  return (await item.innerText({ timeout: 1000 }).catch(() => '')).trim(); // it may go in between
}

/** Waits for the status bar's language mode (it follows a new active editor a moment later). */
async function waitForLanguageMode(page: Page, mode: string): Promise<void> {
  let last = '';
  await pollUntil(async () => (last = await languageMode(page)) === mode, { timeoutMs: 10_000, what: () => `the language mode ${mode} (seen: ${last})` });
}

/** Collapses or expands the Explorer's folder section (the Outline below it gets the room). */
async function setFoldersExpanded(page: Page, expanded: boolean): Promise<void> {
  const header = page.locator('.sidebar .pane-header[aria-label^="Explorer Section"]');
  if ((await header.getAttribute('aria-expanded')) === String(expanded)) return;
  await header.click();
  await pollUntil(async () => (await header.getAttribute('aria-expanded')) === String(expanded), { timeoutMs: 5000, what: 'the Explorer section to toggle' });
}

/** Waits for a setting change written to .vscode/settings.json to reach the workbench: a marker ruler written with it shows. */
async function updateSettingsAndWait(page: Page, folder: string, patch: Record<string, unknown>, marker: number | null): Promise<void> {
  await updateWorkspaceSettings(page, folder, { ...patch, 'editor.rulers': marker === null ? null : [marker] });
  const rulers = page.locator('.editor-instance .monaco-editor .view-ruler');
  await pollUntil(async () => ((await rulers.count()) > 0) === (marker !== null), { timeoutMs: 30_000, what: `the workspace settings to apply (ruler ${marker === null ? 'gone' : 'shown'})` });
}

// ---------------------------------------------------------------------------------------

describe('WSIS Submission Checker in VS Code for the Web', { timeout: 600_000 }, () => {
  let server: CodeServer;
  let page: Page | undefined;
  let consoleErrors: string[] = [];
  let workspace: string;
  const path = (f: { name: string }) => join(workspace, f.name);
  const original = (f: { from: string }) => readFileSync(join(ROOT, f.from), 'utf8');
  const t0 = Date.now();
  const lap = (what: string) => console.log(`[e2e extension +${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);
  const shot = async (name: string) => console.log(`screenshot: ${await screenshot(page!, `extension-${name}`)}`);

  before(async () => {
    if (process.env.E2E_SKIP_BUILD !== '1') {
      const { code, output } = await runToEnd('npm', ['run', 'package'], { cwd: ROOT, timeoutMs: 300_000 });
      if (code !== 0) throw new Error(`npm run package failed (exit ${code}):\n${output}`);
      lap(`built and packaged ${VSIX} (${Math.round(statSync(VSIX).size / 1024)} KB)`);
    }
    assert.ok(existsSync(VSIX) && existsSync(CLI), `${VSIX} and ${CLI} must exist (npm run package)`);

    workspace = tempFolder('wsis-e2e-ws-');
    for (const f of Object.values(FILES)) if (f.from) copyFileSync(join(ROOT, f.from), path(f));
    writeFileSync(path(FILES.fresh), '');
    writeFileSync(path(FILES.notes), NOTES);
    // An empty workspace settings file from the start: the workbench then applies changes to it in a moment.
    mkdirSync(join(workspace, '.vscode'));
    writeFileSync(join(workspace, '.vscode', 'settings.json'), '{}\n');

    server = await startCodeServer({ workspace, vsix: [VSIX] });
    lap(`code-server answers on ${server.url}`);
    ({ page, consoleErrors } = await openWorkbench(server, { file: path(FILES.problems) }));
    lap(`workbench drawn with ${FILES.problems.name} open`);
  });

  after(async () => {
    if (consoleErrors.length > 0) console.log(`console errors in the page (not failures):\n  ${consoleErrors.slice(0, 20).join('\n  ')}`);
    await stopAll();
    lap('stopped everything');
  });

  // What a step left open (a menu, a hover, the command palette) goes before the next.
  beforeEach(async () => {
    if (page && !page.isClosed()) for (let i = 0; i < 2; i++) await escape(page);
  });

  it('1. lists the draft\'s problems in the Problems panel and draws squiggles', () => withFailureScreenshot(page, 'extension-1-problems', async () => {
    const file = FILES.problems.name;
    await openFile(page!, file);
    const expected = cli(path(FILES.problems)).findings;
    // Anchors this file relies on (the example draft's known problems).
    for (const [line, code] of [[1, 'cover-commission'], [6, 'cover-session-year'], [12, 'disclaimer'], [20, 'part-missing']] as const) {
      assert.ok(expected.some((f) => f.line === line && f.code === code), `the CLI no longer reports ${code} on line ${line} of ${file}`);
    }
    const problems = await waitForExactProblems(page!, file, expected, 'the CLI\'s findings');
    lap(`${problems.length} problems in the Problems panel`);
    assert.ok(problems.every((p) => p.source === 'wsis'), 'every problem comes from the source "wsis"');
    const disclaimer = problems.find((p) => p.code === 'disclaimer')!;
    assert.equal(disclaimer.severity, 'error');
    assert.match(disclaimer.ariaLabel, /^Error: The disclaimer is missing: .* at line 12 and character 1\. generated by wsis$/);
    assert.match(server.extensionHostLog(), new RegExp(`_doActivateExtension ${EXTENSION_ID.replace(/\./g, '\\.')}`));
    await setPanelMaximized(page!, true);
    await shot('1-problems-all');
    await setPanelMaximized(page!, false);

    // The squiggles: each severity drawn, on the lines the problems are on.
    await gotoLine(page!, 1, 1);
    const drawn = await pollUntil(async () => {
      const s = await squiggles(page!);
      return ['error', 'warning', 'info'].every((sev) => s.some((x) => x.severity === sev)) ? s : undefined;
    }, { timeoutMs: 15_000, what: 'error, warning and info squiggles in the editor' });
    assert.ok(await page!.locator('.editor-instance .squiggly-error').count() > 0);
    const on = (severity: string, start: string) => drawn.some((s) => s.severity === severity && s.line.startsWith(start));
    assert.ok(on('error', '**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CTSD)**'), `an error squiggle on line 1 (seen: ${JSON.stringify(drawn)})`);
    assert.ok(on('info', '#### **Part One:'), 'an info squiggle under the Part One heading');
    assert.ok(on('warning', "The partnership's [Library Connect toolkit](#)"), 'a warning squiggle on the empty link');
    await shot('1-problems-squiggles');
  }));

  it('2. shows one outline: Markdown\'s headings for a Markdown draft, ours (cover, disclaimer, Parts) for a Word paste', () => withFailureScreenshot(page, 'extension-2-outline', async () => {
    await openFile(page!, FILES.clean.name);
    // The clean fixture: checked (with the cursor in Part One, the server's word count names it), and not one problem.
    await gotoLine(page!, positionOf(original(FILES.clean), 'In 2025 the Example').line, 1);
    await pollUntil(async () => /^Part One \d+\/300 · Body \d+\/2,400 words · ~\d+ pages?$/.test(await wordCount(page!)), { timeoutMs: 15_000, what: 'the word count of the clean submission' });
    assert.deepEqual(await waitForProblemsOf(page!, FILES.clean.name, () => true, 'the panel'), []);
    await setFoldersExpanded(page!, false);
    try {
      // Drafts are Markdown documents: VS Code's Markdown outline lists their headings, and ours
      // stays out of it (two trees side by side, each under its provider's name, otherwise).
      // (Markdown's outline labels a heading with its marks.)
      const headings = await waitForOutline(page!, (items) => items.some((i) => i.label.startsWith('### (b)')));
      assert.deepEqual(headings.map((i) => [i.level, i.label]), [
        [1, '## Part One: An executive summary'],
        [1, '## Part Two: A brief analytical overview'],
        [1, '## Part Three: A brief description'],
        [2, '### (a) Innovative policies, programmes and projects'],
        [2, '### (b) Future actions or initiatives'],
      ]);
      await shot('2-outline-markdown');

      // A Word paste has no Markdown headings, so Markdown's outline is empty: ours is the one tree.
      await openFile(page!, FILES.paste.name);
      const outline = await waitForOutline(page!, (items) => items.some((i) => i.label === '(b)') && items.some((i) => i.label === 'Footnote 2'));
      assert.deepEqual(outline.map((i) => [i.level, i.label, i.kind]), [
        [1, 'Cover', 'module'],
        [2, 'Commission', 'field'],
        [2, 'Session', 'field'],
        [2, 'Title', 'field'],
        [2, 'Submission by', 'field'],
        [2, 'Input paragraph', 'field'],
        [1, 'Disclaimer', 'constant'],
        [1, 'Part One', 'namespace'],
        [1, 'Part Two', 'namespace'],
        [1, 'Part Three', 'namespace'],
        [2, '(a)', 'namespace'],
        [2, '(b)', 'namespace'],
        [1, 'Footnotes', 'array'],
        [2, 'Footnote 1', 'key'],
        [2, 'Footnote 2', 'key'],
        [2, 'Footnote 3', 'key'],
        [2, 'Footnote 4', 'key'],
      ]);
      const detail = (label: string) => outline.find((i) => i.label === label)?.detail;
      assert.equal(detail('Part One'), 'An executive summary');
      assert.equal(detail('Part Three'), 'A brief description');
      assert.equal(detail('(a)'), 'Innovative policies, programmes and projects');
      assert.equal(detail('(b)'), 'Future actions or initiatives');
      assert.equal(detail('Submission by'), 'Global Digital Inclusion Network (GDIN)');
      // A click on "Part Three" takes the cursor to its heading.
      const heading = positionOf(original(FILES.paste), 'Part Three: A brief description');
      await page!.locator('.outline-pane .monaco-list-row').filter({ has: page!.locator('.label-name').getByText('Part Three', { exact: true }) }).click();
      await pollUntil(async () => (await statusBarCursor(page!))?.line === heading.line, { timeoutMs: 10_000, what: `the cursor on line ${heading.line} (Part Three)` });
      // The breadcrumbs above the editor follow the cursor into the symbol.
      const crumbs = page!.locator('.editor-group-container .breadcrumbs-control .monaco-breadcrumb-item');
      let seen: string[] = [];
      await pollUntil(async () => (seen = (await crumbs.allInnerTexts()).map((t) => t.trim())).at(-1) === 'Part Three', {
        timeoutMs: 10_000, what: () => `the breadcrumbs to end in Part Three (seen: ${JSON.stringify(seen)})`,
      });
      await shot('2-outline-word-paste');
    } finally {
      await setFoldersExpanded(page!, true);
    }
  }));

  it('3. inserts the missing disclaimer from the light bulb, then fixes the rest on save', () => withFailureScreenshot(page, 'extension-3-fixes', async () => {
    const file = FILES.fixes.name;
    const before = original(FILES.fixes);
    await openFile(page!, file);
    const initial = await waitForProblemsOf(page!, file, (ps) => ps.some((p) => p.code === 'disclaimer'), 'the disclaimer problem');

    // The light bulb shows on the line, Ctrl+. lists the fixes.
    await gotoLine(page!, 12, 1);
    await page!.locator('.editor-instance .lightBulbWidget').waitFor({ state: 'visible', timeout: 10_000 });
    const titles = await quickFixTitles(page!, 12, 1);
    assert.deepEqual(titles, ['Insert the disclaimer', 'Disable disclaimer for this line', 'Fix all WSIS problems']);
    await shot('3-quickfix-menu');
    await escape(page!);
    await applyQuickFix(page!, 12, 1, 'Insert the disclaimer');
    await waitForEditorLines(page!, (lines) => lines.includes(DISCLAIMER));
    const afterFix = await waitForProblemsOf(page!, file, (ps) => !ps.some((p) => p.code === 'disclaimer'), 'no disclaimer problem');
    // Only that one went; the text is changed in the editor, not yet on disk.
    assert.deepEqual(afterFix.map((p) => p.code).sort(), initial.filter((p) => p.code !== 'disclaimer').map((p) => p.code).sort());
    assert.equal(await activeEditorDirty(page!), true);
    assert.equal(readFileSync(path(FILES.fixes), 'utf8'), before);
    await shot('3-quickfix-applied');

    // "Fix all" on save, turned on in the workspace settings (and off again whatever happens).
    await updateSettingsAndWait(page!, workspace, { 'editor.codeActionsOnSave': { 'source.fixAll.wsis': 'explicit' } }, 100);
    try {
      await saveActiveEditor(page!);
    } finally {
      await updateSettingsAndWait(page!, workspace, { 'editor.codeActionsOnSave': null }, null);
    }
    const expected = cliFixed(before, file);
    const saved = await waitForFile(path(FILES.fixes), (text) => text === expected, 15_000);
    for (const s of ['(CSTD)', 'efforts in 2025', '(to the 29<sup>th</sup> session', DISCLAIMER, '\n## Part One: ', '\n## Part Two: A brief analytical overview\n', '\n## Part Three: ']) {
      assert.ok(saved.includes(s), `the saved draft has ${JSON.stringify(s)}`);
    }
    assert.equal(saved.split(DISCLAIMER).length, 2, 'the disclaimer is there once');
    const remaining = cli(path(FILES.fixes));
    assert.doesNotMatch(remaining.summary, /can be fixed/, 'nothing fixable is left (CLI on the saved file)');
    await waitForExactProblems(page!, file, remaining.findings, 'the CLI\'s findings on the saved draft');
    assert.equal(await activeEditorDirty(page!), false);
    await gotoLine(page!, 1, 1);
    await waitForEditorLines(page!, (lines) => lines[0] === '**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)**');
    await shot('3-fix-all-on-save');
  }));

  it('4. expands the wsis-submission snippet into the whole skeleton', () => withFailureScreenshot(page, 'extension-4-snippet', async () => {
    const file = FILES.fresh.name;
    await openFile(page!, file);
    await waitForProblemsOf(page!, file, (ps) => ps.some((p) => p.code === 'part-missing'), 'the empty draft\'s problems');
    await gotoLine(page!, 1, 1);
    await typeText(page!, 'wsis-submission');
    const items = await triggerSuggest(page!);
    const item = items.find((i) => i.label === 'wsis-submission');
    assert.ok(item, `no wsis-submission in ${JSON.stringify(items)}`);
    assert.equal(item.kind, 'snippet');
    assert.match(item.ariaLabel, /^wsis-submission\b/);
    await shot('4-snippet-suggest');
    const focused = page!.locator('.suggest-widget.visible .monaco-list-row.focused .label-name');
    assert.equal((await focused.innerText()).trim(), 'wsis-submission');
    await page!.keyboard.press('Tab');
    await page!.locator('.suggest-widget.visible').waitFor({ state: 'hidden' });
    await waitForEditorLines(page!, (lines) => lines[0] === '**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)**');
    await escape(page!); // leave the snippet's placeholders as they are
    // Checked as it stands, unsaved: the structure is complete, what is left is the placeholders' own complaints.
    const expected = snippetText('wsis-submission');
    const scratch = join(tempFolder('wsis-e2e-snippet-'), file);
    writeFileSync(scratch, expected);
    const remaining = cli(scratch).findings;
    for (const code of ['cover-commission', 'cover-title', 'cover-submitter', 'cover-input-paragraph', 'disclaimer', 'part-missing']) {
      assert.ok(!remaining.some((f) => f.code === code), `the skeleton has no ${code} problem`);
    }
    await waitForExactProblems(page!, file, remaining, 'the CLI\'s findings on the skeleton (unsaved)');
    assert.equal(await activeEditorDirty(page!), true);
    await shot('4-snippet-inserted');
    await saveActiveEditor(page!);
    const saved = await waitForFile(path(FILES.fresh), (text) => text === expected);
    const session = expected.split('\n').find((l) => /session\*\*$/.test(l)) ?? '(no session line)';
    for (const s of ['**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)**', session, '**Submission by**', 'This submission was prepared as an input', DISCLAIMER,
      '\n## Part One: An executive summary\n', '\n## Part Two: A brief analytical overview\n', '\n## Part Three: A brief description\n', '\n### (a) ', '\n### (b) ']) {
      assert.ok(saved.includes(s), `the skeleton has ${JSON.stringify(s)}`);
    }
    await waitForExactProblems(page!, file, cli(path(FILES.fresh)).findings, 'the CLI\'s findings on the saved skeleton');
    // The Outline follows: the skeleton's headings, the three Parts with (a) and (b) (Markdown's outline: one tree).
    await setFoldersExpanded(page!, false);
    try {
      const outline = await waitForOutline(page!, (items) => items.some((i) => i.label.startsWith('### (b)')));
      assert.deepEqual(outline.filter((i) => i.level === 1).map((i) => i.label.replace(/:.*/, '')), ['## Part One', '## Part Two', '## Part Three']);
      await shot('4-snippet-saved');
    } finally {
      await setFoldersExpanded(page!, true);
    }
  }));

  it('5. hovering a footnote reference shows its definition; F12 goes to it', () => withFailureScreenshot(page, 'extension-5-footnote', async () => {
    const text = original(FILES.clean);
    const ref = positionOf(text, '[^1]', 2); // on the "1"
    const def = positionOf(text, '[^1]:');
    await openFile(page!, FILES.clean.name);
    const hover = await hoverAt(page!, ref.line, ref.column, { contains: 'Footnote 1' });
    // The definition's text, as Markdown renders it (the <...> autolink without its brackets).
    assert.equal(hover, 'Footnote 1\n\nExample Digital Foundation (2025), Annual Report. Available at: https://example.org/annual-report-2025');
    await shot('5-hover');
    await escape(page!);
    await gotoLine(page!, ref.line, ref.column);
    await page!.keyboard.press('F12');
    const cursor = await pollUntil(async () => {
      const c = await statusBarCursor(page!);
      return c?.line === def.line ? c : undefined;
    }, { timeoutMs: 10_000, what: `the cursor on line ${def.line} after F12` });
    assert.deepEqual(cursor, { line: def.line, column: 1 });
    assert.equal(await page!.locator('#status\\.editor\\.selection').innerText(), `Ln ${def.line}, Col 1`);
    assert.ok((await visibleEditorLines(page!)).some((l) => l.startsWith('[^1]: Example Digital Foundation')));
    await shot('5-f12-definition');
  }));

  it('6. the grammar scopes a Part heading and a footnote reference', () => withFailureScreenshot(page, 'extension-6-tokens', async () => {
    const text = original(FILES.clean);
    const heading = positionOf(text, '## Part One', 3);
    const ref = positionOf(text, '[^1]', 2);
    const plain = positionOf(text, 'In 2025 the Example');
    await openFile(page!, FILES.clean.name);
    const part = await inspectTokenAt(page!, heading.line, heading.column);
    // Drafts are Markdown documents; the WSIS scopes are injected into Markdown's grammar.
    assert.equal(part.language, 'markdown');
    assert.equal(part.text, 'Part One: An executive summary');
    assert.ok(part.scopes.includes('markup.heading.part.wsis'), `scopes: ${part.scopes.join(' ')}`);
    assert.equal(part.scopes.at(-1), 'text.html.markdown');
    const footnote = await inspectTokenAt(page!, ref.line, ref.column);
    assert.equal(footnote.text, '1');
    assert.ok(footnote.scopes.includes('markup.footnote.reference.wsis'), `scopes: ${footnote.scopes.join(' ')}`);
    assert.match(footnote.scopes[0] ?? '(no scope)', /^constant\.[\w.-]+\.footnote\.wsis$/, `the label's own scope (scopes: ${footnote.scopes.join(' ')})`);
    // The theme colours the heading unlike the body text.
    const body = await inspectTokenAt(page!, plain.line, plain.column);
    assert.deepEqual(body.scopes, ['meta.paragraph.markdown', 'text.html.markdown']);
    assert.notEqual(part.rows['foreground'], body.rows['foreground']);
    console.log(`foreground: Part heading ${part.rows['foreground']} (${part.rows['font style'] ?? 'regular'}), footnote reference ${footnote.rows['foreground']}, body ${body.rows['foreground']}`);
    // The inspector open on the footnote reference, for the screenshot.
    await gotoLine(page!, ref.line, ref.column);
    await runCommand(page!, 'Developer: Inspect Editor Tokens and Scopes');
    await page!.locator('.token-inspect-widget .tiw-metadata-scopes').waitFor({ state: 'visible' });
    await shot('6-tokens-footnote-reference');
    await escape(page!);
    await page!.locator('.token-inspect-widget').waitFor({ state: 'hidden' });
  }));

  it('7. checks a plain .md draft in auto mode, and leaves an unrelated .md file alone', () => withFailureScreenshot(page, 'extension-7-markdown', async () => {
    // The fixture's own snapshot (test/diagnostic-snapshot.ts): range, severity, rule and message of each.
    const expected = parseDiagnosticLines(snapshotBody(readFileSync(join(ROOT, 'test/fixtures/rules/disclaimer/missing.expected'), 'utf8')));
    await openFile(page!, FILES.plain.name);
    await waitForLanguageMode(page!, 'Markdown');
    const problems = await waitForProblemsOf(page!, FILES.plain.name, (ps) => ps.length === expected.length, `${expected.length} problem(s)`);
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.code, p.source]), expected.map((e) => [e.line, e.column, e.rule, 'wsis']));
    problems.forEach((p, i) => assert.equal(p.message, expected[i]?.message));
    await pollUntil(async () => /Body \d+/.test(await wordCount(page!)), { timeoutMs: 10_000, what: 'the word count for the plain draft' });
    await shot('7-plain-md-checked');

    // The unrelated file: the server answers that it is not checked (the word count goes), and it has no problems.
    await openFile(page!, FILES.notes.name);
    await waitForLanguageMode(page!, 'Markdown');
    await pollUntil(async () => (await wordCount(page!)) === '', { timeoutMs: 10_000, what: 'the word count to hide for meeting-notes.md' });
    assert.deepEqual(await waitForProblemsOf(page!, FILES.notes.name, () => true, 'the panel'), []);
    await shot('7-unrelated-md-not-checked');

    // The contrast: with `always` the same file is checked (so the silence above was auto mode's doing); back to auto, it is not.
    await updateWorkspaceSettings(page!, workspace, { 'wsis.markdown.enable': 'always' });
    try {
      const flagged = await waitForProblemsOf(page!, FILES.notes.name, (ps) => ps.some((p) => p.code === 'disclaimer'), 'problems under "always"');
      assert.ok(flagged.some((p) => p.code === 'cover-commission'));
      await pollUntil(async () => /Body \d+/.test(await wordCount(page!)), { timeoutMs: 10_000, what: 'the word count under "always"' });
      await shot('7-unrelated-md-always');
    } finally {
      await updateWorkspaceSettings(page!, workspace, { 'wsis.markdown.enable': null });
    }
    await waitForProblemsOf(page!, FILES.notes.name, (ps) => ps.length === 0, 'no problems back in auto mode');
    await pollUntil(async () => (await wordCount(page!)) === '', { timeoutMs: 10_000, what: 'the word count to hide again' });
    await waitForProblemsOf(page!, FILES.plain.name, (ps) => ps.length === expected.length, 'the plain draft still checked');
  }));

  it('8. restarts the language server when it dies, says so once, and the problems come back', () => withFailureScreenshot(page, 'extension-8-restart', async () => {
    const file = FILES.restart.name;
    const RESTARTED = 'has been restarted';
    // The server the extension started: node running the installed extension's dist/server.js.
    const serverPids = (): number[] =>
      spawnSync('pgrep', ['-f', 'wsis-submission-checker.*dist/server\\.js'], { encoding: 'utf8' })
        .stdout.split('\n')
        .filter((l) => l.trim() !== '')
        .map(Number);
    // Every notification toast the page shows from now on that says so, counted as it appears (toasts hide
    // after a while, and the notification centre keeps only the last of two equal messages).
    await page!.evaluate(`(() => {
      const seen = new WeakSet();
      globalThis.__wsisRestartToasts = 0;
      new MutationObserver(() => {
        for (const toast of document.querySelectorAll('.notifications-toasts .notification-toast')) {
          if (!seen.has(toast) && (toast.textContent || '').includes(${JSON.stringify(RESTARTED)})) {
            seen.add(toast);
            globalThis.__wsisRestartToasts++;
          }
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    })()`);
    const toastsShown = async (): Promise<number> => Number(await page!.evaluate('globalThis.__wsisRestartToasts'));
    await openFile(page!, file);
    const checked = await waitForProblemsOf(page!, file, (ps) => ps.some((p) => p.code === 'disclaimer'), 'the draft checked before the crash');
    let disclaimerLine = checked.find((p) => p.code === 'disclaimer')!.line;

    /**
     * Kills the running server and waits for a new one; then adds a line at the top of the draft
     * and waits for the disclaimer problem one line further down: only a live server can have said so.
     */
    const crash = async (which: string): Promise<void> => {
      const before = await pollUntil(() => (serverPids().length > 0 ? serverPids() : undefined), { timeoutMs: 10_000, what: 'the language server process' });
      for (const pid of before) process.kill(pid, 'SIGKILL');
      await pollUntil(() => serverPids().some((pid) => !before.includes(pid)) || undefined, { timeoutMs: 30_000, what: `a restarted language server (${which} crash)` });
      await focusEditor(page!);
      await page!.keyboard.press('Control+Home');
      await page!.keyboard.press('Enter');
      disclaimerLine++;
      await waitForProblemsOf(page!, file, (ps) => ps.some((p) => p.code === 'disclaimer' && p.line === disclaimerLine), `the problems from the server restarted after the ${which} crash`);
    };

    // The first crash: a new server process, the user told (one toast), and the draft's problems published again.
    await crash('first');
    await pollUntil(async () => (await toastsShown()) > 0 || undefined, { timeoutMs: 30_000, what: 'the notification that the server was restarted' });
    assert.equal(await toastsShown(), 1, 'one notification for the first restart');
    await shot('8-restarted');
    // The second crash: restarted again, and not told again ("once per session").
    await crash('second');
    assert.equal(await toastsShown(), 1, 'no second notification for the second restart');
  }));
});

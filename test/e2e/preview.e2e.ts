// End-to-end tests of the Markdown preview of a draft and of drafts as Markdown documents: the
// production .vsix in a real VS Code for the Web (code-server), driven in Debian's chromium.
//   1. the preview opens from the editor title button on a draft, and renders it as submitted:
//      the cover block centred and bold, the disclaimer, the Parts as headings, every footnote of
//      the example numbered as the Word export numbers it, with links both ways, and the pages
//   2. it follows the draft as it changes: a new note renumbers the notes after it
//   3. it opens from the command palette too; the status bar shows the pages beside the words
//   4. typing a sentence in a draft opens no word suggestions (it does in a plain text file)
//   5. a curly quote and a non-breaking space pasted from Word are not boxed (they are in code)
//   6. the other way, tried too: drafts in a language of their own (`wsis`, by files.associations)
//      keep the preview button, and the outline is ours alone
//   7. wsis.preview.showProblems: a paragraph with a problem has a mark in the margin, its message as the title
//   8. "[wsis]" settings from before drafts were Markdown: the extension offers, once, to move them to "[markdown]"
//
// The preview is a webview: an iframe in the workbench whose own inner iframe holds the rendered
// document (`.markdown-body` under `#active-frame`); previewFrame() finds it among the page's frames.
//
// Run: bash scripts/e2e/run.sh test/e2e/preview.e2e.ts
//   E2E_SKIP_BUILD=1 reuses wsis-submission-checker.vsix as it is (no `npm run package`).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { exportedFootnotes, parseSubmission } from '../../server/src/engine';
import { estimateModelPages } from '../../server/src/engine/pages';
import {
  ROOT, escape, gotoLine, previewFrame, languageMode, openFile, openWorkbench, pollUntil, runCommand, runToEnd, screenshot, startCodeServer, stopAll,
  reloadWindow, tempFolder, typeText, updateWorkspaceSettings, waitForEditorLines, waitForOutline, withFailureScreenshot, type CodeServer,
} from './harness';

const VSIX = join(ROOT, 'wsis-submission-checker.vsix');
const EXTENSION_ID = 'wsis-tools.wsis-submission-checker';
const DRAFT = { name: 'submission-2026.wsis.md', from: 'examples/submission-2026.wsis.md' };
const PROBLEMS = { name: 'draft-with-problems.wsis.md', from: 'examples/draft-with-problems.wsis.md' };
const TEXT_FILE = 'notes.txt';
/** Code, where VS Code boxes ambiguous and invisible characters (it does not in plain text and Markdown, nor in comments and strings). */
const CODE_FILE = 'network.py';

/** What the preview shows, read in its frame. */
interface Rendered {
  pages: string;
  cover: { text: string; align: string; weight: string }[];
  disclaimer: string;
  parts: { tag: string; text: string }[];
  subsections: string[];
  /** Each reference: its caption and where it links. */
  refs: { text: string; href: string; id: string }[];
  /** Each note at the end: its id, its text without the back link, where the back link goes. */
  notes: { id: string; text: string; back: string }[];
}

/** The few DOM members the page callbacks use (the project's tsconfig has no DOM lib). */
interface El {
  textContent: string | null;
  tagName: string;
  id: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
  cloneNode(deep: boolean): El;
  remove(): void;
}
declare const document: El;
declare function getComputedStyle(e: El): { textAlign: string; fontWeight: string };

async function readPreview(frame: Frame): Promise<Rendered> {
  return frame.evaluate(() => {
    const text = (e: El | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const all = (s: string) => Array.from(document.querySelectorAll(s));
    return {
      pages: text(document.querySelector('.wsis-pages')),
      cover: all('.wsis-cover').map((e) => ({ text: text(e), align: getComputedStyle(e).textAlign, weight: getComputedStyle(e).fontWeight })),
      disclaimer: text(document.querySelector('.wsis-disclaimer')),
      parts: all('.wsis-part').map((e) => ({ tag: e.tagName.toLowerCase(), text: text(e) })),
      subsections: all('.wsis-subsection').map((e) => `${e.tagName.toLowerCase()} ${text(e)}`),
      refs: all('sup.footnote-ref a').map((a) => ({ text: text(a), href: a.getAttribute('href') ?? '', id: a.id })),
      notes: all('section.footnotes li.footnote-item').map((li) => {
        const copy = li.cloneNode(true);
        const back = copy.querySelector('a.footnote-backref');
        const href = back?.getAttribute('href') ?? '';
        back?.remove();
        return { id: li.id, text: text(copy), back: href };
      }),
    };
  });
}

/** Waits until the preview is open and what it shows satisfies `predicate`. */
async function waitForPreview(page: Page, predicate: (r: Rendered) => boolean, what: string, timeoutMs = 30_000): Promise<Rendered> {
  let last: Rendered | undefined;
  return pollUntil(async () => {
    const frame = await previewFrame(page);
    if (frame === undefined) return undefined;
    last = await readPreview(frame).catch(() => undefined);
    return last !== undefined && predicate(last) ? last : undefined;
  }, { timeoutMs, intervalMs: 300, what: () => `the preview to show ${what} (seen: ${JSON.stringify(last)?.slice(0, 1500)})` });
}

/** The extension's status bar item ('' when hidden). */
async function wordCount(page: Page): Promise<string> {
  const item = page.locator(`[id="${EXTENSION_ID}.wsis.wordCount"]`);
  if (!(await item.isVisible())) return '';
  return (await item.innerText({ timeout: 1000 }).catch(() => '')).trim();
}

/** The Markdown notes of a draft as the Word export numbers them: number -> definition text. */
function expectedNotes(text: string): string[] {
  return exportedFootnotes(parseSubmission(text)).map((n) => n.def.text.replace(/\s+/g, ' ').replace(/<(https?:[^>]+)>/g, '$1').trim());
}

/** Closes every editor, changes not saved (a test that failed half-way may leave one dirty). */
async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
  await pollUntil(async () => {
    if (await dontSave.isVisible()) await dontSave.click();
    return (await page.locator('.tabs-container .tab').count()) === 0;
  }, { timeoutMs: 15_000, what: 'every editor to close' });
}

describe('The Markdown preview of a draft, and drafts as Markdown documents', { timeout: 600_000 }, () => {
  let server: CodeServer;
  let page: Page | undefined;
  let workspace: string;
  const t0 = Date.now();
  const lap = (what: string) => console.log(`[e2e preview +${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);
  const shot = async (name: string) => console.log(`screenshot: ${await screenshot(page!, `preview-${name}`)}`);
  const original = readFileSync(join(ROOT, DRAFT.from), 'utf8');

  before(async () => {
    if (process.env.E2E_SKIP_BUILD !== '1') {
      const { code, output } = await runToEnd('npm', ['run', 'package'], { cwd: ROOT, timeoutMs: 300_000 });
      if (code !== 0) throw new Error(`npm run package failed (exit ${code}):\n${output}`);
      lap(`built and packaged ${VSIX} (${Math.round(statSync(VSIX).size / 1024)} KB)`);
    }
    assert.ok(existsSync(VSIX), `${VSIX} must exist (npm run package)`);
    workspace = tempFolder('wsis-e2e-preview-');
    copyFileSync(join(ROOT, DRAFT.from), join(workspace, DRAFT.name));
    copyFileSync(join(ROOT, PROBLEMS.from), join(workspace, PROBLEMS.name));
    writeFileSync(join(workspace, TEXT_FILE), 'The network operators trained the community network operators.\n');
    writeFileSync(join(workspace, CODE_FILE), 'operators = 1\n');
    // An empty workspace settings file from the start: the workbench then applies changes to it in a moment.
    mkdirSync(join(workspace, '.vscode'));
    writeFileSync(join(workspace, '.vscode', 'settings.json'), '{}\n');
    server = await startCodeServer({ workspace, vsix: [VSIX] });
    ({ page } = await openWorkbench(server, { file: join(workspace, DRAFT.name) }));
    lap('workbench drawn with the draft open');
  });

  after(async () => {
    await stopAll();
  });

  it('1. opens from the editor title button and renders the draft as submitted', () => withFailureScreenshot(page, 'preview-1-button', async () => {
    // A draft is a Markdown document (the status bar says Plain Text for a moment while the window loads).
    let mode = '';
    await pollUntil(async () => (mode = await languageMode(page!)) === 'Markdown', { timeoutMs: 30_000, what: () => `the language mode Markdown (seen: ${mode})` });
    const button = page!.locator('.editor-actions .action-label[aria-label^="Open Preview to the Side"]');
    await button.waitFor({ state: 'visible', timeout: 30_000 });
    await button.click();
    const notes = expectedNotes(original);
    assert.equal(notes.length, 4, 'the example has four footnotes');
    const r = await waitForPreview(page!, (x) => x.notes.length === notes.length && x.parts.length === 3, 'the Parts and the notes');
    // The cover block: every line centred and bold.
    assert.deepEqual(r.cover.map((c) => c.text), [
      'COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)',
      'Twenty-ninth session Geneva, 20 to 24 April 2026',
      'Submissions from entities in the United Nations system, international organizations and other stakeholders on their efforts in 2025 to implement the outcomes of the WSIS',
      'Submission by',
      'Global Digital Inclusion Network (GDIN)',
    ]);
    for (const c of r.cover) {
      assert.equal(c.align, 'center', `${c.text} is centred`);
      assert.ok(Number(c.weight) >= 600 || c.weight === 'bold', `${c.text} is bold (${c.weight})`);
    }
    assert.match(r.disclaimer, /^DISCLAIMER: The views presented here are the contributors'/);
    assert.deepEqual(r.parts, [
      { tag: 'h2', text: 'Part One: An executive summary' },
      { tag: 'h2', text: 'Part Two: A brief analytical overview' },
      { tag: 'h2', text: 'Part Three: A brief description' },
    ]);
    assert.deepEqual(r.subsections, ['h3 (a) Innovative policies, programmes and projects', 'h3 (b) Future actions or initiatives']);
    // Every footnote, numbered 1..4 in the text, listed at the end with its text, linked both ways.
    assert.deepEqual(r.refs.map((x) => x.text), ['1', '2', '3', '4']);
    r.refs.forEach((ref, i) => {
      const note = r.notes[i];
      assert.ok(note, `footnote ${ref.text} is not listed at the end`);
      assert.equal(ref.href, `#${note.id}`);
      assert.equal(note.back, `#${ref.id}`);
    });
    assert.deepEqual(r.notes.map((n) => n.text), notes);
    const pages = estimateModelPages(parseSubmission(original)).pages;
    assert.match(r.pages, new RegExp(`^About ${pages} pages? in Word · 388 words$`));
    await shot('1-opened-from-button');
    // The notes at the end, for the screenshot.
    const frame = (await previewFrame(page!))!;
    await frame.locator('section.footnotes').scrollIntoViewIfNeeded();
    await shot('1-footnotes');
  }));

  it('2. follows the draft as it changes: a new note is numbered where it stands', () => withFailureScreenshot(page, 'preview-2-update', async () => {
    // The editor is still the active group's editor; the preview is beside it.
    const lines = original.split('\n');
    const partOne = lines.findIndex((l) => l.startsWith('In 2025 the Global Digital Inclusion Network')) + 1;
    const partOneLine = lines[partOne - 1];
    assert.ok(partOneLine !== undefined, 'the draft has the Part One paragraph');
    await gotoLine(page!, partOne, partOneLine.length + 1);
    // insertText: as a paste, so Markdown's auto-closing of `<` does not come into it.
    await page!.keyboard.insertText(' A new finding.<sup>7</sup>');
    await gotoLine(page!, lines.length, 1);
    await page!.keyboard.press('End');
    await page!.keyboard.press('Enter');
    await page!.keyboard.insertText('<sup>7</sup> A new source of 2026.');
    await waitForEditorLines(page!, (ls) => ls.some((l) => l.startsWith('<sup>7</sup> A new source')));
    // The new note comes second (after Part One's note 1): the notes after it move on by one.
    const r = await waitForPreview(page!, (x) => x.notes.length === 5, 'five notes');
    assert.deepEqual(r.refs.map((x) => x.text), ['1', '2', '3', '4', '5']);
    const before = expectedNotes(original);
    assert.deepEqual(r.notes.map((n) => n.text), [before[0], 'A new source of 2026.', ...before.slice(1)]);
    assert.match(r.pages, /· 391 words$/);
    await shot('2-updated');
    await runCommand(page!, 'File: Revert File');
  }));

  it('3. opens from the command palette, and the status bar shows the pages beside the words', () => withFailureScreenshot(page, 'preview-3-palette', async () => {
    await closeAllEditors(page!);
    await pollUntil(async () => (await previewFrame(page!)) === undefined || undefined, { timeoutMs: 10_000, what: 'the preview to close' });
    await openFile(page!, DRAFT.name);
    await runCommand(page!, 'Markdown: Open Preview to the Side');
    const r = await waitForPreview(page!, (x) => x.notes.length === 4 && x.parts.length === 3, 'the saved draft (four notes)');
    assert.match(r.pages, /^About \d pages? in Word · 388 words$/);
    await gotoLine(page!, original.split('\n').findIndex((l) => l.startsWith('In 2025 the Global')) + 1, 1);
    const count = await pollUntil(async () => {
      const t = await wordCount(page!);
      return /^Part One \d+\/300 · Body 388\/2,400 words · ~\d pages?$/.test(t) ? t : undefined;
    }, { timeoutMs: 15_000, what: 'the word count with the pages' });
    assert.ok(count.endsWith(`~${estimateModelPages(parseSubmission(original)).pages} pages`), count);
    await shot('3-opened-from-palette');
  }));

  it('4. typing a sentence in a draft opens no word suggestions', () => withFailureScreenshot(page, 'preview-4-suggestions', async () => {
    const suggest = page!.locator('.suggest-widget.visible');
    // The contrast: in a plain text file, the same typing opens word suggestions.
    await openFile(page!, TEXT_FILE);
    await gotoLine(page!, 2, 1);
    await typeText(page!, 'The netw');
    await suggest.waitFor({ state: 'visible', timeout: 10_000 });
    await shot('4-text-file-suggests');
    await escape(page!);
    await runCommand(page!, 'File: Revert File');

    await openFile(page!, DRAFT.name);
    const body = original.split('\n').findIndex((l) => l.startsWith('Third, cooperation')) + 1;
    await gotoLine(page!, body, 1);
    const before = await wordCount(page!);
    await typeText(page!, 'The network operators trained community network operators. ');
    // The server has seen the words (the count moved on) by the time any suggestion would show.
    await pollUntil(async () => {
      const now = await wordCount(page!);
      return now !== before && now !== '' ? now : undefined;
    }, { timeoutMs: 15_000, what: `the word count to change from ${before}` });
    assert.equal(await suggest.count(), 0, 'no suggestion widget while typing prose');
    await shot('4-draft-no-suggestions');
    await runCommand(page!, 'File: Revert File');
  }));

  it('5. curly quotes and a non-breaking space are not boxed in a draft (they are in code)', () => withFailureScreenshot(page, 'preview-5-unicode', async () => {
    const line = 'The network\u2019s \u201Cpartners\u201D met\u00A0here.';
    const boxes = page!.locator('.editor-instance .monaco-editor .view-overlays .unicode-highlight, .editor-instance .monaco-editor .unicode-highlight');
    // The contrast: code boxes them.
    await openFile(page!, CODE_FILE);
    await gotoLine(page!, 2, 1);
    await page!.keyboard.insertText(line);
    await waitForEditorLines(page!, (ls) => ls.some((l) => l.includes('partners')));
    await pollUntil(async () => (await boxes.count()) > 0 || undefined, { timeoutMs: 10_000, what: 'the code file to box the characters' });
    const boxedInCode = await boxes.count();
    await shot('5-code-file-boxed');
    await runCommand(page!, 'File: Revert File');

    await openFile(page!, DRAFT.name);
    const body = original.split('\n').findIndex((l) => l.startsWith('Third, cooperation')) + 1;
    await gotoLine(page!, body, 1);
    const before = await wordCount(page!);
    await page!.keyboard.insertText(`${line} `);
    await waitForEditorLines(page!, (ls) => ls.some((l) => l.includes('partners')));
    await pollUntil(async () => {
      const now = await wordCount(page!);
      return now !== before && now !== '' ? now : undefined;
    }, { timeoutMs: 15_000, what: `the word count to change from ${before}` });
    assert.equal(await boxes.count(), 0, `no box in the draft (the code file had ${boxedInCode})`);
    await shot('5-draft-not-boxed');
    await runCommand(page!, 'File: Revert File');
  }));

  it('6. drafts associated with the wsis language: the preview button is there, and the outline is ours alone', () => withFailureScreenshot(page, 'preview-6-wsis-language', async () => {
    await closeAllEditors(page!);
    await updateWorkspaceSettings(page!, workspace, { 'files.associations': { '*.wsis.md': 'wsis' } });
    await openFile(page!, DRAFT.name);
    let mode = '';
    await pollUntil(async () => (mode = await languageMode(page!)) === 'WSIS Submission', { timeoutMs: 30_000, what: () => `the language mode WSIS Submission (seen: ${mode})` });
    const button = page!.locator('.editor-actions .action-label[aria-label^="Open Preview to the Side"]');
    await button.waitFor({ state: 'visible', timeout: 15_000 });
    await button.click();
    const r = await waitForPreview(page!, (x) => x.notes.length === 4 && x.parts.length === 3 && x.cover.length === 5, 'the draft in the wsis language');
    assert.deepEqual(r.refs.map((x) => x.text), ['1', '2', '3', '4']);
    // Markdown's outline does not take the wsis language: the tree is the checker's, alone.
    await gotoLine(page!, 1, 1); // the editor, not the preview beside it, is the active one
    // (Two providers' trees would stand under their names, "WSIS" and "Markdown", at the top.)
    const outline = await waitForOutline(page!, (items) => items[0]?.label === 'Cover' && items[0].level === 1);
    assert.ok(!outline.some((i) => i.label.startsWith('Part One:')), `one tree (seen: ${JSON.stringify(outline.map((i) => i.label))})`);
    await shot('6-wsis-language');
    await updateWorkspaceSettings(page!, workspace, { 'files.associations': null });
  }));

  it('7. with wsis.preview.showProblems, a paragraph with a problem has a mark in the margin and its message on hover', () => withFailureScreenshot(page, 'preview-7-problems', async () => {
    await closeAllEditors(page!);
    await updateWorkspaceSettings(page!, workspace, { 'wsis.preview.showProblems': true });
    await openFile(page!, PROBLEMS.name);
    await runCommand(page!, 'Markdown: Open Preview to the Side');
    let marks: { cls: string; title: string; text: string }[] = [];
    await pollUntil(async () => {
      const frame = await previewFrame(page!);
      if (frame === undefined) return undefined;
      marks = await frame.evaluate(() => Array.from(document.querySelectorAll('.wsis-problem')).map((e) => ({
        cls: e.getAttribute('class') ?? '', title: e.getAttribute('title') ?? '', text: (e.textContent ?? '').slice(0, 60),
      })));
      return marks.some((m) => /wsis-problem-error/.test(m.cls) && /commission/i.test(m.title)) || undefined;
    }, { timeoutMs: 30_000, what: () => `a problem mark on the commission line (seen: ${JSON.stringify(marks)})` });
    const commission = marks.find((m) => /commission/i.test(m.title))!;
    assert.match(commission.text, /COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT \(CTSD\)/);
    assert.match(commission.title, /\[cover-commission\]/);
    await shot('7-problem-marks');
    await updateWorkspaceSettings(page!, workspace, { 'wsis.preview.showProblems': null });
    // Off again: the marks go (the preview is refreshed when the setting changes).
    await pollUntil(async () => {
      const frame = await previewFrame(page!);
      return frame !== undefined && (await frame.locator('.wsis-problem').count()) === 0 && (await frame.locator('.wsis-cover').count()) > 0 ? true : undefined;
    }, { timeoutMs: 30_000, what: 'the marks to go with the setting off' });
  }));

  it('8. offers, once, to move "[wsis]" settings to "[markdown]", and moves them', () => withFailureScreenshot(page, 'preview-8-migration', async () => {
    const settingsFile = join(workspace, '.vscode', 'settings.json');
    await updateWorkspaceSettings(page!, workspace, { '[wsis]': { 'editor.fontSize': 15 } });
    await pollUntil(() => readFileSync(settingsFile, 'utf8').includes('[wsis]') || undefined, { timeoutMs: 5000, what: 'the settings file written' });
    // The question is asked when the extension starts: a new window.
    await reloadWindow(page!);
    const toast = page!.locator('.notifications-toasts .notification-toast', { hasText: 'now Markdown documents' });
    await toast.waitFor({ state: 'visible', timeout: 60_000 });
    assert.match(await toast.innerText(), /"\[wsis\]" settings \(editor\.fontSize\)/);
    await shot('8-migration-offered');
    await toast.locator('.monaco-button', { hasText: 'Move them to [markdown]' }).click();
    const moved = await pollUntil(() => {
      const json = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
      return !('[wsis]' in json) && (json['[markdown]'] as Record<string, unknown> | undefined)?.['editor.fontSize'] === 15 ? json : undefined;
    }, { timeoutMs: 15_000, what: () => `the settings moved (now: ${readFileSync(settingsFile, 'utf8')})` });
    assert.deepEqual(moved['[markdown]'], { 'editor.fontSize': 15 });
  }));
});

// What the language server adds to the editor, driven from the keyboard: hover, quick fixes,
// completion, and the grammar's TextMate scopes (the token inspector).
import type { Page } from 'playwright-core';
import { type DomElement, MOD, textMatcher } from './dom';
import { gotoLine } from './editor';
import { pollUntil } from './wait';
import { escape, runCommand } from './workbench';

/**
 * Shows the hover at a 1-based position from the keyboard ("Show or Focus Hover", Ctrl+K
 * Ctrl+I) and returns its text once a provider has answered. A hover is a
 * `.monaco-hover:not(.hidden) .monaco-hover-content`; the glyph-margin hover is another,
 * normally hidden, `.monaco-hover`.
 */
export async function hoverAt(page: Page, line: number, column: number, opts: { contains?: string | RegExp; timeoutMs?: number } = {}): Promise<string> {
  await gotoLine(page, line, column);
  await runCommand(page, 'Show or Focus Hover');
  const match = opts.contains ? textMatcher(opts.contains) : (s: string) => s.length > 0;
  let last = '';
  return pollUntil(async () => {
    const texts = await page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').allInnerTexts();
    last = texts.map((t) => t.trim()).join('\n---\n');
    return texts.map((t) => t.trim()).find(match);
  }, { timeoutMs: opts.timeoutMs ?? 15_000, what: () => `a hover at ${line}:${column}${opts.contains ? ` containing ${String(opts.contains)}` : ''} (seen: ${JSON.stringify(last)})` });
}

/**
 * Opens the quick fix menu (Ctrl+.) at a 1-based position and returns the offered titles.
 * The menu is `.action-widget`; group headers ("Quick Fix") are `.monaco-list-row.group-header`,
 * actions `.monaco-list-row.action` with aria-label = title (`.focused` on the selected one).
 * Leaves the menu open.
 */
export async function quickFixTitles(page: Page, line: number, column: number): Promise<string[]> {
  await gotoLine(page, line, column);
  await page.keyboard.press(`${MOD}+.`);
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await rows.first().waitFor({ state: 'visible' });
  return rows.evaluateAll((nodes) => (nodes as unknown as DomElement[]).map((e) => e.getAttribute('aria-label') ?? (e.textContent ?? '').trim()));
}

/** Opens the quick fix menu at a position and applies the item whose title matches, from the keyboard. */
export async function applyQuickFix(page: Page, line: number, column: number, title: string | RegExp): Promise<void> {
  const titles = await quickFixTitles(page, line, column);
  const match = textMatcher(title);
  const index = titles.findIndex(match);
  if (index < 0) {
    await escape(page);
    throw new Error(`no quick fix ${String(title)} at ${line}:${column}; offered: ${JSON.stringify(titles)}`);
  }
  const focused = page.locator('.action-widget .monaco-list-row.action.focused');
  for (let i = 0; i <= titles.length; i++) {
    if (match((await focused.getAttribute('aria-label').catch(() => null)) ?? '')) break;
    await page.keyboard.press('ArrowDown');
  }
  if (!match((await focused.getAttribute('aria-label')) ?? '')) throw new Error(`could not select the quick fix ${String(title)}`);
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden' });
}

export interface TokenInfo {
  /** The token's text (the widget's `.tiw-token`, its "·" turned back into spaces). */
  text: string;
  /** The language id at that position. */
  language: string;
  /** TextMate scopes, innermost first, outermost (the grammar's scopeName) last. */
  scopes: string[];
  /** Every key/value row of the widget: "standard token type", "foreground", "font style", ... */
  rows: Record<string, string>;
}

/**
 * Inspects the token at a 1-based position with "Developer: Inspect Editor Tokens and
 * Scopes" (`.token-inspect-widget`: tables of `.tiw-metadata-key`/`.tiw-metadata-value`,
 * scopes in `.tiw-metadata-scopes` one per line). Closes the widget afterwards.
 */
export async function inspectTokenAt(page: Page, line: number, column: number): Promise<TokenInfo> {
  await gotoLine(page, line, column);
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const widget = page.locator('.token-inspect-widget');
  await widget.locator('.tiw-metadata-scopes').waitFor({ state: 'visible' });
  const info = await widget.evaluate((node) => {
    const el = node as unknown as DomElement;
    const rows: Record<string, string> = {};
    for (const tr of Array.from(el.querySelectorAll('tr'))) {
      const key = (tr.querySelector('.tiw-metadata-key')?.textContent ?? '').trim();
      const value = tr.querySelector('.tiw-metadata-value');
      if (key && value && !(key in rows)) rows[key] = value.innerText.trim();
    }
    const scopesEl = el.querySelector('.tiw-metadata-scopes');
    const h2 = el.querySelector('.tiw-token');
    const text = h2 ? Array.from(h2.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('') : '';
    return { rows, text: text.replace(/\u00b7/g, ' ').replace(/\u2192/g, '\t'), scopes: scopesEl ? scopesEl.innerText.split('\n').map((s) => s.trim()).filter(Boolean) : [] };
  });
  await escape(page);
  await widget.waitFor({ state: 'hidden' }).catch(() => undefined);
  return { text: info.text, language: info.rows['language'] ?? '', scopes: info.scopes, rows: info.rows };
}

export interface Suggestion {
  /** The completion label (`.label-name`), e.g. a snippet prefix. */
  label: string;
  /** The row's aria-label: "LABEL, DETAIL" for snippets ("wsis-cover, Cover block"). */
  ariaLabel: string;
  /** The CompletionItemKind icon (`codicon-symbol-KIND`): "snippet", "text", ... */
  kind: string;
}

/**
 * Opens the completion list (Ctrl+Space) at the cursor and returns its visible rows
 * (`.suggest-widget .monaco-list-row`). Leaves it open: acceptSuggestion() or escape().
 */
export async function triggerSuggest(page: Page): Promise<Suggestion[]> {
  await page.keyboard.press(`${MOD}+Space`);
  const rows = page.locator('.suggest-widget.visible .monaco-list-row');
  await rows.first().waitFor({ state: 'visible' });
  return rows.evaluateAll((nodes) => (nodes as unknown as DomElement[]).map((r) => {
    const icon = r.querySelector('.suggest-icon');
    const kind = icon ? (Array.from(icon.classList).find((c) => c.startsWith('codicon-symbol-')) ?? '').slice('codicon-symbol-'.length) : '';
    return { label: (r.querySelector('.label-name')?.textContent ?? '').trim(), ariaLabel: r.getAttribute('aria-label') ?? '', kind };
  }));
}

/** Selects the open completion row whose label is `label` (keyboard) and accepts it with Enter. */
export async function acceptSuggestion(page: Page, label: string): Promise<void> {
  const focused = page.locator('.suggest-widget.visible .monaco-list-row.focused .label-name');
  const count = await page.locator('.suggest-widget.visible .monaco-list-row').count();
  for (let i = 0; i <= count; i++) {
    if (((await focused.textContent().catch(() => null)) ?? '').trim() === label) break;
    await page.keyboard.press('ArrowDown');
  }
  if (((await focused.textContent()) ?? '').trim() !== label) throw new Error(`no completion ${label} to accept`);
  await page.keyboard.press('Enter');
  await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden' });
}

// The Outline view: reading its rows and waiting for the document symbols to match.
import type { Page } from 'playwright-core';
import type { DomElement } from './dom';
import { pollUntil } from './wait';
import { runCommand } from './workbench';

export interface OutlineItem {
  label: string;
  /** The symbol's detail, shown after the label (`.label-description`). */
  detail: string;
  /** 1-based depth in the tree (aria-level). */
  level: number;
  /** The SymbolKind as the icon names it (`codicon-symbol-KIND`): "namespace", "string", ... */
  kind: string;
}

/**
 * Shows the Outline view ("Explorer: Focus on Outline View") and reads its rows: each is a
 * `.outline-pane .monaco-list-row` with aria-level, aria-label "LABEL (kind)", `.label-name`,
 * `.label-description` (detail) and a `codicon-symbol-KIND` icon. Collapsed children are
 * not in the DOM.
 */
export async function readOutline(page: Page): Promise<OutlineItem[]> {
  const pane = page.locator('.outline-pane').first();
  if (!(await pane.isVisible())) {
    await runCommand(page, 'Explorer: Focus on Outline View');
    await pane.waitFor({ state: 'visible' });
  }
  return pane.locator('.monaco-list-row').evaluateAll((nodes) => (nodes as unknown as DomElement[]).map((r) => {
    const icon = r.querySelector('.outline-element-icon');
    const kind = icon ? (Array.from(icon.classList).find((c) => c.startsWith('codicon-symbol-')) ?? '').slice('codicon-symbol-'.length) : '';
    return {
      label: (r.querySelector('.label-name')?.textContent ?? '').trim(),
      detail: (r.querySelector('.label-description')?.textContent ?? '').trim(),
      level: Number(r.getAttribute('aria-level') ?? 0),
      kind,
    };
  }));
}

/** Waits until the Outline satisfies `predicate` (symbol providers answer asynchronously). */
export async function waitForOutline(page: Page, predicate: (items: OutlineItem[]) => boolean, timeoutMs = 20_000): Promise<OutlineItem[]> {
  let last: OutlineItem[] = [];
  return pollUntil(async () => (predicate((last = await readOutline(page))) ? last : undefined), {
    timeoutMs, intervalMs: 250, what: () => `the outline to match (seen: ${JSON.stringify(last)})`,
  });
}

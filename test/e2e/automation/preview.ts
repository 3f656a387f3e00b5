// VS Code's Markdown preview: a webview, whose document (`.markdown-body`, under `#active-frame`)
// is one of the page's frames.
import type { Frame, Page } from 'playwright-core';

// The few DOM members previewPlace's callback uses, in the frame (the project's tsconfig has no DOM lib).
declare const document: { querySelector(selector: string): { getBoundingClientRect(): { top: number } } | null };
declare const window: { innerHeight: number; scrollY: number };

/** The frame of a Markdown preview on the page (the one showing `inside`, if given), if one is drawn. */
export async function previewFrame(page: Page, inside?: string): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const found = await frame.locator(inside === undefined ? '.markdown-body' : `.markdown-body ${inside}`).count().catch(() => 0);
    if (found > 0) return frame;
  }
  return undefined;
}

/**
 * Where `selector`'s element stands in the preview's window: its top, in pixels from the top of
 * the frame's view (a heading scrolled to is near 0), the view's height, and how far the preview
 * is scrolled down.
 */
export async function previewPlace(frame: Frame, selector: string): Promise<{ top: number; height: number; scrolled: number } | undefined> {
  return frame.evaluate((s) => {
    const element = document.querySelector(s);
    return element === null ? undefined : { top: element.getBoundingClientRect().top, height: window.innerHeight, scrolled: window.scrollY };
  }, selector);
}

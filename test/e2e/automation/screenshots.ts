// Screenshots to test-results/e2e/: the evidence of what a user sees, and of a failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS_DIR } from './paths';

/** Saves a full-page PNG to test-results/e2e/NAME.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, timeout: 15_000 });
  return file;
}

/** Runs `fn`; on failure saves NAME-FAILED.png (when a page is there) and rethrows. */
export async function withFailureScreenshot<T>(page: Page | undefined, name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (page && !page.isClosed()) {
      const file = await screenshot(page, `${name}-FAILED`).catch(() => undefined);
      if (file) console.error(`[e2e] screenshot of the failure: ${file}`);
    }
    throw e;
  }
}

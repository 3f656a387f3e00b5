// Debian's Chromium, launched headless through playwright-core (E2E_HEADED=1 for a window).
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { installSignalHandlers, register, unregister } from './processes';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not on PATH: run scripts/e2e/setup.sh (apt-get install chromium)');
  }
}

/** Launches Debian's chromium, headless (E2E_HEADED=1 for a window under a display). */
export async function launchBrowser(): Promise<Browser> {
  installSignalHandlers();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: process.env.E2E_HEADED !== '1',
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
  const entry = register({
    name: 'chromium',
    run: async () => { await browser.close().catch(() => undefined); },
    // Playwright starts chromium in its own process group; 'exit' cannot await, so this is
    // left to Playwright's own exit handler, which kills the browser synchronously.
    sync: () => undefined,
  });
  browser.on('disconnected', () => unregister(entry));
  return browser;
}

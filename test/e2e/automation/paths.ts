// Where the end-to-end tests find code-server (.e2e-cache/) and put their screenshots (test-results/e2e/).
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const CACHE_DIR = process.env.E2E_CACHE ?? join(ROOT, '.e2e-cache');
export const CODE_SERVER_ENTRY = join(CACHE_DIR, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const RESULTS_DIR = join(ROOT, 'test-results', 'e2e');
/** Set E2E_KEEP=1 to keep the temp folders (logs, user data) after a run. */
export const KEEP_TEMP = process.env.E2E_KEEP === '1';

// Bundles suite.ts (the steps through the `vscode` API) into one CommonJS file that a VS Code
// extension host can load as its extensionTestsPath: desktop VS Code (run.ts, npm run
// test:electron) and code-server (test/e2e/api.e2e.ts, npm run test:e2e) run the same bundle.
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Builds the suite to `outfile` and returns its path. The default is inside the project root,
 * the extension under development, so the suite's `require('vscode')` is this extension's API.
 */
export async function buildSuite(outfile = join(ROOT, 'dist', 'test-electron', 'suite.js')): Promise<string> {
  await build({ entryPoints: [join(import.meta.dirname, 'suite.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, external: ['vscode'], logLevel: 'warning' });
  return outfile;
}

// E2E_COVERAGE=DIR (relative to the project root): V8 coverage of the processes code-server starts
// (the extension host running the client, the language servers the client starts), for
// `npm run coverage` to merge with the unit tests' (scripts/coverage.ts reads coverage/e2e).
// code-server and everything it starts inherit NODE_V8_COVERAGE, and exit on SIGTERM so that Node
// writes their coverage (coverage-exit.cjs); the extension is packaged with
// inline source maps (esbuild.mjs), and the JavaScript each process ran is saved beside the coverage
// files here (monocart-coverage-reports' source-<sha1>.json), since the installed copy is deleted
// with the test's temp folder before the report is made.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './paths';

export const COVERAGE_DIR = process.env.E2E_COVERAGE ? resolve(ROOT, process.env.E2E_COVERAGE) : undefined;

/** NODE_V8_COVERAGE for a code-server started with `env`, when coverage is collected. */
export function withCoverage(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (COVERAGE_DIR) {
    mkdirSync(COVERAGE_DIR, { recursive: true });
    env.NODE_V8_COVERAGE = COVERAGE_DIR;
    env.NODE_OPTIONS = `--require ${JSON.stringify(join(import.meta.dirname, 'coverage-exit.cjs'))}`;
  }
  return env;
}

function scriptsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : scriptsIn(path);
    return e.name.endsWith('.js') ? [path] : [];
  });
}

/**
 * Saves the extension as installed under `extensionsDir` as coverage sources, and dist/ when
 * nothing was installed (the project root is the extension under development, test/e2e/api.e2e.ts).
 */
export function saveCoverageSources(extensionsDir: string, nothingInstalled: boolean): void {
  if (!COVERAGE_DIR) return;
  // The first test file of a run may save its sources before code-server has been given the folder.
  mkdirSync(COVERAGE_DIR, { recursive: true });
  const installed = existsSync(extensionsDir) ? readdirSync(extensionsDir).filter((d) => d.startsWith('wsis-tools.')).map((d) => join(extensionsDir, d, 'dist')) : [];
  for (const file of [...installed.flatMap(scriptsIn), ...(nothingInstalled ? scriptsIn(join(ROOT, 'dist')) : [])]) {
    const url = pathToFileURL(file).href;
    const source = readFileSync(file, 'utf8');
    const out = join(COVERAGE_DIR, `source-${createHash('sha1').update(url + source).digest('hex')}.json`);
    if (!existsSync(out)) writeFileSync(out, JSON.stringify({ url, source }));
  }
}

// The `vscode`-API suite (test/electron/suite.ts: problems, outline, quick fix, hover, go to
// definition through vscode.commands.executeCommand and friends) in a real VS Code: code-server's
// extension host, on this machine and in CI, where desktop VS Code (npm run test:electron)
// cannot be downloaded.
//
// How: the workbench URL's payload names the project root as the extension under development
// (`extensionDevelopmentPath`) and the bundled suite as `extensionTestsPath`, both as
// `vscode-remote://127.0.0.1:PORT/...` URIs. The extension host on the server loads the
// extension from the root (nothing is installed into the profile, so it is the only copy) and
// calls the suite's run(). When run() settles, VS Code for the Web calls
// `window.codeAutomationExit(code, logs)` (code 0: run() resolved, 1: it threw), which the test
// provides with page.exposeFunction; the suite's `ok - ...` / `not ok - ...: why` lines reach the
// page's console, where the test reads them. The same mechanism runs VS Code's own API tests
// against a server (test/integration/browser in the VS Code repository).
//
// Run: bash scripts/e2e/run.sh test/e2e/api.e2e.ts
//   E2E_SKIP_BUILD=1 uses dist/ as it is (no `npm run build` first).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSuite } from '../electron/build-suite';
import { ROOT, openWorkbench, pollUntil, remoteUri, runToEnd, startCodeServer, stopAll, withFailureScreenshot, type CodeServer } from './harness';

const FIXTURES = join(ROOT, 'test', 'fixtures');
const EXTENSION_ID = 'wsis-tools.wsis-submission-checker';

/** Files under `dir` changed (or made) since `since` (ms): the suite must leave the fixtures as they are. */
function changedSince(dir: string, since: number): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...changedSince(path, since));
    else if (statSync(path).mtimeMs >= since) out.push(relative(ROOT, path));
  }
  return out;
}

/** A step line of the suite in a console message: the workbench prefixes what it forwards ("%c INFO color: #33f ok - ..."). */
function stepLine(text: string): string | undefined {
  return /(?:^|\s)((?:not ok|ok) - [\s\S]*|\d+ passed, \d+ failed)$/.exec(text)?.[1];
}

describe('the vscode-API suite in code-server\'s extension host', { timeout: 300_000 }, () => {
  let server: CodeServer;
  let suite: string;
  const t0 = Date.now();
  const lap = (what: string) => console.log(`[e2e api +${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);

  before(async () => {
    if (process.env.E2E_SKIP_BUILD !== '1') {
      const { code, output } = await runToEnd('npm', ['run', 'build'], { cwd: ROOT, timeoutMs: 120_000 });
      if (code !== 0) throw new Error(`npm run build failed (exit ${code}):\n${output}`);
    }
    assert.ok(existsSync(join(ROOT, 'dist', 'client.js')), 'dist/client.js must exist (npm run build)');
    suite = await buildSuite();
    lap(`built dist/ and ${relative(ROOT, suite)}`);
    server = await startCodeServer({ workspace: FIXTURES });
    lap(`code-server answers on ${server.url}`);
  });

  after(async () => {
    await stopAll();
    lap('stopped everything');
  });

  it('runs every step of test/electron/suite.ts and they all pass', async () => {
    const started = Date.now();
    const lines: string[] = [];
    const errors: string[] = [];
    let exit: { code: number } | undefined;
    const { page } = await openWorkbench(server, {
      payload: [
        ['extensionDevelopmentPath', remoteUri(server, ROOT)],
        ['extensionTestsPath', remoteUri(server, suite)],
      ],
      beforeLoad: async (p) => {
        p.on('console', (m) => {
          const line = stepLine(m.text());
          if (line !== undefined) {
            lines.push(line);
            console.log(`  [suite] ${line}`);
          } else if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); // 404s for vsda, no network
        });
        await p.exposeFunction('codeAutomationExit', (code: number) => {
          exit = { code };
        });
      },
    });
    lap('workbench drawn; the suite runs in the extension host');
    let serverExit: string | undefined;
    void server.exited.then((c) => (serverExit = `code-server exited (code ${c}) during the suite:\n${server.serverLog()}`));

    await withFailureScreenshot(page, 'api-suite', async () => {
      const ended = await pollUntil(() => exit ?? serverExit, {
        timeoutMs: 180_000,
        intervalMs: 100,
        what: () => `the suite to end (seen so far: ${JSON.stringify(lines)})\n--- extension host log ---\n${server.extensionHostLog().slice(-3000)}`,
      });
      if (typeof ended === 'string') assert.fail(ended);
      lap(`the suite ended with code ${ended.code}`);

      const failed = lines.filter((l) => l.startsWith('not ok - '));
      const passed = lines.filter((l) => l.startsWith('ok - '));
      const summary = lines.find((l) => /^\d+ passed, \d+ failed$/.test(l));
      if (failed.length > 0) assert.fail(`${failed.length} step(s) failed in code-server's extension host:\n${failed.join('\n')}`);
      assert.equal(ended.code, 0, `the suite's run() failed (exit ${ended.code}):\n${errors.join('\n')}`);
      assert.ok(passed.length > 0, 'no step reported');
      assert.equal(summary, `${passed.length} passed, 0 failed`);

      // The steps ran against the extension under development, loaded from the project root, the
      // only copy: nothing is installed in the profile.
      assert.deepEqual(readdirSync(server.extensionsDir).filter((d) => d.startsWith(EXTENSION_ID)), []);
      assert.ok(server.extensionHostLog().includes(`_doActivateExtension ${EXTENSION_ID},`), 'the extension host log tells it activated');
      assert.deepEqual(changedSince(FIXTURES, started), [], 'the suite leaves test/fixtures unchanged on disk');
    });
  });
});

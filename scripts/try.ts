// `npm run try`: the extension in a real VS Code for the Web, to try by hand.
//
// Builds and packages the extension (`npm run package`), makes sure code-server and chromium
// are set up (scripts/e2e/setup.sh, a no-op when cached), starts code-server on 127.0.0.1
// (port from PORT, or a free one) with the .vsix installed and the examples/ folder open,
// prints the address to open in a browser and, once a browser window has connected, opens
// the example drafts in it. Runs until Ctrl+C, then stops everything it started and removes
// its temp folders (user data, logs, the copy of the examples). The workspace is a copy of
// examples/ in a temp folder (scripts/try-workspace.ts): edits and fix-on-save never change the
// tracked examples. The editor has the product's own defaults (word wrap on for drafts, auto-save
// as VS Code has it), not the test harness's. Long steps print their progress as they go.
//
// Usage: npm run try            PORT=8080 npm run try
// (from another machine: ssh -L 8080:127.0.0.1:8080 HOST, then open the printed address)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, openInConnectedWindow, pollUntil, startCodeServer, stopAll, workbenchUrl } from '../test/e2e/harness';
import { prepareTryWorkspace, TRY_SETTINGS } from './try-workspace';

const VSIX = join(ROOT, 'wsis-submission-checker.vsix');
const EXAMPLES = join(ROOT, 'examples');

const say = (what: string) => console.log(`[try] ${what}`);

function portFromEnv(): number | undefined {
  const raw = process.env.PORT;
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number (1-65535), not ${JSON.stringify(raw)}`);
  return port;
}

/**
 * Runs a step to its end, its output passed through as it comes (the first set-up downloads for
 * minutes), and a line every 15 s saying it is still at work.
 */
async function step(what: string, cmd: string, args: string[], opts: { timeoutMs: number }): Promise<void> {
  say(`${what}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  const ticker = setInterval(() => say(`${what}: still working (${Math.round((Date.now() - started) / 1000)} s)`), 15_000);
  const timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (c) => resolve(c));
    });
    if (code !== 0) throw new Error(`${what} failed (exit ${code})`);
    say(`${what}: done in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    clearInterval(ticker);
    clearTimeout(timer);
  }
}

async function main(): Promise<void> {
  const port = portFromEnv();
  await step('build and package', 'npm', ['run', 'package'], { timeoutMs: 300_000 });
  await step('set up code-server and chromium (minutes the first time, then cached)', 'bash', ['scripts/e2e/setup.sh'], { timeoutMs: 1_800_000 });
  const workspace = prepareTryWorkspace(EXAMPLES);
  process.on('exit', workspace.remove);
  say(`the examples are copied to ${workspace.folder}: edits there leave examples/ as it is`);

  let stopping = false;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => (stopping = true)); // the harness stops everything and exits

  say(`starting code-server with ${VSIX} on 127.0.0.1:${port ?? '(a free port)'}`);
  // The product's defaults, not the tests' (DEFAULT_SETTINGS turns word wrap and auto-save off).
  const server = await startCodeServer({ workspace: workspace.folder, vsix: [VSIX], port, baseSettings: { ...TRY_SETTINGS } });
  const drafts = workspace.drafts;
  console.log(`\n  WSIS Submission Checker in VS Code for the Web: open\n\n    ${workbenchUrl(server)}\n\n  in a browser (a copy of examples/ is open). Ctrl+C here stops it.\n`);

  // The URL can open one file only; the drafts go to the first window that connects (its extension host starts).
  void (async () => {
    await pollUntil(() => server.extensionHostLog() !== '', { timeoutMs: Number.POSITIVE_INFINITY, intervalMs: 500 });
    await openInConnectedWindow(server, drafts, { timeoutMs: 60_000 });
    say(`opened ${drafts.map((d) => d.slice(workspace.folder.length + 1)).join(' and ')} in the browser window`);
  })().catch((e: unknown) => {
    if (!stopping) say(`could not open the drafts in the browser window (open them from the Explorer): ${e instanceof Error ? e.message : String(e)}`);
  });

  const code = await server.exited;
  if (stopping) return;
  say(`code-server exited on its own (exit ${code}); its log:\n${server.serverLog()}`);
  await stopAll();
  process.exitCode = 1;
}

main().catch(async (e: unknown) => {
  console.error(`[try] ${e instanceof Error ? e.message : String(e)}`);
  await stopAll();
  process.exitCode = 1;
});

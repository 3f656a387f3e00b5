// `npm run try`: the extension in a real VS Code for the Web, to try by hand.
//
// Builds and packages the extension (`npm run package`), makes sure code-server and chromium
// are set up (scripts/e2e/setup.sh, a no-op when cached), starts code-server on 127.0.0.1
// (port from PORT, or a free one) with the .vsix installed and the examples/ folder open,
// prints the address to open in a browser and, once a browser window has connected, opens
// the example drafts in it. Runs until Ctrl+C, then stops everything it started and removes
// its temp folder (user data, logs). Edits and saves change the real files in examples/.
//
// Usage: npm run try            PORT=8080 npm run try
// (from another machine: ssh -L 8080:127.0.0.1:8080 HOST, then open the printed address)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openInConnectedWindow, pollUntil, runToEnd, startCodeServer, stopAll, workbenchUrl } from '../test/e2e/harness';

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

/** Runs a step to its end; its output is shown when it fails (or always, with `show`). */
async function step(what: string, cmd: string, args: string[], opts: { show?: boolean; timeoutMs: number }): Promise<void> {
  say(`${what}: ${cmd} ${args.join(' ')}`);
  const { code, output } = await runToEnd(cmd, args, { cwd: ROOT, timeoutMs: opts.timeoutMs });
  if (opts.show || code !== 0) process.stdout.write(output.replace(/^npm warn Unknown user config.*\n/gm, ''));
  if (code !== 0) throw new Error(`${what} failed (exit ${code})`);
}

async function main(): Promise<void> {
  const port = portFromEnv();
  await step('build and package', 'npm', ['run', 'package'], { timeoutMs: 300_000 });
  await step('set up code-server and chromium', 'bash', ['scripts/e2e/setup.sh'], { show: true, timeoutMs: 1_800_000 });

  let stopping = false;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => (stopping = true)); // the harness stops everything and exits

  say(`starting code-server with ${VSIX} on 127.0.0.1:${port ?? '(a free port)'}`);
  // examples/ lies inside the project's git repository: no prompt to open it.
  const server = await startCodeServer({ workspace: EXAMPLES, vsix: [VSIX], port, settings: { 'git.openRepositoryInParentFolders': 'never' } });
  const drafts = readdirSync(EXAMPLES).filter((f) => f.endsWith('.wsis.md')).sort().reverse().map((f) => join(EXAMPLES, f));
  console.log(`\n  WSIS Submission Checker in VS Code for the Web: open\n\n    ${workbenchUrl(server)}\n\n  in a browser (examples/ is open). Ctrl+C here stops it.\n`);

  // The URL can open one file only; the drafts go to the first window that connects (its extension host starts).
  void (async () => {
    await pollUntil(() => server.extensionHostLog() !== '', { timeoutMs: Number.POSITIVE_INFINITY, intervalMs: 500 });
    await openInConnectedWindow(server, drafts, { timeoutMs: 60_000 });
    say(`opened ${drafts.map((d) => d.slice(ROOT.length + 1)).join(' and ')} in the browser window`);
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

// Runs every test file under test/ (unit, fixture, property and protocol suites) with Node's own
// test runner, in a few processes that each load many files (scripts/test-shard.ts), not one
// process a file as `node --test` does: starting Node with tsx and loading the engine took about
// 0.3 s of CPU per file, a quarter of the whole run for a hundred files (npm test: 99 s, then 79 s).
//
// The files are dealt to one process a core (at least two: many tests wait on the processes they
// start, the language server or LibreOffice), the longest first by how long each took last time
// (node_modules/.cache/wsis-tests/durations.json, written by scripts/test-durations-reporter.mts);
// a file never timed counts as an average one. Each process prints Node's spec report of its files
// when it ends. Files of one process share it: a test that changes a global, process.env or a
// built-in puts it back (in a finally, or an after hook).
// Usage: node --import tsx scripts/run-tests.ts [substring filter...]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { deal } from './test-deal';

const root = join(import.meta.dirname, '..');
const skipDirs = new Set(['fixtures', 'e2e', 'electron', 'node_modules']);
const cacheDir = join(root, 'node_modules', '.cache', 'wsis-tests');
const durationsFile = join(cacheDir, 'durations.json');

function collect(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipDirs.has(entry.name)) collect(path, out);
    } else if (entry.name.endsWith('.test.ts')) {
      out.push(relative(root, path));
    }
  }
  return out;
}

function readDurations(): Record<string, number> {
  try {
    const parsed = JSON.parse(readFileSync(durationsFile, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/**
 * Runs one test process on `files`; its report goes to `write` as it comes (the first process,
 * so that something shows while the tests run) or, kept until the process ends, in one piece.
 */
function runShard(files: string[], durationsOut: string, live: ((s: string) => void) | undefined): Promise<{ code: number; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      '--import', 'tsx',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'scripts', 'test-durations-reporter.mts')}`, `--test-reporter-destination=${durationsOut}`,
      join(root, 'scripts', 'test-shard.ts'), ...files,
    ], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (d: Buffer): void => {
      output += d.toString();
      live?.(d.toString());
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (e) => resolve({ code: 1, output: `${output}\nrun-tests: the test process did not start: ${e.message}\n`, seconds: 0 }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal !== null ? 1 : 0), output, seconds: (performance.now() - started) / 1000 }));
  });
}

/** The counts of a spec report's summary ("ℹ tests 748", "ℹ fail 0" ...). */
function counts(output: string): Record<string, number> {
  return Object.fromEntries([...output.matchAll(/^ℹ (tests|pass|fail|cancelled|skipped|todo) (\d+)$/gm)].map((m) => [m[1] ?? '', Number(m[2])]));
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2);
  const files = collect(join(root, 'test'), [])
    .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
    .sort();
  if (files.length === 0) {
    console.error('run-tests: no test files matched');
    return 1;
  }
  const durations = readDurations();
  const shards = deal(files, durations, Math.max(2, availableParallelism()));
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'wsis-tests-'));
  const outs = shards.map((_, i) => join(work, `durations-${i}.json`));
  let failed = 0;
  const total: Record<string, number> = {};
  // The first process's report is printed as it comes; the others' when they end, after it.
  let firstDone: Promise<void> = Promise.resolve();
  await Promise.all(shards.map(async (shardFiles, i) => {
    const heading = (seconds: number, code: number): string => `━━ test process ${i + 1} of ${shards.length}: ${shardFiles.length} files, ${seconds.toFixed(1)} s, ${code === 0 ? 'passed' : 'FAILED'}\n`;
    const run = runShard(shardFiles, join(work, `durations-${i}.json`), i === 0 ? (s) => process.stdout.write(s) : undefined);
    if (i === 0) firstDone = run.then(() => undefined);
    const r = await run;
    if (i === 0) process.stdout.write(`\n${heading(r.seconds, r.code)}`);
    else {
      await firstDone;
      process.stdout.write(`\n${heading(r.seconds, r.code)}${r.output}`);
    }
    if (r.code !== 0) failed++;
    for (const [k, n] of Object.entries(counts(r.output))) total[k] = (total[k] ?? 0) + n;
  }));
  // The durations measured this time, kept for the next run's deal (a filtered run updates its files only).
  const next = { ...durations };
  for (const out of outs) {
    try {
      Object.assign(next, Object.fromEntries(Object.entries(JSON.parse(readFileSync(out, 'utf8')) as Record<string, number>).map(([f, ms]) => [relative(root, f), ms])));
    } catch {
      // A process that died before its report: its files keep their old durations.
    }
  }
  rmSync(work, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(`${durationsFile}.tmp`, `${JSON.stringify(next, null, 1)}\n`);
  renameSync(`${durationsFile}.tmp`, durationsFile);
  const tally = ['tests', 'pass', 'fail', 'cancelled', 'skipped', 'todo'].map((k) => `${k} ${total[k] ?? 0}`).join(', ');
  console.log(`\nrun-tests: ${files.length} files in ${shards.length} processes, ${((performance.now() - started) / 1000).toFixed(1)} s: ${tally}${failed === 0 ? '' : `; ${failed} process${failed === 1 ? '' : 'es'} FAILED (see above)`}`);
  return failed === 0 ? 0 : 1;
}

void main().then((code) => {
  process.exitCode = code;
});

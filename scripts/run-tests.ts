// Runs every test file under test/ (unit, fixture, property and protocol suites) with Node's own
// test runner, in a few processes that each load many files (scripts/test-shard.ts), not one
// process a file as `node --test` does: starting Node with tsx and loading the engine took about
// 0.3 s of CPU per file, a quarter of the whole run for a hundred files (npm test: 99 s, then 75 s).
//
// The files are dealt to lanes, one a core (at least two: many tests wait on the processes they
// start, the language server or LibreOffice), the longest first by how long each took last time
// (node_modules/.cache/wsis-tests/durations.json, written by scripts/test-durations-reporter.mts);
// a file never timed counts as an average one. A lane runs its files in one process, then each
// file that measures its own process's CPU time or memory (process.cpuUsage/resourceUsage) in a
// process of its own, where the garbage of other files does not count. Files of one process share
// it: a test that changes a global, process.env or a built-in puts it back (in a finally, or an
// after hook). The first lane reports as it goes, the others when they end, then a total line.
// Usage: node --import tsx scripts/run-tests.ts [substring filter...]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { runCollecting, type Collected } from './run-collecting';
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
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0));
  } catch {
    return {};
  }
}

/**
 * Runs one test process on `files`; its report goes to `live` as it comes (the first lane's, so
 * that something shows while the tests run), and is returned whole.
 */
function runShard(files: string[], durationsOut: string, live: ((s: string) => void) | undefined): Promise<Collected> {
  return runCollecting(process.execPath, [
    '--import', 'tsx',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts', 'test-durations-reporter.mts')}`, `--test-reporter-destination=${durationsOut}`,
    join(root, 'scripts', 'test-shard.ts'), ...files,
  ], root, live);
}

/**
 * Whether a test file measures its own process's CPU time or memory (process.cpuUsage,
 * process.resourceUsage), itself or through a helper of test/ it imports (test/fuzz/properties.ts):
 * it runs in a process of its own, where no other file's garbage counts.
 */
function measuresItself(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    return false;
  }
  if (/process\.(cpuUsage|resourceUsage)\(/.test(text)) return true;
  for (const [, spec] of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const imported = relative(root, join(root, dirname(file), `${spec}.ts`));
    if (imported.startsWith('test') && measuresItself(imported, seen)) return true;
  }
  return false;
}

/** The counts of a spec report's summary ("ℹ tests 748", "ℹ fail 0" ...). */
function counts(output: string): Record<string, number> {
  return Object.fromEntries([...output.matchAll(/^ℹ (tests|pass|fail|cancelled|skipped|todo) (\d+)$/gm)].map((m) => [m[1] ?? '', Number(m[2])]));
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2);
  const all = collect(join(root, 'test'), []).sort();
  const files = all.filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
  if (files.length === 0) {
    console.error('run-tests: no test files matched');
    return 1;
  }
  const durations = readDurations();
  const lanes = deal(files, durations, Math.max(2, availableParallelism()));
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'wsis-tests-'));
  let processes = 0;
  let failed = 0;
  const total: Record<string, number> = {};
  const say = (s: string): boolean => process.stdout.write(s);
  // Each lane runs its files one process after another: those that share a process, then each
  // file that measures its own process's CPU or memory alone. The first lane's reports are
  // printed as they come; the others' when their lane ends, after the first's.
  let firstDone: Promise<void> = Promise.resolve();
  const runLane = async (laneFiles: string[], lane: number): Promise<void> => {
    const alone = laneFiles.filter((f) => measuresItself(f));
    const shared = laneFiles.filter((f) => !alone.includes(f));
    const batches = [...(shared.length > 0 ? [shared] : []), ...alone.map((f) => [f])];
    let kept = '';
    for (const batch of batches) {
      const n = ++processes;
      const r = await runShard(batch, join(work, `durations-${n}.json`), lane === 0 ? say : undefined);
      const heading = `\n━━ lane ${lane + 1} of ${lanes.length}: ${batch.length === 1 ? batch[0] : `${batch.length} files in one process`}, ${r.seconds.toFixed(1)} s, ${r.code === 0 ? 'passed' : 'FAILED'}\n`;
      if (lane === 0) say(heading);
      else kept += `${heading}${r.output}`;
      if (r.code !== 0) failed++;
      for (const [k, count] of Object.entries(counts(r.output))) total[k] = (total[k] ?? 0) + count;
    }
    if (lane !== 0) {
      await firstDone;
      say(kept);
    }
  };
  await Promise.all(lanes.map((laneFiles, lane) => {
    const done = runLane(laneFiles, lane);
    if (lane === 0) firstDone = done;
    return done;
  }));
  const outs = Array.from({ length: processes }, (_, i) => join(work, `durations-${i + 1}.json`));
  // The durations measured this time, kept for the next run's deal (a filtered run updates its
  // files only; files that are gone are dropped).
  const next = Object.fromEntries(Object.entries(durations).filter(([f]) => all.includes(f)));
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
  const some = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : word.endsWith('s') ? 'es' : 's'}`;
  console.log(`\nrun-tests: ${some(files.length, 'file')} in ${some(processes, 'process')} on ${some(lanes.length, 'lane')}, ${((performance.now() - started) / 1000).toFixed(1)} s: ${tally}${failed === 0 ? '' : `; ${failed} process${failed === 1 ? '' : 'es'} FAILED (see above)`}`);
  return failed === 0 ? 0 : 1;
}

void main().then((code) => {
  process.exitCode = code;
});

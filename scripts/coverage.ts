// `npm run coverage`: the tests `npm test` runs (unit, property, fixture and protocol suites) with
// V8's own coverage (NODE_V8_COVERAGE), mapped back to the TypeScript sources through the source
// maps by monocart-coverage-reports: tsx's inline maps for the modules the tests load, and
// dist/*.js.map for the language server processes the protocol tests start. When the end-to-end
// tests were run with E2E_COVERAGE=coverage/e2e (CI does), their coverage is merged in: the client
// in code-server's extension host and the language servers it starts (test/e2e/automation/coverage.ts).
//
// A line of a source counts when it holds code (not blank, not only a comment), and is covered when
// any test ran it (all of it or a part), in any process, through either build: one source reached
// from a tsx module and from a bundle is one file. Prints the lines covered in each source file and holds them to the bar:
// 95% in the engine, 90% overall. A source no test loads counts as 0%.
//
// Usage: node --import tsx scripts/coverage.ts [--report-only] [substring filter...]   (npm run build first)
//   --report-only   do not run the tests; report what coverage/unit (and coverage/e2e) hold
//   --show=TEXT     list the lines not covered in the sources whose path contains TEXT
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CoverageReport, type CoverageResults } from 'monocart-coverage-reports';

const root = join(import.meta.dirname, '..');
const SOURCES = ['server/src', 'client/src'];
const BARS = [
  { name: 'engine (server/src/engine)', prefix: 'server/src/engine/', lines: 95 },
  { name: 'overall (server/src, client/src)', prefix: '', lines: 90 },
];
const UNIT_DIR = join(root, 'coverage', 'unit');
const E2E_DIR = join(root, 'coverage', 'e2e');

const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
const show = args.filter((a) => a.startsWith('--show=')).map((a) => a.slice('--show='.length));
const filters = args.filter((a) => !a.startsWith('--'));

if (!reportOnly) {
  rmSync(UNIT_DIR, { recursive: true, force: true });
  mkdirSync(UNIT_DIR, { recursive: true });
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/run-tests.ts', ...filters], {
    cwd: root,
    stdio: 'inherit',
    // --enable-source-maps: Node writes tsx's inline maps into the coverage files (their
    // "source-map-cache"); the language servers the protocol tests start inherit both.
    // scripts/coverage-sources.cjs keeps the JavaScript tsx compiled each source to, which V8's
    // coverage counts in (without it only whole functions map back to the TypeScript).
    env: {
      ...process.env,
      NODE_V8_COVERAGE: UNIT_DIR,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --enable-source-maps --require ${JSON.stringify(join(root, 'scripts', 'coverage-sources.cjs'))}`.trim(),
    },
  });
  if (run.status !== 0) {
    console.error(`coverage: the tests failed (exit ${run.status ?? run.signal})`);
    process.exit(run.status ?? 1);
  }
  // The bundles the protocol tests' language servers ran, kept as they were (a later build of
  // dist/, by an e2e run for one, must not be mapped for them).
  for (const file of readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js'))) {
    const url = pathToFileURL(join(root, 'dist', file)).href;
    const source = readFileSync(join(root, 'dist', file), 'utf8');
    writeFileSync(join(UNIT_DIR, `source-${createHash('sha1').update(url + source).digest('hex')}.json`), JSON.stringify({ url, source }));
  }
}

/** `server/src/...` or `client/src/...` for a source however a map names it (tsx: the file itself; a bundle's map: `../server/src/...`, from wherever the bundle was installed); '' for anything else. */
function projectSource(path: string): string {
  const m = /(?:^|[/\\])((?:server|client)[/\\]src[/\\].*)$/.exec(path.startsWith('file:') ? fileURLToPath(path) : path);
  return m?.[1]?.replace(/\\/g, '/') ?? '';
}

/** The scripts that can hold project code: the project's own files (tsx modules, dist/ bundles) and the extension as code-server installed it; never dependencies or tests. */
function projectScript(url: string): boolean {
  if (url.includes('/node_modules/')) return false;
  if (url.includes('/extensions/wsis-tools.wsis-submission-checker-')) return true;
  return url.startsWith(`file://${root}/`) && !url.startsWith(`file://${root}/test/`);
}

/** The generated script an entry ran: the extension as installed by each e2e run is one (`installed/dist/X.js`), whatever its temp folder. */
function scriptKey(url: string): string {
  const installed = /\/extensions\/wsis-tools\.wsis-submission-checker-[^/]+\/(dist\/.*)$/.exec(url);
  return installed ? `installed/${installed[1]}` : url;
}

interface Entry {
  url: string;
  functions: unknown[];
  source: string;
}

/**
 * The coverage files' entries for project scripts, by generated script: tsx's modules (one group,
 * each source its own script) and each bundle. Monocart merges the runs of one script exactly (in
 * the script's own offsets) but the runs of two scripts that share a source (dist/server.js and
 * dist/cli.js, tsx's module) only by a guess over their source maps, which leaves bits of lines
 * covered in one uncovered; so each script is reported alone and a line counts as covered when any
 * report covers it.
 */
function readEntries(dirs: string[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const dir of dirs) {
    // The JavaScript the processes of this run ran, by URL (a dist/ bundle can differ between the
    // unit run and an e2e run: the e2e packaging builds with inline maps); else the file on disk.
    const sources = new Map<string, string>();
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    for (const file of files.filter((f) => f.startsWith('source-'))) {
      const { url, source } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { url: string; source: string };
      sources.set(url, source);
    }
    for (const file of files.filter((f) => !f.startsWith('source-'))) {
      const { result } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { result?: { url: string; functions: unknown[] }[] };
      for (const { url, functions } of result ?? []) {
        if (!url.startsWith('file:') || !projectScript(url) || url.startsWith(`file://${root}/scripts/`)) continue;
        let source = sources.get(url);
        if (source === undefined && !url.endsWith('.ts')) {
          const path = fileURLToPath(url);
          if (existsSync(path)) sources.set(url, (source = readFileSync(path, 'utf8')));
        }
        if (source === undefined) continue; // a tsx module whose JavaScript was not kept: would map whole functions only
        // One group per generated script: its URL (the installed extension's, whatever its temp folder) and its text.
        const key = url.endsWith('.ts') ? 'tsx' : `${scriptKey(url)} ${createHash('sha1').update(source).digest('hex')}`;
        const list = groups.get(key) ?? [];
        list.push({ url: key.startsWith('installed/') ? pathToFileURL(join(root, 'coverage', scriptKey(url))).href : url, functions, source });
        groups.set(key, list);
      }
    }
  }
  return groups;
}

/** Per source: its code lines, and those that ran (a count > 0, or "1/2": ran, a piece of it not). */
const lineData = new Map<string, { total: number; covered: Set<string>; lines: Set<string> }>();

const texts = new Map<string, string | undefined>();
function currentText(file: string): string | undefined {
  if (!texts.has(file)) texts.set(file, existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined);
  return texts.get(file);
}
/** Sources some run saw with another text than the file's now (left out of the counts). */
const stale = new Set<string>();

async function reportGroup(key: string, entries: Entry[], all: boolean): Promise<void> {
  const report = new CoverageReport({
    name: key,
    outputDir: join(root, 'coverage', 'report'),
    logging: 'error',
    // Monocart's own line counts (not an istanbul summary's, which count the lines that start a statement).
    reports: [['v8-json', { outputFile: 'coverage.json' }]],
    sourceFilter: (sourcePath: string) => projectSource(sourcePath) !== '',
    sourcePath: (sourcePath: string) => projectSource(sourcePath) || sourcePath,
    // Every source, loaded or not, so one no test loads counts (as 0%, its code lines all uncovered).
    all: all ? { dir: SOURCES.map((d) => join(root, d)), filter: (p: string) => /\.ts$/.test(p) && !p.endsWith('.d.ts') } : undefined,
    onEnd: (results: CoverageResults | undefined) => {
      for (const f of results?.files ?? []) {
        const file = projectSource(f.sourcePath);
        if (!file || !/\.ts$/.test(file)) continue;
        // Lines are numbered in the source as the run saw it: a run of an older text (an e2e run
        // before a change) would count the wrong lines, so only runs of the text on disk count.
        if (f.source !== undefined && f.source !== currentText(file)) {
          stale.add(file);
          continue;
        }
        const d = lineData.get(file) ?? { total: f.summary.lines.total, covered: new Set<string>(), lines: new Set<string>() };
        d.total = Math.max(d.total, f.summary.lines.total);
        for (const [line, n] of Object.entries(f.data?.lines ?? {})) {
          d.lines.add(line);
          // A line that ran counts, as in any line coverage, even where a piece of it did not (a
          // branch not taken on it, or the export glue tsx adds and maps to `export function`).
          if (typeof n === 'string' || n > 0) d.covered.add(line);
        }
        lineData.set(file, d);
      }
    },
  });
  await report.add(entries);
  await report.generate();
}

const withE2e = existsSync(E2E_DIR);
async function main(): Promise<void> {
  const groups = readEntries(withE2e ? [UNIT_DIR, E2E_DIR] : [UNIT_DIR]);
  if (!groups.has('tsx')) groups.set('tsx', []);
  for (const [key, entries] of groups) await reportGroup(key, entries, key === 'tsx');
  const measured = new Map([...lineData].map(([file, d]) => [file, { total: d.total, covered: d.covered.size }] as const));
  for (const [file, d] of lineData) {
    if (!show.some((s) => file.includes(s))) continue;
    const missed = [...d.lines].filter((l) => !d.covered.has(l)).sort((a, b) => Number(a) - Number(b));
    console.log(`${file}: lines not covered: ${missed.join(', ') || 'none'}`);
  }

  if (stale.size > 0) console.log(`\ncoverage: left out the runs of ${stale.size} sources whose text has changed since (run the tests again to count them): ${[...stale].sort().join(', ')}`);
  const rows = [...measured].map(([file, lines]) => ({ file, ...lines })).sort((a, b) => a.file.localeCompare(b.file));
  const pct = (covered: number, total: number): string => (total === 0 ? 100 : (100 * covered) / total).toFixed(1).padStart(5);
  console.log(`\nLines covered, by source file (unit, property, fixture and protocol tests${withE2e ? ', and the end-to-end tests (coverage/e2e)' : '; no coverage/e2e: the client counts only as far as unit tests load it'}):`);
  for (const r of rows) console.log(`  ${pct(r.covered, r.total)}%  ${String(r.total).padStart(5)}  ${r.file}`);

  // The measurement's own check: every line of this file runs in its unit test
  // (test/unit/dated-snippets.test.ts), so anything under 100% here is the measurement at fault (a
  // source counted twice, or over the wrong lines), not the tests.
  const CANARY = 'server/src/engine/dated-snippets.ts';
  const canary = measured.get(CANARY);
  let failed = false;
  if (filters.length === 0 && (!canary || canary.covered !== canary.total)) {
    failed = true;
    console.error(`coverage: ${CANARY} reports ${canary ? `${canary.covered} of ${canary.total}` : 'no'} lines covered, though its unit test runs every line: the measurement is wrong`);
  }
  console.log('\nLines covered:');
  for (const bar of BARS) {
    const files = rows.filter((r) => r.file.startsWith(bar.prefix));
    const total = files.reduce((n, r) => n + r.total, 0);
    const covered = files.reduce((n, r) => n + r.covered, 0);
    const ok = total === 0 || (100 * covered) / total >= bar.lines;
    failed ||= !ok;
    console.log(`  ${ok ? '✔' : '✖'} ${bar.name}: ${pct(covered, total).trim()}% of ${total} lines in ${files.length} files (bar: ${bar.lines}%)`);
  }
  process.exit(failed ? 1 : 0);
}

// No top-level await: tsx runs this file as CommonJS.
void main();

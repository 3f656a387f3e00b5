// `npm run coverage`: the tests `npm test` runs (unit, property, fixture and protocol suites),
// under c8 (V8's own coverage, mapped back to the TypeScript sources through the source maps by
// monocart-coverage-reports: tsx's inline maps, and dist/*.js.map for the language server
// processes the protocol tests start). Prints the lines covered in each source file and holds
// them to the bar: 95% in the engine, 90% overall. A source no test loads counts as 0%.
// Usage: node --import tsx scripts/coverage.ts [substring filter...]   (npm run build first)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const SOURCES = ['server/src', 'client/src'];
const BARS = [
  { name: 'engine (server/src/engine)', prefix: 'server/src/engine/', lines: 95 },
  { name: 'overall (server/src, client/src)', prefix: '', lines: 90 },
];

rmSync(join(root, 'coverage'), { recursive: true, force: true });
const run = spawnSync(join(root, 'node_modules', '.bin', 'c8'), ['node', '--import', 'tsx', 'scripts/run-tests.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  // Node records the source maps in the coverage files only with this.
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --enable-source-maps`.trim() },
});
if (run.status !== 0) {
  console.error(`coverage: the tests failed (exit ${run.status ?? run.signal})`);
  process.exit(run.status ?? 1);
}

interface Counts {
  total: number;
  covered: number;
}
const summary = JSON.parse(readFileSync(join(root, 'coverage', 'coverage-summary.json'), 'utf8')) as Record<string, { lines: Counts }>;
const measured = new Map(Object.entries(summary).flatMap(([file, s]) => (file === 'total' ? [] : [[relative(root, join(root, file)), s.lines] as const])));

/** Lines a source has that could run (not blank, not only a comment or a brace): the count for a file no test loaded. */
function codeLines(file: string): number {
  return readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter((l) => !/^\s*(\/\/.*|\/?\*.*|[{}()[\];,]*)\s*$/.test(l)).length;
}

function sourcesIn(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourcesIn(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const rows = SOURCES.flatMap(sourcesIn)
  .sort()
  .map((file) => {
    const lines = measured.get(file);
    return lines === undefined ? { file, total: codeLines(file), covered: 0, loaded: false } : { file, total: lines.total, covered: lines.covered, loaded: true };
  });
const pct = (covered: number, total: number): string => (total === 0 ? 100 : (100 * covered) / total).toFixed(1).padStart(5);
console.log('\nLines covered, by source file:');
for (const r of rows) console.log(`  ${pct(r.covered, r.total)}%  ${String(r.total).padStart(5)}  ${r.file}${r.loaded ? '' : '  (loaded by no test)'}`);

let failed = false;
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

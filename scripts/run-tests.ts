// Runs every test file under test/ (unit, fixture and protocol suites) with Node's own test
// runner. Node 20's `--test` does not expand globs, so the files are listed here.
// Two files at a time: Node's default is one fewer than the cores, one file at a time on a
// 2-core machine, and many files mostly wait on the processes they start (the language server,
// LibreOffice), so two at a time take about two thirds of the time.
// Usage: node --import tsx scripts/run-tests.ts [substring filter...]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const skipDirs = new Set(['fixtures', 'e2e', 'electron', 'node_modules']);

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

const filters = process.argv.slice(2);
const files = collect(join(root, 'test'), [])
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('run-tests: no test files matched');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);

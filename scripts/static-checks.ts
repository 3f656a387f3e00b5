// The static checks of `npm test`, side by side (each is one process on one core): the type
// check of the whole project (noUncheckedIndexedAccess included: tsconfig.json), the engine's own
// type check (no Node types: server/src/engine/tsconfig.json), the browser bundles' (no Node types
// either: tsconfig.web.json) and ESLint with type information. Each one's output is printed when
// it ends; exits non-zero if any failed.
// Usage: node --import tsx scripts/static-checks.ts
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
const cache = (name: string): string => join(root, 'node_modules', '.cache', 'tsc', name);

const checks: { name: string; command: string; args: string[] }[] = [
  // --incremental: a run after a small change re-checks what it touched (the state is kept in node_modules/.cache).
  { name: 'tsc (project)', command: bin('tsc'), args: ['-p', '.', '--noEmit', '--incremental', '--tsBuildInfoFile', cache('project.tsbuildinfo')] },
  { name: 'tsc (engine: ES2022 + WebWorker, no Node types)', command: bin('tsc'), args: ['-p', 'server/src/engine', '--noEmit', '--incremental', '--tsBuildInfoFile', cache('engine.tsbuildinfo')] },
  { name: 'tsc (browser bundles: ES2022 + WebWorker, no Node types)', command: bin('tsc'), args: ['-p', 'tsconfig.web.json', '--noEmit', '--incremental', '--tsBuildInfoFile', cache('web.tsbuildinfo')] },
  { name: 'eslint (type-aware, zero warnings)', command: bin('eslint'), args: ['--max-warnings', '0', '.'] },
];

function run(check: (typeof checks)[number]): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(check.command, check.args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (e) => {
      console.log(`✖ ${check.name}: ${e.message}`);
      resolve(false);
    });
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`${code === 0 ? '✔' : '✖'} ${check.name} (${seconds} s)`);
      if (output.trim() !== '') console.log(output.trimEnd());
      resolve(code === 0);
    });
  });
}

void Promise.all(checks.map(run)).then((results) => process.exit(results.every(Boolean) ? 0 : 1));

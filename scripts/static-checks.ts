// The static checks of `npm test`, side by side (each is one process on one core): the type
// check of the whole project (noUncheckedIndexedAccess included: tsconfig.json), the engine's own
// type check (no Node types: server/src/engine/tsconfig.json), the browser bundles' (no Node types
// either: tsconfig.web.json) and ESLint with type information. Each one's output is printed when
// it ends; exits non-zero if any failed.
// Usage: node --import tsx scripts/static-checks.ts
import { join } from 'node:path';
import { runCollecting } from './run-collecting';

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

async function run(check: (typeof checks)[number]): Promise<boolean> {
  const r = await runCollecting(check.command, check.args, root);
  console.log(`${r.code === 0 ? '✔' : '✖'} ${check.name} (${r.seconds.toFixed(1)} s)`);
  if (r.output.trim() !== '') console.log(r.output.trimEnd());
  return r.code === 0;
}

void Promise.all(checks.map(run)).then((results) => process.exit(results.every(Boolean) ? 0 : 1));

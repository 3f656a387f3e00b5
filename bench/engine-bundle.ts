/**
 * The engine as it ships: bundled and minified by esbuild like dist/server.js, loaded from
 * bench/out/. Measuring the TypeScript sources through tsx measures tsx instead: its CommonJS
 * output calls every function imported from another module through a getter, which the bundle
 * (one scope) does not; on the 40 KB draft that made the check look 15% slower than it is.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type * as Engine from '../server/src/engine';

export type EngineApi = Pick<typeof Engine, 'checkText' | 'parseSubmission'>;

export function loadEngineBundle(root: string, outDir: string): EngineApi {
  const outfile = join(outDir, 'engine.cjs');
  buildSync({
    entryPoints: [join(root, 'server', 'src', 'engine', 'index.ts')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // As in esbuild.mjs: jsonc-parser's ESM build bundles, its UMD "main" does not.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  });
  // A fresh copy each run: require's cache would keep an older build in a long-lived process.
  const require = createRequire(import.meta.url);
  delete require.cache[outfile];
  return require(outfile) as EngineApi;
}

// Types for esbuild.mjs's one export, which bench/web.ts builds the bundles from.
declare module '*/esbuild.mjs' {
  import type { BuildOptions } from 'esbuild';
  export function bundles(production: boolean): BuildOptions[];
}

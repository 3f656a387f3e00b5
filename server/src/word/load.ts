/** Loads the Word bundle (dist/word-files.js and the core it requires) on first use (see word-bundle.ts). */
import type * as WordModule from './word-bundle';

export type WordBundle = typeof WordModule;

let loaded: WordBundle | undefined;

export function loadWord(): WordBundle {
  // A literal path: esbuild maps it to dist/word-files.js (which requires the core, dist/word.js);
  // under tsx it is the TypeScript module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
  loaded ??= require('./word-bundle') as WordBundle;
  return loaded;
}

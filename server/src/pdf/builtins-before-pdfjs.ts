/**
 * The state of things before PDF.js loads, taken as this module is evaluated: pdf-read.ts imports
 * it before PDF.js (an ES module's imports are evaluated in order, in esbuild's bundle as in Node)
 * and calls `pdfjsLoaded()` once PDF.js has loaded.
 * - The built-ins (builtins-guard.ts), whose changes by PDF.js's polyfills are put back.
 * - console.warn, quiet meanwhile: PDF.js, built for the browser, warns as it loads in Node that it
 *   cannot reach Node's module loader (for @napi-rs/canvas) or polyfill what drawing needs (Path2D,
 *   ImageData); the import draws nothing, and the CLI's standard error is for the person.
 */
import { restoreBuiltins, snapshotBuiltins } from './builtins-guard';

const before = snapshotBuiltins();
const warn = console.warn;
console.warn = () => undefined;

/** Puts back what loading PDF.js changed, and console.warn. */
export function pdfjsLoaded(): void {
  console.warn = warn;
  restoreBuiltins(before);
}

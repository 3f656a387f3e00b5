/**
 * The built-ins as they are before PDF.js loads (builtins-guard.ts): pdf-read.ts imports this
 * module before PDF.js, so that it is evaluated, and the snapshot taken, first (an ES module's
 * imports are evaluated in order, in esbuild's bundle as in Node).
 */
import { snapshotBuiltins } from './builtins-guard';

export const BEFORE_PDFJS = snapshotBuiltins();

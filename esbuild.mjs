// Bundles the client, the language server and the CLI into dist/, and the web extension (the
// client and the server for VS Code for the Web's browser worker) into dist/web/.
// `--production` minifies and drops source maps (used for the .vsix).
import * as esbuild from 'esbuild';
import { pathToFileURL } from 'node:url';

/** Imports of the Word bundle stay imports of dist/word.js (see server/src/word/word-bundle.ts). */
const wordApart = {
  name: 'word-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/word-bundle$/ }, () => ({ path: './word.js', external: true }));
  },
};

/** Imports of the PDF bundle stay imports of dist/pdf.js (see server/src/pdf/pdf-bundle.ts). */
const pdfApart = {
  name: 'pdf-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/pdf-bundle$/ }, () => ({ path: './pdf.js', external: true }));
  },
};

/** Imports of the preview bundle stay imports of dist/preview.js (see client/src/preview/preview-bundle.ts). */
const previewApart = {
  name: 'preview-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/preview\/preview-bundle$/ }, () => ({ path: './preview.js', external: true }));
  },
};

/** Node has these built in; the npm copies that jszip and mammoth ask for only add weight. */
const nodeBuiltins = {
  name: 'node-builtins',
  setup(build) {
    build.onResolve({ filter: /^(readable-stream|string_decoder\/?)$/ }, (args) => ({ path: { 'readable-stream': 'stream' }[args.path] ?? args.path.replace(/\/$/, ''), external: true }));
  },
};

/** Every bundle's build options (`npm run bench` builds them minified, in memory, to report their sizes). */
export function bundles(production) {
  // The end-to-end tests' coverage run (E2E_COVERAGE, scripts/coverage.ts): the packaged bundles
  // unminified, their source maps inline, so V8's coverage of the installed extension maps back to
  // the TypeScript sources.
  const coverage = Boolean(process.env.E2E_COVERAGE);
  const sourcemap = coverage ? 'inline' : production ? false : 'linked';
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap,
    minify: production && !coverage,
    logLevel: 'warning',
    legalComments: 'none',
    // jsonc-parser's UMD build (its "main") requires files esbuild cannot follow; its ESM build
    // bundles. (mainFields: ['module'] for everything would pull in fdir's ESM, which needs import.meta.)
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    // ESM dependencies (tinyglobby's fdir) use import.meta.url, which a CommonJS bundle lacks.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  };
  /**
   * VS Code for the Web: the same sources for a browser web worker (package.json `browser`). No
   * Node built-in may be reached from these entries: esbuild fails the build if one is.
   */
  /** @type {import('esbuild').BuildOptions} */
  const web = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    sourcemap,
    minify: production && !coverage,
    logLevel: 'warning',
    legalComments: 'none',
    alias: common.alias,
  };
  // vscode-languageclient's two semver calls, without the semver package (client/src/semver-lite.ts).
  const clientAlias = { ...common.alias, 'semver/functions/parse': './client/src/semver-parse.cjs', 'semver/functions/satisfies': './client/src/semver-satisfies.cjs' };
  return [
    { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], alias: clientAlias, plugins: [previewApart] },
    // The Markdown preview's plugin, loaded when a preview first opens (client/src/preview-api.ts).
    { ...common, entryPoints: ['client/src/preview/preview-bundle.ts'], outfile: 'dist/preview.js', external: ['vscode'] },
    { ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', plugins: [wordApart, pdfApart] },
    { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [wordApart, pdfApart] },
    { ...common, entryPoints: ['server/src/word/word-bundle.ts'], outfile: 'dist/word.js', plugins: [nodeBuiltins, pdfApart] },
    // The extension host's web worker loads the client as CommonJS; the server is a worker script of its own.
    { ...web, entryPoints: ['client/src/browser/extension.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'], alias: clientAlias },
    { ...web, entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/web/server.js', format: 'iife' },
    // Loaded by the browser server with importScripts on the first export or import (server/src/browser/main.ts).
    { ...web, entryPoints: ['server/src/word/word-core.ts'], outfile: 'dist/web/word.js', format: 'iife', globalName: 'wsisWord' },
    // PDF.js's legacy build, its worker in the same thread (pdf-read.ts), loaded on the first PDF import
    // only: one script for both, built for the browser. The browser server loads it with importScripts
    // (it sets wsisPdf); the Node server and the CLI require it (the footer exports it; it reads in
    // Node as in the browser: pdf-read.ts, dom-matrix.ts, load.ts). A browser build never looks for
    // Node modules on disk (PDF.js's Node build tries to load @napi-rs/canvas, native code).
    { ...web, entryPoints: ['server/src/pdf/pdf-bundle.ts'], outfile: 'dist/pdf.js', format: 'iife', globalName: 'wsisPdf', footer: { js: "if (typeof module === 'object') module.exports = wsisPdf;" } },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const production = process.argv.includes('--production');
  // No top-level await: bench/web.ts loads this file through tsx as CommonJS.
  Promise.all(bundles(production).map((options) => esbuild.build(options))).catch(() => {
    process.exitCode = 1; // esbuild has printed the errors
  });
}

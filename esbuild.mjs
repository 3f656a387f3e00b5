// Bundles the client, the language server and the CLI into dist/, and the web extension (the
// client and the server for VS Code for the Web's browser worker) into dist/web/.
// `--production` minifies and drops source maps (used for the .vsix).
import * as esbuild from 'esbuild';
import { pathToFileURL } from 'node:url';

/** A plugin that leaves imports matching `filter` as imports of `path`, a bundle of its own. */
function apart(name, filter, path) {
  return {
    name,
    setup(build) {
      build.onResolve({ filter }, () => ({ path, external: true }));
    },
  };
}

/** Imports of the Word bundle stay imports of dist/word-files.js (see server/src/word/word-bundle.ts). */
const wordApart = apart('word-apart', /^\.\/word-bundle$/, './word-files.js');

/**
 * The Node file parts of Word (word-files.ts, libreoffice.ts: dist/word-files.js) take the
 * conversions, jszip, the Word messages and the engine (also for node/read-file.ts) from the one
 * Word core, dist/word.js (word-core.ts, built for the browser), instead of a second copy: their
 * imports of those become `require('./word.js')` (word-core.ts exports what they use;
 * test/unit/word/word-bundle.test.ts). The engine's checks (checkText, for the check before an
 * export) add 63 KB to the core; a copy of the engine in dist/word-files.js would be 160 KB.
 */
const wordCoreApart = {
  name: 'word-core-apart',
  setup(build) {
    const own = /[\\/]server[\\/]src[\\/]word[\\/](word-bundle|word-files|libreoffice)\.ts$/;
    build.onResolve({ filter: /^(jszip|\.\.\/engine|\.\/[\w-]+(\/[\w-]+)?)$/ }, (args) => {
      if (args.path !== '../engine' && (!own.test(args.importer) || /^\.\/(word-files|libreoffice)$/.test(args.path))) return undefined;
      return { path: args.path === 'jszip' ? 'jszip' : 'core', namespace: 'word-core' };
    });
    build.onResolve({ filter: /^\.\/word\.js$/, namespace: 'word-core' }, () => ({ path: './word.js', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'word-core' }, (args) => ({
      contents: args.path === 'jszip' ? "module.exports = require('./word.js').JSZip;" : "module.exports = require('./word.js');",
      loader: 'js',
    }));
  },
};

/** Imports of the PDF bundle stay imports of dist/pdf.js (see server/src/pdf/pdf-bundle.ts). */
const pdfApart = apart('pdf-apart', /^\.\/pdf-bundle$/, './pdf.js');

/** Imports of the preview bundle stay imports of dist/preview.js (see client/src/preview/preview-bundle.ts). */
const previewApart = apart('preview-apart', /^\.\/preview\/preview-bundle$/, './preview.js');

/**
 * A script loaded on first use by both servers: the browser one runs it with importScripts, and it
 * sets the global `globalName`; Node requires it, and the footer exports the same object.
 */
function sharedScript(globalName) {
  return { format: 'iife', globalName, footer: { js: `if (typeof module === 'object') module.exports = ${globalName};` } };
}

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
    // Word's file parts for Node (atomic writes, LibreOffice), loaded on the first export or import;
    // they require the Word core, dist/word.js (below).
    { ...common, entryPoints: ['server/src/word/word-bundle.ts'], outfile: 'dist/word-files.js', plugins: [wordCoreApart, pdfApart] },
    // The extension host's web worker loads the client as CommonJS; the server is a worker script of its own.
    { ...web, entryPoints: ['client/src/browser/extension.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'], alias: clientAlias },
    { ...web, entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/web/server.js', format: 'iife' },
    // The Word core (export to .docx bytes, import from bytes, paste, roll-forward), loaded on the
    // first export, import or paste: one script for both, built for the browser. The browser server
    // loads it with importScripts (it sets wsisWord; server/src/browser/main.ts); in Node,
    // dist/word-files.js requires it (the footer exports it).
    { ...web, entryPoints: ['server/src/word/word-core.ts'], outfile: 'dist/word.js', ...sharedScript('wsisWord') },
    // PDF.js's legacy build, its worker in the same thread (pdf-read.ts), loaded on the first PDF import
    // only: one script for both, built for the browser. The browser server loads it with importScripts
    // (it sets wsisPdf); the Node server and the CLI require it (the footer exports it; it reads in
    // Node as in the browser: pdf-read.ts, dom-matrix.ts, load.ts). A browser build never looks for
    // Node modules on disk (PDF.js's Node build tries to load @napi-rs/canvas, native code).
    { ...web, entryPoints: ['server/src/pdf/pdf-bundle.ts'], outfile: 'dist/pdf.js', ...sharedScript('wsisPdf') },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const production = process.argv.includes('--production');
  // No top-level await: bench/web.ts loads this file through tsx as CommonJS.
  Promise.all(bundles(production).map((options) => esbuild.build(options))).catch(() => {
    process.exitCode = 1; // esbuild has printed the errors
  });
}

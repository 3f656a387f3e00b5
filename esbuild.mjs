// Bundles the client, the language server and the CLI into dist/.
// `--production` minifies and drops source maps (used for the .vsix).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD build (its "main") requires files esbuild cannot follow; its ESM build
  // bundles. (mainFields: ['module'] for everything would pull in fdir's ESM, which needs import.meta.)
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // ESM dependencies (tinyglobby's fdir) use import.meta.url, which a CommonJS bundle lacks.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

/** Imports of the Word bundle stay imports of dist/word.js (see server/src/word/word-bundle.ts). */
const wordApart = {
  name: 'word-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/word-bundle$/ }, () => ({ path: './word.js', external: true }));
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

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/client.js',
    external: ['vscode'],
    // vscode-languageclient's two semver calls, without the semver package (client/src/semver-lite.ts).
    alias: { ...common.alias, 'semver/functions/parse': './client/src/semver-parse.cjs', 'semver/functions/satisfies': './client/src/semver-satisfies.cjs' },
    plugins: [previewApart],
  }),
  esbuild.build({ ...common, entryPoints: ['client/src/preview/preview-bundle.ts'], outfile: 'dist/preview.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [wordApart] }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [wordApart] }),
  esbuild.build({ ...common, entryPoints: ['server/src/word/word-bundle.ts'], outfile: 'dist/word.js', plugins: [nodeBuiltins] }),
]);

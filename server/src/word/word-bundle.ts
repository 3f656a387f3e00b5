/**
 * Everything Word for Node, loaded only when a draft is exported or imported, so checking (the
 * CLI's main job, and the server's) does not pay for loading docx and mammoth. Bundled as
 * dist/word-files.js: the file parts (word-files.ts, libreoffice.ts: Node built-ins, atomic
 * writes, LibreOffice), which require the Word core, dist/word.js (word-core.ts, the browser's
 * bundle too), for the conversions (esbuild.mjs). esbuild.mjs rewrites imports of this module to
 * `./word-files.js`. The CLI's `export` and `import` commands (cli/word.ts) live in the CLI and
 * load this bundle like the server does.
 */
export { LibreOfficeError, LibreOfficeMissingError } from './libreoffice';
export { errorsBeforeExport, exportDraftFile, importDocument, importDocxFile, OverwriteError, type ExportFormat, type ExportResult } from './word-files';
export * from './word-core';

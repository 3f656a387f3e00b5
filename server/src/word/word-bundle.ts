/**
 * Everything Word: bundled apart as dist/word.js and loaded only when a draft is exported or
 * imported, so checking (the CLI's main job, and the server's) does not pay for loading docx and
 * mammoth. esbuild.mjs rewrites imports of this module to `./word.js`. The CLI's `export` and
 * `import` commands (cli/word.ts) live in the CLI and load this bundle like the server does.
 */
export { LibreOfficeError, LibreOfficeMissingError } from './libreoffice';
export { errorsBeforeExport, exportDraftFile, importDocument, importDocxFile, OverwriteError, type ExportFormat, type ExportResult } from './word-files';
export * from './word-core';

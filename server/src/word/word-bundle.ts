/**
 * Everything Word: bundled apart as dist/word.js and loaded only when a draft is exported or
 * imported, so checking (the CLI's main job, and the server's) does not pay for loading docx and
 * mammoth. esbuild.mjs rewrites imports of this module to `./word.js`.
 */
export { runExport, runImport } from '../cli/word';
export { LibreOfficeError, LibreOfficeMissingError } from './libreoffice';
export { errorsBeforeExport, exportDraftFile, importDocxFile, OverwriteError, type ExportFormat, type ExportResult } from './word-files';
export * from './word-core';

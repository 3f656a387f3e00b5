/**
 * The PDF import: bundled apart as dist/pdf.js (PDF.js is the largest part of the extension) and
 * loaded only when a PDF is imported. One bundle, built for the browser, serves the Node server and
 * CLI (which require it) and the browser server (which loads it with importScripts): esbuild.mjs.
 * esbuild.mjs rewrites imports of this module to `./pdf.js`.
 */
export { pdfToDraft, PdfImportError, type PdfImport, type PdfImportOptions } from './import-pdf';
export { DEFAULT_PDF_LIMITS, NO_TEXT } from './pdf-read';

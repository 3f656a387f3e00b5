/**
 * The PDF import: bundled apart as dist/pdf.js (PDF.js is the largest part of the extension) and
 * loaded only when a PDF is imported. esbuild.mjs rewrites imports of this module to `./pdf.js`.
 */
export { pdfToDraft, PdfImportError, type PdfImport, type PdfImportOptions } from './import-pdf';
export { DEFAULT_PDF_LIMITS, NO_TEXT } from './pdf-read';

/** Loads the PDF bundle on first use (see pdf-bundle.ts). */
import type * as PdfModule from './pdf-bundle';

export type PdfBundle = typeof PdfModule;

let loaded: PdfBundle | undefined;

export function loadPdf(): PdfBundle {
  if (loaded !== undefined) return loaded;
  // PDF.js warns as it loads in Node: builtins-before-pdfjs.ts keeps it quiet, and gives console.warn
  // back once PDF.js has loaded; here too, in case it failed to load.
  const warn = console.warn;
  try {
    // A literal path: esbuild maps it to dist/pdf.js; under tsx it is the TypeScript module.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
    loaded = require('./pdf-bundle') as PdfBundle;
  } finally {
    console.warn = warn;
  }
  return loaded;
}

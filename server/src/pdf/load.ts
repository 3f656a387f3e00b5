/** Loads the PDF bundle on first use (see pdf-bundle.ts). */
import type * as PdfModule from './pdf-bundle';

export type PdfBundle = typeof PdfModule;

let loaded: PdfBundle | undefined;

export function loadPdf(): PdfBundle {
  if (loaded !== undefined) return loaded;
  // PDF.js, built for the browser, warns as it loads in Node that it cannot reach Node's require
  // (for @napi-rs/canvas) or polyfill what drawing needs (Path2D, ImageData): the import draws
  // nothing, and the CLI's standard error is for the person.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    // A literal path: esbuild maps it to dist/pdf.js; under tsx it is the TypeScript module.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
    loaded = require('./pdf-bundle') as PdfBundle;
  } finally {
    console.warn = warn;
  }
  return loaded;
}

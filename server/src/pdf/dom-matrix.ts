/**
 * PDF.js's display layer, written for a browser, makes a DOMMatrix as it loads (for drawing pages,
 * which the import never does). A web worker has DOMMatrix; Node has none, and PDF.js would take one
 * from @napi-rs/canvas, a native module that is not shipped (and that dist/pdf.js, built for the
 * browser, does not look for): without this stand-in, loading PDF.js in Node fails. Imported by
 * pdf-read.ts before PDF.js, it is put in place only where there is no DOMMatrix. Reading text never
 * uses it: anything beyond making one fails, and the import is refused with the reason.
 */
class DOMMatrixStandIn {
  readonly a = 1;
  readonly b = 0;
  readonly c = 0;
  readonly d = 1;
  readonly e = 0;
  readonly f = 0;
}

const scope = globalThis as { DOMMatrix?: unknown };
scope.DOMMatrix ??= DOMMatrixStandIn;

// pdfjs-dist ships no types for its worker module; the reader needs only its message handler.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

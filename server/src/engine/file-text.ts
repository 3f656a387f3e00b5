/**
 * Limits and decoding for the files a user or a workspace hands us, the same wherever the
 * checker runs (the Node CLI and server read them from disk, the browser server through the
 * editor): a draft or a Word document beyond these is refused, not read.
 */

/** The largest draft read: a submission is a few pages; 20 MB is far beyond any. */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

/** The largest Word document read. */
export const MAX_DOCX_BYTES = 64 * 1024 * 1024;

/** The largest PDF read: a published submission is well under 1 MB, a long report some 10 MB. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

/** A PDF by its first bytes (the header may follow a little junk, up to 1 KB, as PDF readers allow), whatever its name. */
export function isPdfData(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  const mark = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
  for (let i = 0; i + mark.length <= head.length; i++) {
    if (mark.every((b, j) => head[i + j] === b)) return true;
  }
  return false;
}

export interface DecodedText {
  text: string;
  /** False when some bytes were not UTF-8 (they read as U+FFFD): such a text must not be written back. */
  clean: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** UTF-8 bytes to text, a byte-order mark kept (so writing the text back keeps it). */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes), clean: true };
  } catch {
    return { text: lenient.decode(bytes), clean: false };
  }
}

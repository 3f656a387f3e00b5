/**
 * Limits and decoding for the files a user or a workspace hands us, the same wherever the
 * checker runs (the Node CLI and server read them from disk, the browser server through the
 * editor): a draft or a Word document beyond these is refused, not read.
 */

/** The largest draft read: a submission is a few pages; 20 MB is far beyond any. */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

/** The largest Word document read. */
export const MAX_DOCX_BYTES = 64 * 1024 * 1024;

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

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { decodeUtf8, MAX_DRAFT_BYTES, type DecodedText } from '../engine';

/**
 * Reading a file someone handed us: only a regular file (a FIFO, a device such as /dev/zero or a
 * folder is refused before anything is read, whatever link led there), and only up to a limit.
 * The file is opened without blocking (a FIFO with no writer would otherwise hang the open), and
 * its type is checked on the open file itself, so nothing can be swapped in between.
 */

export { decodeUtf8, MAX_DOCX_BYTES, MAX_DRAFT_BYTES, type DecodedText } from '../engine';

export class FileReadError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-a-file' | 'too-large',
  ) {
    super(message);
  }
}

// O_NONBLOCK is not defined on Windows, which has no FIFOs to block on.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function megabytes(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

function tooLarge(maxBytes: number): FileReadError {
  return new FileReadError(`larger than ${megabytes(maxBytes)}`, 'too-large');
}

const NOT_A_FILE = 'not a regular file';

/** The bytes of the regular file at `path` (links followed), at most `maxBytes` of them. */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, FLAGS);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('it is a folder'), { code: 'EISDIR' });
    if (!stat.isFile()) throw new FileReadError(NOT_A_FILE, 'not-a-file');
    if (stat.size > maxBytes) throw tooLarge(maxBytes);
    return readBounded(fd, maxBytes, stat.size);
  } finally {
    closeSync(fd);
  }
}

/** Reads an open file (or standard input) to its end, refusing more than `maxBytes`. */
export function readBounded(fd: number, maxBytes: number, sizeHint = 64 * 1024): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(sizeHint, 4096), maxBytes) + 1);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      // Standard input set to non-blocking by someone else: wait for data.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw error;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(Buffer.from(buffer.subarray(0, n)));
    if (n === buffer.length) buffer = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
  }
  return Buffer.concat(chunks, total);
}

/** As readRegularFile, without blocking the event loop. */
export async function readRegularFileAsync(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, FLAGS);
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('it is a folder'), { code: 'EISDIR' });
    if (!stat.isFile()) throw new FileReadError(NOT_A_FILE, 'not-a-file');
    if (stat.size > maxBytes) throw tooLarge(maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(Math.max(stat.size, 4096), maxBytes) + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}


/** A draft's text: a regular file of at most MAX_DRAFT_BYTES, decoded as UTF-8. */
export function readDraftText(path: string, maxBytes = MAX_DRAFT_BYTES): DecodedText {
  return decodeUtf8(readRegularFile(path, maxBytes));
}

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type BoundedRead = { text: string } | { tooLarge: number };

/**
 * A small text file (a configuration), read without ever holding more than `max` + 1 bytes:
 * a larger file, or one that grows while it is read, is `{ tooLarge: bytes }` (at least
 * `max` + 1). With `regularOnly`, the file is opened without blocking and anything but a regular
 * file (a FIFO planted under the name, a device) is refused with an error, before any read.
 * Throws what opening or reading throws (ENOENT, EACCES ...).
 */
export function readTextBounded(path: string, max: number, regularOnly: boolean): BoundedRead {
  const fd = openSync(path, regularOnly ? constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) : 'r');
  try {
    const stat = fstatSync(fd);
    if (regularOnly && !stat.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTFILE' });
    if (stat.isFile() && stat.size > max) return { tooLarge: stat.size };
    const buffer = Buffer.alloc(max + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > max) return { tooLarge: Math.max(stat.size, length) };
    return { text: buffer.toString('utf8', 0, length) };
  } finally {
    closeSync(fd);
  }
}

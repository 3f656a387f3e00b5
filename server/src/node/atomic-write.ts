import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The one way files are written: through a temporary file beside the target and a rename, so an
 * interrupted write never leaves half a file. The temporary file has a random name and is created
 * exclusively ('wx': O_CREAT|O_EXCL, which follows no link), so nothing planted under a name we
 * would pick can receive the data. The target keeps its permission bits.
 */
export interface AtomicWriteOptions {
  /**
   * A symbolic link at `path`: write through it to the file it names (`--fix` on a linked draft
   * fixes the draft), or replace the link itself with the new file (an output a workspace may
   * have planted as a link to somewhere else). Through, by default.
   */
  throughLink?: boolean;
}

/** Where a write to `path` lands: its real path when it exists (through links), else `path` in its folder's real path. */
export function writeTarget(path: string, throughLink = true): string {
  if (throughLink) {
    try {
      return realpathSync(path);
    } catch {
      // Not there yet (or a link to nothing, which is replaced): the name in its real folder.
    }
  }
  let dir = dirname(path);
  try {
    dir = realpathSync(dir);
  } catch {
    // The folder is missing: the open below says so.
  }
  return join(dir, basename(path));
}

interface Existing {
  mode: number;
  uid: number;
  gid: number;
}

function existing(target: string, throughLink: boolean): Existing | undefined {
  try {
    const stat = throughLink ? statSync(target) : lstatSync(target);
    return stat.isFile() ? { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid } : undefined;
  } catch {
    return undefined;
  }
}

function openTemp(dir: string, name: string): { fd: number; path: string } {
  // The target's name helps whoever finds a leftover, unless it would make the name too long.
  const prefix = Buffer.byteLength(name) <= 128 ? `.${name}.` : '.';
  for (let attempt = 0; ; attempt++) {
    const path = join(dir, `${prefix}${randomBytes(8).toString('hex')}.wsis-tmp`);
    try {
      return { fd: openSync(path, 'wx', 0o600), path };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw error;
    }
  }
}

/** Writes `data` to `path` atomically; returns the path written (the link's target when `path` is a link). */
export function writeFileAtomically(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): string {
  const throughLink = options.throughLink ?? true;
  const target = writeTarget(path, throughLink);
  // A new file gets the usual 0666 less the umask; an existing one keeps its bits (and, when root
  // writes it, its owner).
  const before = existing(target, throughLink);
  const mode = before?.mode ?? 0o666 & ~currentUmask();
  const temp = openTemp(dirname(target), basename(target));
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let at = 0;
      while (at < bytes.length) at += writeSync(temp.fd, bytes, at, bytes.length - at);
      if (process.platform !== 'win32') {
        if (before !== undefined && process.getuid?.() === 0) fchownSync(temp.fd, before.uid, before.gid);
        fchmodSync(temp.fd, mode);
      }
      fsyncSync(temp.fd);
    } finally {
      closeSync(temp.fd);
    }
    renameSync(temp.path, target);
  } catch (error) {
    rmSync(temp.path, { force: true });
    throw error;
  }
  return target;
}

let umask: number | undefined;

/** The process's umask, read once (process.umask() without an argument is deprecated, and absent in workers). */
function currentUmask(): number {
  if (umask === undefined) {
    try {
      umask = process.umask();
    } catch {
      umask = 0o022;
    }
  }
  return umask;
}

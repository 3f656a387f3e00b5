import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import type { Locale } from '../engine';
import { cliText } from './messages/catalogue';

/** What the command line names, expanded into the files to check, and the problems met. */
export interface Expanded {
  files: string[];
  problems: string[];
}

const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);
const GLOB = /[*?[\]{}]/;

/**
 * Folders and globs give regular files only, and follow no symbolic link (to a file or a folder):
 * a link planted in a workspace could lead anywhere (/dev/zero, a FIFO, a file outside). A link
 * named on the command line is followed, and read only if it leads to a regular file.
 */
function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && /\.md$/i.test(entry.name)) out.push(path);
  }
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file itself, whatever name it was reached by (a link, `./a` and `a`): each is checked once. */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Files are taken as named; folders give their Markdown files (the caller decides which plain
 * `.md` files look like drafts); globs are expanded. Nothing that fails stops the others.
 */
export function expandPaths(paths: readonly string[], locale: Locale = 'en'): Expanded & { folderOf: Map<string, string> } {
  const files: string[] = [];
  const problems: string[] = [];
  const folderOf = new Map<string, string>();
  for (const p of paths) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    if (GLOB.test(p)) {
      let matches: string[];
      try {
        matches = globSync(p, { absolute: false, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      } catch (error) {
        problems.push(cliText(locale, 'files.bad-glob', { path: p, error: error instanceof Error ? error.message : String(error) }));
        continue;
      }
      // The glob already leaves links out; a match that is no regular file by now is skipped too.
      matches = matches.filter(isRegularFile);
      if (matches.length === 0) problems.push(cliText(locale, 'files.no-match', { path: p }));
      files.push(...matches.sort());
      continue;
    }
    let stat;
    try {
      stat = statSync(p);
    } catch {
      problems.push(cliText(locale, 'files.missing', { path: p }));
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      try {
        walk(p, found);
      } catch (error) {
        problems.push(cliText(locale, 'files.unreadable-folder', { path: p, error: error instanceof Error ? error.message : String(error) }));
        continue;
      }
      found.sort();
      for (const f of found) if (!folderOf.has(f)) folderOf.set(f, p);
      if (found.length === 0) problems.push(cliText(locale, 'files.no-drafts', { path: p }));
      files.push(...found);
    } else {
      files.push(p);
    }
  }
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    const id = f === '-' ? f : identity(f);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { files: unique, problems, folderOf };
}

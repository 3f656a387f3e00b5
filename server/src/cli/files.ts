import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

/** What the command line names, expanded into the files to check, and the problems met. */
export interface Expanded {
  files: string[];
  problems: string[];
}

const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);
const GLOB = /[*?[\]{}]/;

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && /\.md$/i.test(entry.name)) out.push(path);
  }
}

/**
 * Files are taken as named; folders give their Markdown files (the caller decides which plain
 * `.md` files look like drafts); globs are expanded. Nothing that fails stops the others.
 */
export function expandPaths(paths: readonly string[]): Expanded & { folderOf: Map<string, string> } {
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
        matches = globSync(p, { absolute: false, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      } catch (error) {
        problems.push(`${p}: not a valid glob pattern (${error instanceof Error ? error.message : String(error)}).`);
        continue;
      }
      if (matches.length === 0) problems.push(`${p}: no file matches this pattern.`);
      files.push(...matches.sort());
      continue;
    }
    let stat;
    try {
      stat = statSync(p);
    } catch {
      problems.push(`${p}: no such file or folder.`);
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      try {
        walk(p, found);
      } catch (error) {
        problems.push(`${p}: cannot read this folder (${error instanceof Error ? error.message : String(error)}).`);
        continue;
      }
      found.sort();
      for (const f of found) if (!folderOf.has(f)) folderOf.set(f, p);
      if (found.length === 0) problems.push(`${p}: no drafts (*.md files) in this folder.`);
      files.push(...found);
    } else {
      files.push(p);
    }
  }
  return { files: [...new Set(files)], problems, folderOf };
}

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_WORKSPACE_FILES, type Cancellable } from '../lsp/workspace-files';

const SKIP = new Set(['node_modules', '.git']);

/**
 * Every Markdown file (`*.md`, which includes `*.wsis.md`) under `root`, skipping node_modules
 * and .git, in a stable order. Symbolic links are not followed (no cycles); unreadable folders
 * are skipped. Stops early (returning what it found) when `token` is cancelled.
 */
export async function findMarkdownFiles(root: string, token?: Cancellable, limit = MAX_WORKSPACE_FILES): Promise<string[]> {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0 && out.length < limit) {
    if (token?.isCancellationRequested === true) break;
    const dir = stack.pop() as string;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) stack.push(join(dir, e.name));
      } else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) {
        out.push(join(dir, e.name));
      }
    }
  }
  return out.sort();
}

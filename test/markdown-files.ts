// The Markdown files under a folder, for the tests that run over every draft the repository holds
// (fixtures, seeds, examples). One walker: three test files each had their own.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.md` file under `dir`, in directory order; `.fixed.md` (a fixture's expected fix) too unless `withFixed` is false. */
export function markdownFiles(dir: string, { withFixed = true }: { withFixed?: boolean } = {}): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name), { withFixed }) : e.name.endsWith('.md') && (withFixed || !e.name.endsWith('.fixed.md')) ? [join(dir, e.name)] : [],
  );
}

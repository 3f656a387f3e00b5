// Packaging a test extension into a .vsix with the project's @vscode/vsce.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';
import { runToEnd } from './processes';

/** Packages the extension in `dir` with the project's @vscode/vsce; returns the .vsix path. */
export async function packageVsix(dir: string, out = join(dir, 'ext.vsix')): Promise<string> {
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const { code, output } = await runToEnd(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], {
    cwd: dir,
    timeoutMs: 120_000,
  });
  if (code !== 0 || !existsSync(out)) throw new Error(`vsce package failed in ${dir} (exit ${code}):\n${output}`);
  return out;
}

// npm run test:electron: the same user steps as the code-server suite, in desktop VS Code,
// through @vscode/test-electron. It downloads VS Code from Microsoft's update service, so it runs
// only where that is reachable (not on this project's CI machines; see the README).
import { join } from 'node:path';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';

const root = join(import.meta.dirname, '..', '..');

async function main(): Promise<void> {
  const suite = join(root, 'dist', 'test-electron', 'suite.js');
  await build({ entryPoints: [join(import.meta.dirname, 'suite.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: suite, external: ['vscode'], logLevel: 'warning' });
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    launchArgs: [join(root, 'test', 'fixtures'), '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error: unknown) => {
  console.error(`test:electron: ${error instanceof Error ? error.message : String(error)}`);
  console.error('It needs to download VS Code (update.code.visualstudio.com); where that is not reachable, run npm run test:e2e instead.');
  process.exit(1);
});

// npm run test:electron: the `vscode`-API suite (suite.ts) in desktop VS Code, through
// @vscode/test-electron. It downloads VS Code from Microsoft's update service, so it runs only
// where that is reachable (not on this project's CI machines; see the README); there,
// test/e2e/api.e2e.ts runs the same suite in code-server's extension host (npm run test:e2e).
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite';

const root = join(import.meta.dirname, '..', '..');

async function main(): Promise<void> {
  const suite = await buildSuite();
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

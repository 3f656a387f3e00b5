// After an export: revealFileInOS exists only in desktop VS Code and works only on a local file;
// VS Code for the Web and remote windows get Show in Explorer and Download instead.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ACTION_COMMANDS, exportActions } from '../../client/src/export-actions';

describe('what an export offers', () => {
  it('reveals in the OS only on a local desktop window with a file on disk', () => {
    assert.deepEqual(exportActions({ web: false, remoteName: undefined, scheme: 'file' }), ['Reveal', 'Show in Explorer']);
    assert.equal(ACTION_COMMANDS.Reveal[0], 'revealFileInOS');
  });

  it('in the browser, in a remote window and in a virtual workspace: the Explorer and a download, never revealFileInOS', () => {
    for (const place of [
      { web: true, remoteName: undefined, scheme: 'vscode-vfs' },
      { web: true, remoteName: 'code-server', scheme: 'vscode-remote' },
      { web: false, remoteName: 'ssh-remote', scheme: 'file' },
      { web: false, remoteName: undefined, scheme: 'vscode-vfs' },
    ]) {
      const actions = exportActions(place);
      assert.deepEqual(actions, ['Show in Explorer', 'Download'], JSON.stringify(place));
      assert.ok(actions.every((a) => !ACTION_COMMANDS[a].includes('revealFileInOS')));
    }
    assert.deepEqual(ACTION_COMMANDS.Download, ['revealInExplorer', 'explorer.download']);
  });

  it('the word commands offer these, not a bare revealFileInOS', () => {
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'client', 'src', 'word-commands.ts'), 'utf8');
    assert.doesNotMatch(source, /'revealFileInOS'/);
    assert.match(source, /exportActions\(/);
  });
});

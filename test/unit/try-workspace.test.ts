// `npm run try` serves a copy of the examples (edits and fix-on-save never touch the tracked
// examples/) with the product's own editor defaults, not the test harness's.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fixAll } from '../../server/src/engine';
import { DEFAULT_SETTINGS, userSettings } from '../e2e/harness';
import { prepareTryWorkspace, TRY_SETTINGS } from '../../scripts/try-workspace';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');

describe('npm run try', () => {
  it('serves a copy of the examples outside the repository, and fixing it leaves examples/ as it is', () => {
    const before = new Map(readdirSync(EXAMPLES).map((f) => [f, readFileSync(join(EXAMPLES, f), 'utf8')]));
    const ws = prepareTryWorkspace(EXAMPLES);
    try {
      assert.ok(relative(ROOT, ws.folder).startsWith('..'), `${ws.folder} lies inside the repository`);
      assert.deepEqual(readdirSync(ws.folder).sort(), [...before.keys()].filter((f) => f.endsWith('.md')).sort());
      assert.deepEqual(ws.drafts.map((d) => d.slice(ws.folder.length + 1)), [...before.keys()].filter((f) => f.endsWith('.wsis.md')).sort().reverse());
      // What fix on save does, on the copy.
      for (const d of ws.drafts) writeFileSync(d, fixAll(readFileSync(d, 'utf8')).text);
      assert.notEqual(readFileSync(join(ws.folder, 'draft-with-problems.wsis.md'), 'utf8'), before.get('draft-with-problems.wsis.md'));
      for (const [f, text] of before) assert.equal(readFileSync(join(EXAMPLES, f), 'utf8'), text, `examples/${f} changed`);
    } finally {
      ws.remove();
    }
    assert.equal(existsSync(ws.folder), false);
  });

  it('writes the product\'s defaults: no word wrap or auto-save override, nothing of the harness\'s editor settings', () => {
    const settings = userSettings({ baseSettings: { ...TRY_SETTINGS } });
    assert.equal(settings['[wsis]'], undefined, 'word wrap stays as the extension sets it (on)');
    assert.equal(settings['files.autoSave'], undefined, 'auto-save stays as VS Code has it');
    for (const key of Object.keys(settings)) assert.ok(!key.startsWith('editor.') && !key.startsWith('['), `${key} changes how a draft is edited`);
    // The tests keep theirs.
    assert.deepEqual(userSettings({}), DEFAULT_SETTINGS);
    // And the extension's own default is word wrap on for drafts.
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { configurationDefaults: Record<string, Record<string, unknown>> } };
    assert.equal(manifest.contributes.configurationDefaults['[wsis]']?.['editor.wordWrap'], 'on');
  });

  it('try.ts opens the copy with those settings, and prints progress while it sets up', () => {
    const source = readFileSync(join(ROOT, 'scripts', 'try.ts'), 'utf8');
    assert.match(source, /prepareTryWorkspace\(EXAMPLES\)/);
    assert.match(source, /startCodeServer\(\{ workspace: workspace\.folder,[^}]*baseSettings: \{ \.\.\.TRY_SETTINGS \}/);
    assert.doesNotMatch(source, /workspace: EXAMPLES/);
    assert.match(source, /stdio: \['ignore', 'inherit', 'inherit'\]/);
    assert.match(source, /still working/);
  });
});

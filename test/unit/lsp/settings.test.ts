import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigLocator, DEFAULT_SETTINGS, parentUri, type LoadedConfig } from '../../../server/src/engine';
import { Logger } from '../../../server/src/lsp/logger';
import { readEditorSection, SettingsResolver } from '../../../server/src/lsp/settings';
import { at } from '../../../server/src/engine/text/at';

/** Settings as plain data: the rule and limit maps have no prototype, which deepEqual would compare. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const quiet = new Logger({ error: () => undefined, warn: () => undefined, info: () => undefined, log: () => undefined }, 'error');

function files(map: Record<string, string>) {
  const reads: string[] = [];
  return { reads, read: (uri: string) => (reads.push(uri), map[uri]) };
}

describe('readEditorSection', () => {
  it('takes kind, rules and limits as checker settings and markdown.enable for Markdown files', () => {
    const section = { markdown: { enable: 'always' }, kind: 'statement', rules: { 'cover-title': 'off' }, limits: { partOneWords: 250, totalWords: 2400 }, trace: { server: 'verbose' } };
    assert.deepEqual(plain(readEditorSection(section)), {
      settings: { kind: 'statement', rules: { 'cover-title': 'off' }, limits: { partOneWords: 250, totalWords: 2400 } },
      markdown: 'always',
      problems: [],
    });
  });

  it('reports invalid values and keeps the valid ones', () => {
    const read = readEditorSection({ markdown: { enable: 'sometimes' }, rules: { 'cover-title': 'loud', 'cover-session': 'off' } });
    assert.deepEqual(plain(read.settings), { rules: { 'cover-session': 'off' } });
    assert.equal(read.markdown, 'auto');
    assert.deepEqual(read.problems, [
      `WSIS settings: The level of 'cover-title' must be "off", "info", "warning" or "error".`,
      `WSIS settings: 'wsis.markdown.enable' must be "auto", "always" or "never".`,
    ]);
    assert.deepEqual(readEditorSection(undefined), { settings: {}, markdown: 'auto', problems: [] });
  });

  it('reports "__proto__" in wsis.rules as an unknown rule and switches nothing off (the section as JSON brings it)', () => {
    const section = JSON.parse('{"rules": {"__proto__": {"disclaimer": "off"}, "cover-title": "off"}, "markdown": {"__proto__": {"enable": "never"}}}') as unknown;
    const read = readEditorSection(section);
    assert.deepEqual(read.problems, ["WSIS settings: Unknown rule '__proto__'. See docs/rules.md for the rule ids."]);
    assert.equal(read.markdown, 'auto');
    assert.equal(Object.getPrototypeOf(read.settings.rules), null);
    assert.deepEqual(Object.keys(read.settings.rules ?? {}), ['cover-title']);
    // Inherited values are not settings: a section whose prototype carries rules gives none.
    const inherited = Object.create({ rules: { disclaimer: 'off' }, markdown: { enable: 'never' } }) as unknown;
    assert.deepEqual(plain(readEditorSection(inherited)), { settings: {}, markdown: 'auto', problems: [] });
  });
});

describe('ConfigLocator', () => {
  it('finds the nearest .wsisrc.json from the draft\'s folder upward and reads each folder once', async () => {
    const fs = files({ 'file:///w/.wsisrc.json': '{ "kind": "wgec" }', 'file:///w/a/b/.wsisrc.json': '{ "rules": { "cover-title": "off" } }' });
    const loaded: [string, LoadedConfig | null][] = [];
    const configs = new ConfigLocator(fs.read, (uri, c) => loaded.push([uri, c]));
    assert.equal((await configs.forDocument('file:///w/a/b/c/d.wsis.md'))?.uri, 'file:///w/a/b/.wsisrc.json');
    assert.deepEqual((await configs.forDocument('file:///w/a/x.wsis.md'))?.settings, { kind: 'wgec' });
    assert.deepEqual(plain((await configs.forDocument('file:///w/a/b/c/e.wsis.md'))?.settings), { rules: { 'cover-title': 'off' } });
    assert.deepEqual(fs.reads, ['file:///w/a/b/c/.wsisrc.json', 'file:///w/a/b/.wsisrc.json', 'file:///w/a/.wsisrc.json', 'file:///w/.wsisrc.json']);
    assert.deepEqual(
      loaded.filter(([, c]) => c !== null).map(([uri]) => uri),
      ['file:///w/a/b/.wsisrc.json', 'file:///w/.wsisrc.json'],
    );
    assert.equal(await configs.forDocument('untitled:Untitled-1'), undefined);
    assert.equal(await configs.forDocument('file:///elsewhere/x.md'), undefined);
  });

  it('reads again after invalidate(), and reports the problems of a broken file', async () => {
    const map: Record<string, string> = { 'file:///w/.wsisrc.json': '{ "kind": "wgec" }' };
    const configs = new ConfigLocator((u) => map[u], () => undefined);
    assert.deepEqual((await configs.forDocument('file:///w/d.md'))?.settings, { kind: 'wgec' });
    map['file:///w/.wsisrc.json'] = '{ "kind": ';
    assert.deepEqual((await configs.forDocument('file:///w/d.md'))?.settings, { kind: 'wgec' }, 'cached');
    configs.invalidate();
    const broken = await configs.forDocument('file:///w/d.md');
    assert.deepEqual(broken?.settings, {});
    assert.match(at(broken?.problems, 0).message ?? '', /^This is not valid JSON/);
  });

  it('reports a config nested 5,000 deep, goes on with the defaults, and parses it once until invalidate()', async () => {
    const deep = `{"rules":${'{"a":'.repeat(5000)}1${'}'.repeat(5001)}`;
    const fs = files({ 'file:///w/.wsisrc.json': deep });
    const loaded: (LoadedConfig | null)[] = [];
    const configs = new ConfigLocator(fs.read, (_, c) => loaded.push(c));
    for (const draft of ['file:///w/a.wsis.md', 'file:///w/b/c.wsis.md', 'file:///w/a.wsis.md']) {
      const config = await configs.forDocument(draft);
      assert.deepEqual(config?.settings, {});
      assert.match(at(config?.problems, 0).message ?? '', /nested more than 64 levels deep/);
    }
    assert.deepEqual(fs.reads.filter((r) => r === 'file:///w/.wsisrc.json'), ['file:///w/.wsisrc.json'], 'read and parsed once');
    assert.equal(loaded.filter((c) => c !== null).length, 1, 'its problems are published once');
    configs.invalidate();
    await configs.forDocument('file:///w/a.wsis.md');
    assert.equal(loaded.filter((c) => c !== null).length, 2, 'read again after a change');
  });

  it('reports a config too large to read, without its text', async () => {
    const configs = new ConfigLocator(() => ({ tooLarge: 50 * 1048576 }), () => undefined);
    const config = await configs.forDocument('file:///w/a.wsis.md');
    assert.equal(config?.text, '');
    assert.deepEqual(config?.settings, {});
    assert.match(at(config?.problems, 0).message ?? '', /^This file is 50\.0 MB, more than a configuration can be/);
  });

  it('walks URIs up to the root', () => {
    assert.deepEqual([parentUri('file:///a/b.md'), parentUri('file:///a'), parentUri('file://')], ['file:///a', 'file://', undefined]);
    assert.deepEqual([parentUri('vscode-vfs://github/o/r/d.md'), parentUri('vscode-vfs://github/o'), parentUri('vscode-vfs://github'), parentUri('untitled:Untitled-1')], [
      'vscode-vfs://github/o/r',
      'vscode-vfs://github',
      undefined,
      undefined,
    ]);
  });

  it('finds .wsisrc.json in a virtual workspace (vscode.dev, github.dev) through an asynchronous reader', async () => {
    const fs = files({ 'vscode-vfs://github/o/r/.wsisrc.json': '{ "kind": "statement" }' });
    const configs = new ConfigLocator((uri) => fs.read(uri));
    const [a, b] = await Promise.all([configs.forDocument('vscode-vfs://github/o/r/docs/a.wsis.md'), configs.forDocument('vscode-vfs://github/o/r/docs/b.wsis.md')]);
    assert.equal(a?.uri, 'vscode-vfs://github/o/r/.wsisrc.json');
    assert.deepEqual(b?.settings, { kind: 'statement' });
    assert.deepEqual(fs.reads, ['vscode-vfs://github/o/r/docs/.wsisrc.json', 'vscode-vfs://github/o/r/.wsisrc.json'], 'each candidate read once, also by lookups at the same time');
  });

  it('an unreadable config applies as the defaults, with the reason', async () => {
    const configs = new ConfigLocator(() => {
      throw new Error('permission denied');
    });
    const config = await configs.forDocument('file:///w/a.wsis.md');
    assert.match(config?.readError ?? '', /cannot read file:\/\/\/w\/\.wsisrc\.json \(permission denied\)/);
    assert.deepEqual(config?.settings, {});
  });
});

describe('SettingsResolver', () => {
  function resolver(folders: string[], pulled: Record<string, unknown>, configFiles: Record<string, string> = {}) {
    const pulls: (string | undefined)[] = [];
    const problems: string[][] = [];
    const configs = new ConfigLocator((u) => configFiles[u], () => undefined);
    const r = new SettingsResolver(
      {
        pull: (scope) => {
          pulls.push(scope);
          return Promise.resolve(pulled[scope ?? '']);
        },
        folders: () => folders,
      },
      configs,
      quiet,
      (p) => problems.push(p),
    );
    return { r, pulls, problems };
  }

  it('merges DEFAULT < editor settings < .wsisrc.json', async () => {
    const { r } = resolver(['file:///w'], { 'file:///w': { rules: { 'cover-title': 'off', 'cover-session': 'off' }, limits: { partOneWords: 200 } } }, {
      'file:///w/.wsisrc.json': '{ "rules": { "cover-title": "warning" } }',
    });
    const resolved = await r.resolve('file:///w/d.wsis.md');
    assert.deepEqual(plain(resolved), {
      settings: { kind: 'auto', rules: { 'cover-title': 'warning', 'cover-session': 'off' }, limits: { partOneWords: 200, totalWords: DEFAULT_SETTINGS.limits.totalWords }, locale: 'en' },
      markdown: 'auto',
      configUri: 'file:///w/.wsisrc.json',
    });
  });

  it('pulls the editor settings once per workspace folder (the innermost) until they change', async () => {
    const { r, pulls } = resolver(['file:///w', 'file:///w/inner'], {});
    await r.resolve('file:///w/a.md');
    await r.resolve('file:///w/b.md');
    await r.resolve('file:///w/inner/c.md');
    await r.resolve('untitled:Untitled-1');
    assert.deepEqual(pulls, ['file:///w', 'file:///w/inner', undefined]);
    r.invalidateEditor();
    await r.resolve('file:///w/a.md');
    assert.equal(pulls.length, 4);
  });

  it('tells about invalid editor settings once', async () => {
    const { r, problems } = resolver([], { '': { kind: 'memo' } });
    await r.resolve('file:///x.md');
    r.invalidateEditor();
    await r.resolve('file:///x.md');
    assert.deepEqual(problems, [[`WSIS settings: 'kind' must be one of "auto", "submission", "statement", "wgec".`]]);
  });

  it('uses pushed settings when the client cannot be asked', async () => {
    const configs = new ConfigLocator(() => undefined, () => undefined);
    const r = new SettingsResolver({ pull: () => undefined, folders: () => [] }, configs, quiet);
    assert.deepEqual(plain((await r.resolve('file:///x.md')).settings), plain(DEFAULT_SETTINGS));
    r.invalidateEditor({ rules: { 'cover-title': 'off' }, markdown: { enable: 'never' } });
    const resolved = await r.resolve('file:///x.md');
    assert.deepEqual(plain([resolved.settings.rules, resolved.markdown]), [{ 'cover-title': 'off' }, 'never']);
  });
});

// The extension manifest (package.json) against the code and the package: every command titled,
// categorised and (where a menu shows it) iconed, registered by the client; every `when` clause
// built from context keys that exist; the walkthrough's pages present (vsix-contents.test.ts
// checks they are packaged); settings described in Markdown and findable; the rule list
// generated from the rules.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { renderNls, renderPackageJson } from '../../scripts/docs';
import { RULE_IDS } from '../../server/src/engine';
import { at } from '../../server/src/engine/text/at';

const root = join(import.meta.dirname, '..', '..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');

interface Command {
  command: string;
  title?: string;
  category?: string;
  icon?: string;
}
interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}
interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}
interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: Command[];
    menus: Record<string, MenuItem[]>;
    walkthroughs: { id: string; title: string; description: string; steps: Step[] }[];
    configuration: { properties: Record<string, Record<string, unknown>> };
  };
}

const pkgText = read('package.json');
const pkg = JSON.parse(pkgText) as Manifest;
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
/** A manifest string as VS Code shows it in English: `%key%` replaced from package.nls.json. */
const english = (s: string): string => (/^%[^%]+%$/.test(s) ? (nls[s.slice(1, -1)] ?? assert.fail(`${s} is not in package.nls.json`)) : s);

const clientSources = readdirSync(join(root, 'client', 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(join('client', 'src', f)))
  .join('\n');

/** Commands of VS Code itself that the manifest may name (walkthrough links; the Markdown preview on drafts in the `wsis` language). */
const BUILT_IN_COMMANDS = new Set(['workbench.actions.view.problems', 'markdown.showPreview', 'markdown.showPreviewToSide']);
/** Context keys of VS Code itself that our `when` clauses may use. */
const BUILT_IN_CONTEXT = new Set(['resourceFilename', 'resourceExtname', 'resourceScheme', 'resourceLangId', 'editorLangId', 'isWeb', 'notebookEditorFocused']);

describe('package.json commands and menus', () => {
  const ids = new Set(pkg.contributes.commands.map((c) => c.command));

  test('every command has a title and the WSIS category, and the client registers it', () => {
    for (const c of pkg.contributes.commands) {
      assert.ok(c.title !== undefined && english(c.title).length > 0, `${c.command} has no title`);
      assert.equal(c.category !== undefined ? english(c.category) : undefined, 'WSIS', `${c.command} category`);
      assert.ok(clientSources.includes(`'${c.command}'`), `${c.command} is not registered in client/src`);
    }
  });

  test('every command a menu shows exists and has a codicon', () => {
    for (const [menu, items] of Object.entries(pkg.contributes.menus)) {
      for (const item of items) {
        // VS Code's own Markdown extension provides the preview commands, and their icons.
        if (BUILT_IN_COMMANDS.has(item.command)) continue;
        assert.ok(ids.has(item.command), `${menu}: unknown command ${item.command}`);
        if (menu === 'commandPalette') continue;
        const icon = pkg.contributes.commands.find((c) => c.command === item.command)?.icon;
        assert.match(icon ?? '', /^\$\([a-z-]+\)$/, `${item.command} (in ${menu}) needs a $(codicon) icon`);
      }
    }
  });

  test('draft-only commands show in the palette, the editor title and the Explorer only on drafts', () => {
    const draftOnly = ['wsis.renumberFootnotes', 'wsis.convertFootnotes', 'wsis.exportDocx', 'wsis.exportPdf', 'wsis.fixAll'];
    const menuItems = (menu: string): MenuItem[] => {
      const items = pkg.contributes.menus[menu];
      assert.ok(items, `package.json has no ${menu} menu`);
      return items;
    };
    for (const id of draftOnly) {
      const entry = menuItems('commandPalette').find((m) => m.command === id);
      assert.ok(entry?.when?.includes('resourceFilename =~ /\\.wsis\\.md$/'), `${id} in the palette must be limited to drafts`);
    }
    for (const menu of ['editor/title', 'explorer/context']) {
      for (const item of menuItems(menu)) {
        if (draftOnly.includes(item.command)) assert.ok(item.when?.includes('resourceFilename =~ /\\.wsis\\.md$/'), `${menu}: ${item.command}`);
      }
    }
    const editorTitle = menuItems('editor/title').map((m) => m.command);
    assert.ok(editorTitle.includes('wsis.exportDocx') && editorTitle.includes('wsis.fixAll'));
    const importItem = menuItems('explorer/context').find((m) => m.command === 'wsis.importDocx');
    assert.match(importItem?.when ?? '', /resourceExtname =~ \/\^\\\.\(docx\|pdf\)\$\/i/);
  });

  test('every when clause uses known context keys, and ours are set by the client', () => {
    const whens = Object.values(pkg.contributes.menus).flatMap((items) => items.flatMap((i) => (i.when !== undefined ? [i.when] : [])));
    assert.ok(whens.length > 0);
    for (const when of whens) {
      // Regex literals and quoted values out, then each clause is `key`, `!key` or `key op value`.
      const bare = when.replace(/=~\s*\/(?:\\.|[^/\\])*\/[a-z]*/g, '=~ REGEX').replace(/'[^']*'/g, 'VALUE');
      for (const clause of bare.split(/&&|\|\|/)) {
        const m = /^\s*!?\s*\(?\s*([A-Za-z][\w.]*)\s*(?:(==|!=|=~)\s*(\S+))?\s*\)?\s*$/.exec(clause);
        assert.ok(m !== null, `cannot read "${clause}" in "${when}"`);
        const key = at(m, 1);
        if (key.startsWith('wsis.')) {
          assert.ok(clientSources.includes(`'${key}'`) && clientSources.includes("'setContext'"), `the client never sets ${key}`);
        } else {
          assert.ok(BUILT_IN_CONTEXT.has(key), `unknown context key ${key} in "${when}"`);
        }
      }
    }
  });

  test('walkthrough: steps described, links to existing commands, media present', () => {
    const [walkthrough] = pkg.contributes.walkthroughs;
    assert.ok(walkthrough !== undefined && english(walkthrough.title).length > 0);
    const stepIds = walkthrough.steps.map((s) => s.id);
    for (const wanted of ['example', 'newSubmission', 'check', 'fix', 'preview', 'export']) assert.ok(stepIds.includes(wanted), `no step ${wanted}`);
    for (const step of walkthrough.steps) {
      const description = english(step.description);
      for (const [, command = ''] of description.matchAll(/\(command:([\w.]+)/g)) {
        assert.ok(ids.has(command) || BUILT_IN_COMMANDS.has(command), `${step.id} links to unknown command ${command}`);
      }
      for (const event of step.completionEvents ?? []) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        assert.ok(command !== undefined && (ids.has(command) || BUILT_IN_COMMANDS.has(command)), `${step.id}: ${event}`);
      }
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media !== undefined && existsSync(join(root, media)), `${step.id}: media ${media} missing`);
    }
  });
});

describe('package.json settings', () => {
  const properties = pkg.contributes.configuration.properties;

  /** Every schema in the configuration, nested ones (the rules) included. */
  function* schemas(): Generator<[string, Record<string, unknown>]> {
    for (const [key, schema] of Object.entries(properties)) {
      yield [key, schema];
      for (const [sub, s] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) yield [`${key}.${sub}`, s];
    }
  }

  test('described in Markdown (no raw backticks in a plain description), every enum value described', () => {
    for (const [key, schema] of schemas()) {
      if (typeof schema.description === 'string') assert.ok(!english(schema.description).includes('`'), `${key}: backticks in description; use markdownDescription`);
      assert.ok(typeof schema.markdownDescription === 'string' || typeof schema.description === 'string', `${key} has no description`);
      if (Array.isArray(schema.enum)) {
        const descriptions = (schema.markdownEnumDescriptions ?? schema.enumDescriptions) as unknown[] | undefined;
        assert.equal(descriptions?.length, schema.enum.length, `${key}: each enum value needs a description`);
      }
    }
  });

  test('found by searching "footnote", "disclaimer", "word count"', () => {
    const texts = [...schemas()].map(([key, s]) => `${key} ${english(typeof (s.markdownDescription ?? s.description) === 'string' ? String(s.markdownDescription ?? s.description) : '')}`.toLowerCase());
    for (const word of ['footnote', 'disclaimer', 'word count']) assert.ok(texts.some((t) => t.includes(word)), `no setting mentions "${word}"`);
    // The search must lead to the setting itself, not only to a rule inside it.
    const topLevel = Object.entries(properties).map(([key, s]) => `${key} ${english(typeof s.markdownDescription === 'string' ? s.markdownDescription : '')}`.toLowerCase());
    for (const word of ['footnote', 'disclaimer', 'word count']) assert.ok(topLevel.some((t) => t.includes(word)), `no top-level setting mentions "${word}"`);
  });

  test('wsis.rules offers every rule of the registry, by name, with its description, and nothing else', () => {
    const rules = properties['wsis.rules'];
    assert.ok(rules, 'package.json has the wsis.rules setting');
    assert.deepEqual(Object.keys(rules.properties as object), [...RULE_IDS]);
    assert.equal(rules.additionalProperties, false);
    assert.equal(pkgText, renderPackageJson(pkgText), 'run `npm run docs`');
    const nlsText = read('package.nls.json');
    assert.equal(nlsText, renderNls(nlsText), 'run `npm run docs`');
  });
});

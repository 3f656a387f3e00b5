import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine';

const RULES_DIR = join(__dirname, '../../server/src/engine/rules');
/** The files in rules/ that are not rules: the list and the rule type. Helpers live in rules/helpers/. */
const NOT_RULES = new Set(['index.ts', 'rule.ts']);

describe('rules: tags and files', () => {
  it('every rule has tags, lower-case words, and no tag twice', () => {
    for (const rule of RULES) {
      assert.ok(rule.meta.tags.length > 0, `${rule.meta.id} has no tags`);
      for (const tag of rule.meta.tags) assert.match(tag, /^[a-z]+(-[a-z]+)*$/, `${rule.meta.id}: tag '${tag}'`);
      assert.equal(new Set(rule.meta.tags).size, rule.meta.tags.length, `${rule.meta.id} repeats a tag`);
    }
  });

  it('rules/ holds one file a rule, named for its id, and nothing else but index.ts and rule.ts', () => {
    const files = readdirSync(RULES_DIR, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    const ruleFiles = files.filter((f) => !NOT_RULES.has(f)).sort();
    assert.deepEqual(ruleFiles, RULES.map((r) => `${r.meta.id}.ts`).sort());
  });

  it('no rule file imports another rule file (shared code goes to rules/helpers/)', () => {
    const ruleFiles = new Set(RULES.map((r) => r.meta.id));
    for (const rule of RULES) {
      const source = readFileSync(join(RULES_DIR, `${rule.meta.id}.ts`), 'utf8');
      for (const [, spec = ''] of source.matchAll(/from '\.\/([^'/]+)'/g)) {
        assert.ok(!ruleFiles.has(spec), `${rule.meta.id}.ts imports the rule ${spec}`);
        assert.ok(spec === 'rule', `${rule.meta.id}.ts imports ./${spec}: rules import ./rule, ./helpers/* and the engine's modules only`);
      }
    }
  });
});

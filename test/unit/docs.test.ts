// The generated documents must match the rules' metadata (run `npm run docs` after changing a rule).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderReadme, renderRulesDoc, renderSchema } from '../../scripts/docs';
import { DOC_FILES, TRANSLATED } from '../../scripts/rule-doc-texts';

const root = join(import.meta.dirname, '..', '..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');

test('docs/rules.md is generated from the rules', () => {
  assert.equal(read('docs/rules.md'), renderRulesDoc(), 'run `npm run docs`');
});

for (const lang of TRANSLATED) {
  test(`docs/${DOC_FILES[lang]} is generated from the rules and docs/l10n/rules.${lang}.json`, () => {
    assert.equal(read(`docs/${DOC_FILES[lang]}`), renderRulesDoc(lang), 'run `npm run docs`');
  });
}

test('schemas/wsisrc.schema.json is generated from the rules', () => {
  assert.equal(read('schemas/wsisrc.schema.json'), renderSchema(), 'run `npm run docs`');
});

test("the README's rule table is generated from the rules", () => {
  const readme = read('README.md');
  assert.ok(readme.includes('<!-- rules:start -->'), 'README.md needs the rule table markers');
  assert.equal(readme, renderReadme(readme), 'run `npm run docs`');
});

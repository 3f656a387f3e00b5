// A problem's rule link opens the rule doc in the editor's display language (vscode.env.language):
// French or Spanish for any of their variants, English for every other language.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULE_DOC_FILES, ruleDocFile } from '../../client/src/rule-doc-files';
import { DOC_FILES } from '../../scripts/rule-doc-texts';

describe('the rule doc for a display language', () => {
  it('French for fr and its variants', () => {
    for (const language of ['fr', 'fr-fr', 'fr-CA', 'FR', 'fr_BE', ' fr-ch ']) assert.equal(ruleDocFile(language), 'rules.fr.md', language);
  });

  it('Spanish for es and its variants', () => {
    for (const language of ['es', 'es-es', 'es-419', 'es-MX', 'ES']) assert.equal(ruleDocFile(language), 'rules.es.md', language);
  });

  it('English for English and every other language, and for what is not a language tag', () => {
    for (const language of ['en', 'en-us', 'en-gb', 'de', 'pt-br', 'zh-cn', 'ja', 'ru', 'ar', '', 'french', 'spanish', 'frr', 'esu', 'f', 'e', '-fr', 'x-fr']) {
      assert.equal(ruleDocFile(language), 'rules.md', JSON.stringify(language));
    }
  });

  it('the client opens the files `npm run docs` writes, and they exist', () => {
    assert.deepEqual(RULE_DOC_FILES, DOC_FILES);
    for (const file of Object.values(RULE_DOC_FILES)) assert.ok(existsSync(join(import.meta.dirname, '..', '..', 'docs', file)), file);
  });
});

// The French and Spanish rule docs (docs/l10n/rules.<lang>.json, rendered into docs/rules.fr.md and
// rules.es.md by `npm run docs`): every text translated, nothing left in English unless listed
// with a reason, every code span (setting names, rule ids, the template's words, examples) kept
// verbatim, the one-line descriptions the same as the Settings editor's, and the rendered docs
// readable by the client (a `## id` section per rule, its description under it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { rulesInDoc } from '../../client/src/rule-doc-files';
import { renderRulesDoc } from '../../scripts/docs';
import { englishTexts, PAGE_FIELDS, readTranslation, RULE_FIELDS, TRANSLATED, type RuleDocTexts } from '../../scripts/rule-doc-texts';
import { checkText, looksLikeSubmission, RULES } from '../../server/src/engine';
import { at } from '../../server/src/engine/text/at';

const root = join(import.meta.dirname, '..', '..');
const english = englishTexts();

/** Every text of a language's doc, keyed as in `sameAsEnglish`: `page.intro`, `page.kinds.all`, `page.tableHeader.1`, `rules.<id>.rationale`. */
function texts(t: RuleDocTexts): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (key: string, value: unknown): void => {
    if (typeof value === 'string') out.set(key, value);
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(`${key}.${k}`, v);
  };
  walk('page', t.page);
  walk('rules', t.rules);
  return out;
}

/** The code spans of a Markdown text, each as many times as it occurs. */
const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => at(m, 1)).sort();

/** What is left of a translation once its code spans and the English it quotes (in « », "" or “”) are taken out. */
const ownWords = (text: string): string => text.replace(/`[^`]*`/g, ' ').replace(/«[^»]*»|"[^"]*"|“[^”]*”/g, ' ');

/** Words that are English and neither French nor Spanish: one of them in a translation's own words is English left in. */
const ENGLISH_WORDS = /(?<!\p{L})(the|and|is|are|with|which|when|this|that|from|for|not|or|to|of|in|fix|rule|draft|footnotes?|reported|missing)(?!\p{L})/iu;

const englishTextsMap = texts(english);

for (const lang of TRANSLATED) {
  describe(`the ${lang} rule docs`, () => {
    const translation = readTranslation(lang);
    const translated = texts(translation);
    const same = translation.sameAsEnglish ?? {};
    const ruleTexts = (id: string): RuleDocTexts['rules'][string] => {
      const found = translation.rules[id];
      assert.ok(found, `docs/l10n/rules.${lang}.json has no texts for ${id}`);
      return found;
    };

    test('every rule has every field, and no rule is left over', () => {
      assert.deepEqual(Object.keys(translation.rules), RULES.map((r) => r.meta.id), 'the rules, in the rules\' order');
      for (const r of RULES) {
        for (const field of RULE_FIELDS) {
          const value = ruleTexts(r.meta.id)[field];
          assert.ok(typeof value === 'string' && value.trim().length > 0, `${r.meta.id}.${field} is not translated`);
        }
        assert.deepEqual(Object.keys(ruleTexts(r.meta.id)).sort(), [...RULE_FIELDS].sort(), `${r.meta.id}: unknown fields`);
      }
      assert.deepEqual(Object.keys(translation.page).sort(), [...PAGE_FIELDS].sort(), 'the page texts');
      assert.deepEqual([...translated.keys()].sort(), [...englishTextsMap.keys()].sort(), 'every text of the English page, and no other');
    });

    test('nothing is the same as in English unless listed with a reason, and nothing listed is different', () => {
      for (const [key, value] of translated) {
        const identical = value === englishTextsMap.get(key);
        if (key in same) {
          assert.ok((same[key] ?? '').trim().length > 10, `${key}: say why it stays as in English`);
          assert.ok(identical, `${key} is listed under sameAsEnglish but is translated: drop it from the list`);
        } else {
          assert.ok(!identical, `${key} is the English text: translate it (or list it under sameAsEnglish with a reason)`);
        }
      }
      for (const key of Object.keys(same)) assert.ok(translated.has(key), `sameAsEnglish lists ${key}, which is no text of the page`);
    });

    test('no English sentence is left in a text, outside code and the template\'s quoted words', () => {
      for (const [key, value] of translated) {
        if (key in same) continue;
        const m = ENGLISH_WORDS.exec(ownWords(value));
        assert.equal(m, null, `${key}: "${m?.[0]}" looks like English left in: ${value}`);
      }
    });

    test('code spans (settings, rule ids, examples of the template) are kept verbatim', () => {
      for (const [key, value] of englishTextsMap) {
        const mine = codeSpans(translated.get(key) ?? '');
        for (const span of new Set(codeSpans(value))) {
          const wanted = codeSpans(value).filter((s) => s === span).length;
          const found = mine.filter((s) => s === span).length;
          assert.ok(found >= wanted, `${key}: \`${span}\` appears ${wanted} time(s) in English, ${found} in ${lang}`);
        }
      }
    });

    test('rule ids and setting names named in the English are named in the translation', () => {
      // (A one-word id such as `disclaimer` is also an English word, translated where it is one: it is held by the code span test.)
      const names = [...RULES.map((r) => r.meta.id), 'limits.partOneWords', 'limits.totalWords', 'wsis.limits.partOneWords', 'wsis.rules', '.wsisrc.json', 'wsis-lint'].filter((n) => /[-.]/.test(n));
      for (const [key, value] of englishTextsMap) {
        for (const name of names) if (value.includes(name)) assert.ok(translated.get(key)?.includes(name), `${key}: ${name} is missing from the ${lang} text`);
      }
    });

    test("the descriptions are the Settings editor's (package.nls." + lang + '.json, config.rule.<id>)', () => {
      const nls = JSON.parse(readFileSync(join(root, `package.nls.${lang}.json`), 'utf8')) as Record<string, string>;
      for (const r of RULES) {
        const setting = nls[`config.rule.${r.meta.id}`];
        assert.ok(setting?.startsWith(`${ruleTexts(r.meta.id).description} `), `${r.meta.id}: docs/l10n/rules.${lang}.json and package.nls.${lang}.json describe it differently`);
      }
    });

    test('the rendered doc has a section per rule, in order, with its translated description (what the client reads)', () => {
      const doc = renderRulesDoc(lang);
      assert.deepEqual(
        rulesInDoc(doc).map((r) => [r.id, r.description]),
        RULES.map((r) => [r.meta.id, ruleTexts(r.meta.id).description]),
      );
      for (const r of RULES) assert.ok(doc.includes(`[\`${r.meta.id}\`](#${r.meta.id})`), `${r.meta.id}: no link in the table`);
    });
  });
}

test('the English doc reads the same way', () => {
  assert.deepEqual(
    rulesInDoc(renderRulesDoc('en')).map((r) => [r.id, r.description]),
    RULES.map((r) => [r.meta.id, r.meta.description]),
  );
});

test('the docs, which quote the template, report no problems of their own when opened (wsis-disable)', () => {
  for (const lang of ['en', ...TRANSLATED] as const) {
    const diagnostics = checkText(renderRulesDoc(lang)).diagnostics;
    assert.deepEqual(diagnostics.map((d) => `${d.rule}: ${d.message}`), [], lang);
  }
});

test('the docs are not taken for drafts (no word count, no draft commands): their first line turns every rule off', () => {
  for (const lang of ['en', ...TRANSLATED] as const) {
    const doc = renderRulesDoc(lang);
    assert.equal(looksLikeSubmission(doc), false, lang);
    // Without that line, what they quote of the template would make them look like one.
    assert.equal(looksLikeSubmission(doc.replace('<!-- wsis-disable -->', '')), true, lang);
  }
  assert.equal(looksLikeSubmission('\uFEFF<!-- wsis-disable -->\nCommission on Science and Technology for Development'), false);
  // Turning off one rule, or every rule further down, does not opt a draft out.
  assert.equal(looksLikeSubmission('<!-- wsis-disable disclaimer -->\nCommission on Science and Technology for Development'), true);
  assert.equal(looksLikeSubmission('Commission on Science and Technology for Development\n<!-- wsis-disable -->'), true);
});

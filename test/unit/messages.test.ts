// Messages are plain words for a policy officer: every rule's messages and fix titles on every
// fixture, seed and example (as written, as a Word paste and as a PDF copy, and after fixing), in
// English, French and Spanish, are scanned for Markdown shown raw (backticks, bold marks, heading
// marks '##': a message names a heading in words and the fix writes its Markdown; a '[^n]' or a
// '<sup>' nobody explains), jargon ('canonical') and quotations cut inside a word. The
// configuration's messages too, and its "did you mean".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkText, DEFAULT_SETTINGS, fixAll, LOCALES, mergeSettings, parseConfig, RULES, type Locale } from '../../server/src/engine';
import { editDistance } from '../../server/src/engine/config';
import { quoteText } from '../../server/src/engine/text/quote';
import { markdownFiles } from '../markdown-files';
import { pdfCopy, wordPaste, wordsOf } from '../layouts';
import { at } from '../../server/src/engine/text/at';

const ROOT = join(import.meta.dirname, '..', '..');

function drafts(): string[] {
  return [join(ROOT, 'test', 'fixtures'), join(ROOT, 'examples')].flatMap((d) => markdownFiles(d));
}

/** Every message in every language with the text it was found in (for the cut-word check). */
function allMessages(): { locale: Locale; rule: string; message: string; title?: string; text: string }[] {
  const seen = new Set<string>();
  const out: { locale: Locale; rule: string; message: string; title?: string; text: string }[] = [];
  const texts = drafts().flatMap((path) => {
    const source = readFileSync(path, 'utf8');
    return [source, wordPaste(source), pdfCopy(source, { width: 72, pageLines: 30, runningHeader: 'Running header' }), fixAll(source).text];
  });
  for (const locale of LOCALES) {
    const settings = mergeSettings(DEFAULT_SETTINGS, { locale });
    for (const text of texts) {
      for (const d of checkText(text, settings).diagnostics) {
        const key = `${d.rule} ${d.message} ${d.fix?.title ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ locale, rule: d.rule, message: d.message, title: d.fix?.title, text });
      }
    }
  }
  return out;
}

/** Problems a message shows a policy officer. */
function problemsOf(message: string, text: string): string[] {
  const problems: string[] = [];
  if (message.includes('`')) problems.push('a backtick');
  if (message.includes('**')) problems.push('bold marks');
  // A heading named by its Markdown ('## Part One', '### (a)'): name it in words, the fix writes the marks.
  if (/(^|[^\p{L}\p{N}#])#{1,6}[ \t]+[\p{L}\p{N}(]/u.test(message) || message.includes('##')) problems.push('heading marks');
  if (/canonical|canonique|can[oó]nic/i.test(message)) problems.push("'canonical'");
  // '[^n]' only with what it is: a Markdown footnote (note Markdown, nota Markdown). What to type in
  // the draft's own notation is quoted as it is ('<sup>3</sup> Source ...', '29<sup>th</sup>').
  for (const m of message.matchAll(/\[\^[^\]]*\]/g)) {
    if (!/markdown\b.{0,20}$/i.test(message.slice(Math.max(0, m.index - 40), m.index))) problems.push(`'${m[0]}' unexplained`);
  }
  // A quotation cut before an ellipsis: the word before it must be a whole word of the draft.
  for (const m of message.matchAll(/([\p{L}\p{N}]+)(?:…|\.\.\.)/gu)) {
    const word = at(m, 1);
    const whole = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    if (!whole.test(text)) problems.push(`'${word}…' is cut inside a word`);
  }
  return problems;
}

describe('rule messages are plain words', () => {
  it('on every fixture, seed and example, in every layout and after fixing, in English, French and Spanish', () => {
    const found = allMessages();
    for (const locale of LOCALES) {
      const inLocale = found.filter((f) => f.locale === locale);
      assert.ok(inLocale.length > 150, `only ${inLocale.length} messages in ${locale}`);
      const rules = new Set(inLocale.map((f) => f.rule));
      for (const rule of RULES) if (rule.meta.id !== 'length-total' || rules.has('length-total')) assert.ok(rules.has(rule.meta.id), `no fixture gives a ${rule.meta.id} message in ${locale}`);
    }
    const bad: string[] = [];
    for (const f of found) {
      for (const p of problemsOf(f.message, f.text)) bad.push(`${f.locale} ${f.rule}: ${p}: ${f.message}`);
      if (f.title !== undefined) for (const p of problemsOf(f.title, f.text)) bad.push(`${f.locale} ${f.rule} (fix title): ${p}: ${f.title}`);
    }
    assert.deepEqual(bad, []);
  });

  it('the configuration\'s problems too, in English, French and Spanish', () => {
    const configs = ['[1]', '{ "rules": { "footnote-stlye": "off", "x": 1, "disclaimer": "loud" }, "limtis": {}, "kind": "memo" }', '{ "rules": [], "limits": { "pages": 3, "totalWords": 0 } }', '{ "rules": {', ''];
    const bad = LOCALES.flatMap((locale) => configs.flatMap((text) => parseConfig(text, locale).problems.flatMap((p) => problemsOf(p.message, text).map((why) => `${locale}: ${why}: ${p.message}`))));
    assert.deepEqual(bad, []);
  });

  it('the rules\' descriptions have no jargon either (they are the settings\' and the docs\' words)', () => {
    for (const rule of RULES) assert.doesNotMatch(rule.meta.description, /canonical/i, rule.meta.id);
  });

  it('the scan catches what it is for', () => {
    assert.deepEqual(problemsOf("Write it as 'An executive summary of activities undertake...'.", 'An executive summary of activities undertaken by all'), [
      "'undertake…' is cut inside a word",
    ]);
    assert.deepEqual(problemsOf('Footnote [^a] (`[^a]: x`) in canonical form', ''), ['a backtick', "'canonical'", "'[^a]' unexplained", "'[^a]' unexplained"]);
    assert.deepEqual(problemsOf("The Markdown footnote '[^a]' is never defined.", ''), []);
    assert.deepEqual(problemsOf('La note Markdown « [^a] » et un exposant HTML (« <sup>1</sup> »).', ''), []);
    assert.deepEqual(problemsOf("Write this Part heading as '## Part One: An executive summary'.", ''), ['heading marks']);
    assert.deepEqual(problemsOf('ajoutez-la sous un titre « ### (a) ... ».', '(a)'), ['heading marks']);
    assert.deepEqual(problemsOf("Rewrite as '##Part One'", ''), ['heading marks']);
    assert.deepEqual(problemsOf("This link has no target (only '#'); « # » seulement; Twitter #IGF2017", ''), []);
    assert.deepEqual(problemsOf('sous sa forme canonique', ''), ["'canonical'"]);
  });
});

describe('quoteText', () => {
  it('cuts at the end of a word, with an ellipsis, never inside a word or a surrogate pair', () => {
    assert.equal(quoteText('An executive summary of activities undertaken by all stakeholders, progress made', 40), 'An executive summary of activities…');
    assert.equal(quoteText('short', 40), 'short');
    assert.equal(quoteText('x'.repeat(30) + '𐀀'.repeat(20), 40).length <= 40, true);
    assert.doesNotMatch(quoteText('a'.repeat(38) + '𐀀𐀀', 40), /[\ud800-\udbff]…/);
  });
});

describe('template-instructions deletes the instruction', () => {
  const clean = readFileSync(join(ROOT, 'examples', 'submission-2026.wsis.md'), 'utf8');
  const instruction =
    'Your input should be brief (2-4 pages single-spaced), and focus specifically on the status of implementation in the action line(s) and/or main theme(s) of WSIS outcomes that your organization is facilitating, implementing or coordinating. It should contain the following three parts.';
  for (const [name, make] of [
    ['a paragraph of its own', (t: string) => t.replace('\n## Part One', `\n${instruction}\n\n## Part One`)],
    ['sentences before the author\'s own in one paragraph', (t: string) => t.replace(/\n(In 2025 the Global)/, `\n${instruction} $1`)],
  ] as const) {
    it(`${name}: the fix removes exactly its words, in every layout`, () => {
      const markdown = make(clean);
      assert.notEqual(markdown, clean);
      for (const text of [markdown, wordPaste(markdown), pdfCopy(markdown, { width: 80 })]) {
        const d = checkText(text).diagnostics.find((x) => x.rule === 'template-instructions');
        assert.ok(d?.fix !== undefined);
        const fixed = fixAll(text).text;
        assert.equal(checkText(fixed).diagnostics.filter((x) => x.rule === 'template-instructions').length, 0);
        assert.deepEqual(wordsOf(fixed).join(' '), wordsOf(fixAll(text.replace(`${instruction} `, '').replace(`${instruction}\n`, '')).text).join(' '));
      }
    });
  }
});

describe('.wsisrc.json: did you mean', () => {
  it('a misspelt rule id or setting is answered with the nearest one', () => {
    const { problems } = parseConfig('{ "rules": { "footnote-stlye": "off", "lenght-total": "error", "templat-instructions": "off", "zzz": "off" }, "limtis": {} }');
    const messages = problems.map((p) => p.message);
    assert.ok(messages.includes("Unknown rule 'footnote-stlye': did you mean 'footnote-style'?"), messages.join('\n'));
    assert.ok(messages.includes("Unknown rule 'lenght-total': did you mean 'length-total'?"));
    assert.ok(messages.includes("Unknown rule 'templat-instructions': did you mean 'template-instructions'?"));
    assert.ok(messages.some((m) => m.startsWith("Unknown rule 'zzz'") && !m.includes('did you mean')));
    assert.ok(messages.some((m) => m.includes("'limtis'") && m.includes("did you mean 'limits'")));
    assert.equal(editDistance('footnote-stlye', 'footnote-style'), 1);
    assert.ok(editDistance('a'.repeat(50), 'b'.repeat(50), 4) > 4);
  });
});

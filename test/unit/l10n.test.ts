// Localization: the server's and CLI's message catalogues, the client's bundles and the
// manifest's package.nls files: every translation has every English key, with the same
// placeholders and code spans, and nothing the English lacks.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { clientStrings, codeSpans, nonLiteralCalls, placeholders, renderBundle } from '../../scripts/l10n';
import { CATALOGUES, checkText, DEFAULT_SETTINGS, formatMessage, LOCALES, mergeSettings, resolveLocale, RULES, type Locale, type PartialSettings } from '../../server/src/engine';
import { run } from '../../server/src/cli/main';
import { pdfCopy, wordPaste } from '../layouts';

const root = join(import.meta.dirname, '..', '..');
const json = (p: string): Record<string, string> => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, string>;

/** The same keys, and for each the same placeholders and code spans as the English. */
function assertTranslates(english: Record<string, string>, translated: Record<string, string>, name: string): void {
  assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort(), `${name}: keys differ from the English`);
  for (const [key, value] of Object.entries(english)) {
    assert.deepEqual(placeholders(translated[key]), placeholders(value), `${name} "${key}": placeholders`);
    assert.deepEqual(codeSpans(translated[key]), codeSpans(value), `${name} "${key}": code spans`);
    const links = (t: string): string[] => [...t.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]).sort();
    assert.deepEqual(links(translated[key]), links(value), `${name} "${key}": link targets`);
    assert.ok(translated[key].trim().length > 0, `${name} "${key}" is empty`);
  }
}

describe('server and CLI message catalogues', () => {
  test('every catalogue has the English ids and placeholders', () => {
    for (const locale of LOCALES) assertTranslates(CATALOGUES.en, CATALOGUES[locale], `messages/${locale}`);
  });

  test('locales as clients and environments name them', () => {
    const cases: [string | undefined, Locale][] = [
      ['fr', 'fr'], ['fr-CA', 'fr'], ['fr_FR.UTF-8', 'fr'], ['FR', 'fr'], ['es', 'es'], ['es-419', 'es'], ['es_ES@euro', 'es'],
      ['en-US', 'en'], ['de', 'en'], ['C', 'en'], ['POSIX', 'en'], ['C.UTF-8', 'en'], ['', 'en'], [undefined, 'en'], ['french', 'en'],
    ];
    for (const [tag, want] of cases) assert.equal(resolveLocale(tag), want, String(tag));
  });

  test('placeholders are filled once: a value that looks like one stays as it is', () => {
    assert.equal(formatMessage('en', 'action-line-unknown.code', { code: 'C{first}', first: 1, last: 11 }), 'C{first} is not a WSIS action line: the action lines run from C1 to C11. Write the code of the action line you mean.');
    assert.equal(formatMessage('fr', 'pages.n', { count: 0.6 }), '0,6 pages');
    assert.equal(formatMessage('es', 'pages.n', { count: 2.5 }), '2,5 páginas');
  });

  /** The clean example with Part Three moved before Part Two and Part One made long. */
  const draft = ((): string => {
    const text = readFileSync(join(root, 'examples', 'submission-2026.wsis.md'), 'utf8');
    const two = text.indexOf('## Part Two');
    const three = text.indexOf('## Part Three');
    const notes = text.indexOf('[^1]:');
    const long = 'The programme reached more libraries and trained more people than planned. '.repeat(40);
    return text.slice(0, two) + long + '\n\n' + text.slice(three, notes) + text.slice(two, three) + text.slice(notes);
  })();

  test('a draft checked in French and Spanish: the catalogued messages in that language, the same findings', () => {
    const en = checkText(draft).diagnostics;
    const fr = checkText(draft, mergeSettings(DEFAULT_SETTINGS, { locale: 'fr' })).diagnostics;
    const es = checkText(draft, mergeSettings(DEFAULT_SETTINGS, { locale: 'es' })).diagnostics;
    assert.deepEqual(fr.map((d) => [d.rule, d.range]), en.map((d) => [d.rule, d.range]));
    assert.deepEqual(es.map((d) => [d.rule, d.range]), en.map((d) => [d.rule, d.range]));
    const message = (list: typeof en, rule: string): string => list.find((d) => d.rule === rule)?.message ?? assert.fail(`no ${rule}`);
    assert.match(message(en, 'part-order'), /^Part Two comes after Part Three/);
    assert.match(message(fr, 'part-order'), /^Parties dans le désordre : déplacez la deuxième partie, avec son texte, avant la troisième partie/);
    assert.match(message(es, 'part-order'), /^Partes fuera de orden: traslade la segunda parte, con su texto, antes de la tercera parte/);
    assert.match(message(fr, 'length-part-one'), /^La première partie compte \d+ mots \(environ \d+(,\d)? pages?\)/);
    assert.match(message(es, 'length-part-one'), /^La primera parte tiene \d+ palabras/);
  });

  test('wsis-lint --locale fr, and LANG when --locale is not given', () => {
    const out = (argv: string[], locale?: string): string => {
      let stdout = '';
      run(argv, { out: (s) => (stdout += s), err: () => undefined, readStdin: () => draft, locale });
      return stdout;
    };
    assert.match(out(['--locale', 'fr', '-']), /Parties dans le désordre/);
    assert.match(out(['-'], 'es_ES.UTF-8'), /Partes fuera de orden/);
    assert.match(out(['--locale=en', '-'], 'fr_FR.UTF-8'), /Part Two comes after Part Three/);
    assert.match(out(['-'], 'C'), /Part Two comes after Part Three/);
    let err = '';
    assert.equal(run(['--locale', '../x', '-'], { out: () => undefined, err: (s) => (err += s), readStdin: () => draft }), 2);
    assert.match(err, /Unknown locale/);
  });
});

/** Rules whose messages are still written in English in the rule: none now; one added here is exempt from the checks below. */
const NOT_CATALOGUED = new Set<string>([]);

describe('every fixture checked in French and Spanish', () => {
  const fixtureRoot = join(root, 'test', 'fixtures');
  const fixturesIn = (dir: string): string[] =>
    !existsSync(dir)
      ? []
      : readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
          const path = join(dir, e.name);
          if (e.isDirectory()) return fixturesIn(path);
          return e.name.endsWith('.md') && !e.name.endsWith('.fixed.md') ? [path] : [];
        });
  const fixtures = [...fixturesIn(join(fixtureRoot, 'rules')), ...fixturesIn(join(fixtureRoot, 'seeds')), join(fixtureRoot, 'clean-submission.wsis.md')];
  const settingsOf = (path: string, locale: Locale) => {
    const file = path.replace(/\.md$/, '.config.json');
    const own = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PartialSettings) : {};
    return mergeSettings(DEFAULT_SETTINGS, { ...own, locale });
  };
  /** Every catalogued rule's messages and fix titles, per locale, as the fixtures produce them. */
  const seen = new Map<string, { messages: number; fixes: number }>();
  const placeholder = /\{[A-Za-z][\w-]*\}/g;

  // Each fixture as written; the seeds also as a Word paste and a PDF copy would give them.
  const cases = fixtures.flatMap((path) => {
    const name = path.slice(fixtureRoot.length + 1);
    const text = readFileSync(path, 'utf8');
    const own: [string, string, string][] = [[name, path, text]];
    if (!name.startsWith('seeds')) return own;
    return [...own, [`${name} (Word paste)`, path, wordPaste(text)], [`${name} (PDF copy)`, path, pdfCopy(text, { width: 90, pageLines: 40 })]] as [string, string, string][];
  });
  for (const [name, path, text] of cases) {
    test(`${name}: the same findings in every language, the catalogued ones translated`, () => {
      const en = checkText(text, settingsOf(path, 'en')).diagnostics;
      const shape = (list: typeof en) => list.map((d) => [d.rule, d.range, d.severity, d.fix !== undefined, d.fix?.edits]);
      for (const locale of ['fr', 'es'] as const) {
        const other = checkText(text, settingsOf(path, locale)).diagnostics;
        assert.deepEqual(shape(other), shape(en), `${locale}: rules, ranges, severities and fix edits`);
        other.forEach((d, i) => {
          const english = en[i];
          // A placeholder left unfilled in the translation that the English filled.
          const unfilled = (d.message.match(placeholder) ?? []).filter((p) => !english.message.includes(p));
          assert.deepEqual(unfilled, [], `${locale} ${d.rule}: ${d.message}`);
          if (NOT_CATALOGUED.has(d.rule)) return;
          assert.notEqual(d.message, english.message, `${locale} ${d.rule}: message not translated`);
          if (d.fix !== undefined && english.fix !== undefined) assert.notEqual(d.fix.title, english.fix.title, `${locale} ${d.rule}: fix title not translated`);
          const count = seen.get(d.rule) ?? { messages: 0, fixes: 0 };
          count.messages++;
          if (d.fix !== undefined) count.fixes++;
          seen.set(d.rule, count);
        });
      }
    });
  }

  test('every catalogued rule is reported, in French and Spanish, by some fixture', () => {
    const catalogued = RULES.map((r) => r.meta.id).filter((id) => !NOT_CATALOGUED.has(id));
    assert.deepEqual(catalogued.filter((id) => !seen.has(id)), []);
    // Those with a fix show a translated fix title in some fixture.
    const fixable = RULES.filter((r) => r.meta.fixable && !NOT_CATALOGUED.has(r.meta.id)).map((r) => r.meta.id);
    assert.deepEqual(fixable.filter((id) => (seen.get(id)?.fixes ?? 0) === 0), []);
  });
});

describe('client bundles (l10n/)', () => {
  test('every vscode.l10n.t call is one string literal, and bundle.l10n.json lists them all', () => {
    assert.deepEqual(nonLiteralCalls(), []);
    assert.ok(clientStrings().length > 40);
    assert.equal(readFileSync(join(root, 'l10n', 'bundle.l10n.json'), 'utf8'), renderBundle(), 'run `npm run l10n`');
  });

  test('French and Spanish bundles translate every string', () => {
    const english = json('l10n/bundle.l10n.json');
    for (const locale of ['fr', 'es']) assertTranslates(english, json(`l10n/bundle.l10n.${locale}.json`), `bundle.l10n.${locale}.json`);
  });
});

describe('manifest strings (package.nls*.json)', () => {
  const pkgText = readFileSync(join(root, 'package.json'), 'utf8');
  const used = [...new Set([...pkgText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))];
  const english = json('package.nls.json');

  test('package.nls.json has every %key% package.json uses, and no other', () => {
    assert.ok(used.length > 0);
    assert.deepEqual(used.filter((k) => !(k in english)), []);
    assert.deepEqual(Object.keys(english).filter((k) => !used.includes(k)), []);
  });

  test('French and Spanish translate every key', () => {
    for (const locale of ['fr', 'es']) assertTranslates(english, json(`package.nls.${locale}.json`), `package.nls.${locale}.json`);
  });
});

// Localization: the server's and CLI's message catalogues, the client's bundles and the
// manifest's package.nls files: every translation has every English key, with the same
// placeholders and code spans, and nothing the English lacks.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { clientStrings, codeSpans, nonLiteralCalls, placeholders, renderBundle } from '../../scripts/l10n';
import { CATALOGUES, checkText, DEFAULT_SETTINGS, formatMessage, LOCALES, mergeSettings, parseConfig, parseSettingsValue, resolveLocale, RULES, tooLargeMessage, type Locale, type PartialSettings } from '../../server/src/engine';
import { run } from '../../server/src/cli/main';
import { CLI_CATALOGUES } from '../../server/src/cli/messages/catalogue';
import { readEditorSection } from '../../server/src/lsp/settings';
import { pdfCopy, wordPaste } from '../layouts';
import { at } from '../../server/src/engine/text/at';

const root = join(import.meta.dirname, '..', '..');
const json = (p: string): Record<string, string> => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, string>;

/** The same keys, and for each the same placeholders and code spans as the English. */
function assertTranslates(english: Record<string, string>, translated: Record<string, string>, name: string): void {
  assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort(), `${name}: keys differ from the English`);
  for (const [key, value] of Object.entries(english)) {
    const translation = translated[key];
    assert.ok(translation !== undefined, `${name} "${key}" is missing`);
    assert.deepEqual(placeholders(translation), placeholders(value), `${name} "${key}": placeholders`);
    assert.deepEqual(codeSpans(translation), codeSpans(value), `${name} "${key}": code spans`);
    const links = (t: string): string[] => [...t.matchAll(/\]\(([^)]+)\)/g)].map((m) => at(m, 1)).sort();
    assert.deepEqual(links(translation), links(value), `${name} "${key}": link targets`);
    assert.ok(translation.trim().length > 0, `${name} "${key}" is empty`);
  }
}

describe('server and CLI message catalogues', () => {
  test('every catalogue has the English ids and placeholders', () => {
    for (const locale of LOCALES) assertTranslates(CATALOGUES.en, CATALOGUES[locale], `messages/${locale}`);
    for (const locale of LOCALES) assertTranslates(CLI_CATALOGUES.en, CLI_CATALOGUES[locale], `cli/messages/${locale}`);
  });

  test('the command line\'s translations keep option names, file names, formats and languages as they are typed', () => {
    const typed = (t: string): string[] => [...new Set(t.match(/(?<![\w-])--?[a-z][\w-]*|\.wsisrc\.json|\*\.(?:wsis\.)?md|NAME\.\w+(?:\.\w+)?|\b(?:text\|json\|sarif|en\|fr\|es|LC_ALL|LC_MESSAGES|LANG|WSIS_LIBREOFFICE|soffice)\b/g) ?? [])].filter((w) => !w.startsWith('NAME')).sort();
    for (const locale of ['fr', 'es'] as const) {
      for (const [id, english] of Object.entries(CLI_CATALOGUES.en)) {
        const translated = CLI_CATALOGUES[locale][id as keyof typeof CLI_CATALOGUES.en];
        assert.deepEqual(typed(translated), typed(english), `${locale} ${id}`);
        // Every text with words is translated, but for words both languages write alike ("{count} error" in Spanish).
        const words = /\p{L}/u.test(english.replace(/\{[\w.-]+\}/g, ''));
        if (words && !(locale === 'es' && id === 'summary.errors.one')) assert.notEqual(translated, english, `${locale} ${id} is not translated`);
      }
    }
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

describe('configuration problems in French and Spanish', () => {
  // Every kind of problem a .wsisrc.json can have.
  const configs = [
    '[1, 2]',
    '{ "rules": { "footnote-stlye": "off", "zzz": "off", "disclaimer": "loud" }, "limtis": {}, "qqqqqqq": 1, "kind": "memo" }',
    '{ "rules": [], "limits": 3 }',
    '{ "limits": { "totalWords": 0, "pages": 3 } }',
    '{ "rules": { "disclaimer": "off" } ',
    '',
    '{ "rules": { "disclaimer": "off" } } x',
    `{"a":${'['.repeat(100)}`,
    `{ "rules": { ${Array.from({ length: 120 }, (_, i) => `"nope-${i}": "off"`).join(', ')} } }`,
  ];
  const placeholder = /\{[A-Za-z][\w-]*\}/;

  test('the same problems at the same places, each translated, nothing left unfilled', () => {
    for (const text of configs) {
      const en = parseConfig(text);
      assert.ok(en.problems.length > 0, text);
      for (const locale of ['fr', 'es'] as const) {
        const other = parseConfig(text, locale);
        assert.deepEqual(other.settings, en.settings, `${locale}: ${text}`);
        assert.deepEqual(other.problems.map((p) => p.span), en.problems.map((p) => p.span), `${locale}: ${text}`);
        other.problems.forEach((p, i) => {
          assert.notEqual(p.message, at(en.problems, i).message, `${locale}: not translated: ${p.message}`);
          assert.doesNotMatch(p.message, placeholder, p.message);
        });
      }
    }
  });

  test('in words a policy officer reads: did you mean, broken JSON, too large', () => {
    const messages = (text: string, locale: Locale): string[] => parseConfig(text, locale).problems.map((p) => p.message);
    assert.ok(messages('{ "rules": { "footnote-stlye": "off" } }', 'fr').includes('Règle inconnue « footnote-stlye » : vouliez-vous dire « footnote-style » ?'));
    assert.ok(messages('{ "rules": { "footnote-stlye": "off" } }', 'es').includes('Regla desconocida «footnote-stlye»: ¿quiso decir «footnote-style»?'));
    assert.deepEqual(messages('{ "rules": {} "kind": "auto" }', 'es'), ['Este archivo no es JSON válido (se esperaba una coma); se aplican los valores predeterminados hasta que se corrija el archivo.']);
    assert.deepEqual(messages('{ "rules": {} "kind": "auto" }', 'en'), ['This is not valid JSON (comma expected); the defaults are used until it is mended.']);
    assert.match(tooLargeMessage(1_100_000, 'fr'), /^Ce fichier fait 1,0 Mo, plus qu'une configuration ne peut faire \(1 Mo\)/);
    assert.match(tooLargeMessage(1_100_000), /^This file is 1\.0 MB/);
    // Every jsonc-parser error has its words in the catalogue (a new one would show in English).
    for (const id of Object.keys(CATALOGUES.en).filter((k) => k.startsWith('json.'))) assert.notEqual(formatMessage('fr', id as 'json.empty-file'), formatMessage('en', id as 'json.empty-file'), id);
  });

  test('the editor\'s settings: the same problems, translated', () => {
    const value = { kind: 'memo', rules: { 'footnote-stlye': 'off' }, limits: { totalWords: -1 }, markdown: { enable: 'sometimes' } };
    const en = readEditorSection(value).problems;
    const fr = readEditorSection(value, 'fr').problems;
    assert.equal(fr.length, en.length);
    assert.ok(en.length >= 4);
    for (const p of fr) assert.match(p, /^Paramètres WSIS : /);
    assert.ok(en.includes("WSIS settings: Unknown rule 'footnote-stlye': did you mean 'footnote-style'?"), en.join('\n'));
    assert.deepEqual(parseSettingsValue(value, 'es').problems.length, parseSettingsValue(value).problems.length);
    assert.deepEqual(readEditorSection([], 'es').problems, ['La configuración «wsis» debe ser un objeto.']);
  });
});

describe('wsis-lint in French and Spanish (bin/wsis-lint.js, built by npm test)', () => {
  const cli = (args: string[], env: Record<string, string> = {}): { out: string; err: string; status: number | null } => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'wsis-lint.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C', ...env } });
    return { out: r.stdout, err: r.stderr, status: r.status };
  };

  test('the examples: the summary translated, rule ids, severities and paths as they are; English unchanged', () => {
    const en = cli(['examples']);
    assert.equal(en.status, 1);
    assert.match(en.out, /\n4 files checked: 22 problems \(7 errors, 7 warnings, 8 info\); 19 can be fixed with --fix\.\n$/);
    const fr = cli(['--locale', 'fr', 'examples']);
    assert.match(fr.out, /\n4 fichiers vérifiés : 22 problèmes \(7 erreurs, 7 avertissements, 8 informations\) ; 19 peuvent être corrigés avec --fix\.\n$/);
    const es = cli(['examples'], { LANG: 'es_ES.UTF-8' });
    assert.match(es.out, /\n4 archivos revisados: 22 problemas \(7 errores, 7 advertencias, 8 avisos informativos\); 19 se pueden corregir con --fix\.\n$/);
    const shape = (out: string): string[] => out.split('\n').slice(0, -2).map((l) => /^(\S+:\d+:\d+ (?:error|warning|info)) .* (\[[\w-]+\])$/.exec(l)?.slice(1).join(' ') ?? `unparsed: ${l}`);
    assert.deepEqual(shape(fr.out), shape(en.out));
    assert.deepEqual(shape(es.out), shape(en.out));
    // JSON: the keys and values scripts read stay; the messages are translated.
    const json = (out: string) => JSON.parse(out) as { file: string; kind: string; diagnostics: { rule: string; severity: string; message: string }[] }[];
    const enJson = json(cli(['--format', 'json', 'examples']).out);
    const frJson = json(cli(['--format=json', '--locale=fr', 'examples']).out);
    assert.deepEqual(frJson.map((f) => [f.file, f.kind, f.diagnostics.map((d) => [d.rule, d.severity])]), enJson.map((f) => [f.file, f.kind, f.diagnostics.map((d) => [d.rule, d.severity])]));
    assert.notDeepEqual(frJson.map((f) => f.diagnostics.map((d) => d.message)), enJson.map((f) => f.diagnostics.map((d) => d.message)));
  });

  test('usage, usage errors, file errors and a broken .wsisrc.json', () => {
    const help = cli(['--help', '--locale', 'fr']);
    assert.equal(help.status, 0);
    assert.match(help.out, /^Utilisation : wsis-lint \[options\] CHEMIN\.\.\./);
    assert.match(help.out, /--locale en\|fr\|es {10}langue des messages/);
    assert.match(cli(['export', '--help'], { LC_MESSAGES: 'es_MX.UTF-8' }).out, /^Uso: wsis-lint export --docx\|--pdf \[opciones\] ARCHIVO/);
    const bad = cli(['--locale', 'fr', '--bogus']);
    assert.equal(bad.status, 2);
    assert.equal(bad.err, "wsis-lint: Option inconnue « --bogus ».\nLancez « wsis-lint --help » pour l'utilisation.\n");
    assert.equal(cli(['--format', 'xml', 'x'], { LANG: 'es_ES.UTF-8' }).err, 'wsis-lint: Formato desconocido «xml»: use text, json o sarif.\nEjecute «wsis-lint --help» para ver el uso.\n');
    assert.match(cli(['--locale', 'fr', 'nope.md']).err, /^wsis-lint: nope\.md : fichier ou dossier introuvable\.$/m);

    const dir = mkdtempSync(join(tmpdir(), 'wsis-l10n-cli-'));
    try {
      writeFileSync(join(dir, 'draft.wsis.md'), readFileSync(join(root, 'examples', 'submission-2026.wsis.md')));
      writeFileSync(join(dir, '.wsisrc.json'), '{ "rules": { "footnote-stlye": "off" }, "limtis": {} }');
      const fr = cli(['--locale', 'fr', dir]);
      assert.equal(fr.status, 2);
      assert.ok(fr.err.includes(`${join(dir, '.wsisrc.json')}:1:14 error Règle inconnue « footnote-stlye » : vouliez-vous dire « footnote-style » ? [config]`), fr.err);
      assert.ok(fr.err.includes("Paramètre inconnu « limtis » : vouliez-vous dire « limits » ? [config]"), fr.err);
      assert.equal(fr.out, '1 fichier vérifié : aucun problème.\n');
      writeFileSync(join(dir, '.wsisrc.json'), '{ "rules": {');
      const es = cli(['--locale', 'es', dir]);
      assert.match(es.err, /\.wsisrc\.json:1:13 error Este archivo no es JSON válido \(se esperaba una llave de cierre\); se aplican los valores predeterminados hasta que se corrija el archivo\. \[config\]/);
      assert.equal(es.out, '1 archivo revisado: ningún problema.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
          const english = at(en, i);
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
  const used = [...new Set([...pkgText.matchAll(/"%([^%"]+)%"/g)].map((m) => at(m, 1)))];
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

// Every template the product writes takes its session and years from the date: the snippets that
// name a session (served by the language server as completions) follow a fixed clock through the
// calendar, no file the product ships hard-codes a session or a year the date would change, and
// the session/year arithmetic lives in one place (session-calendar.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseSubmission } from '../../server/src/engine';
import { datedSnippets } from '../../server/src/engine/dated-snippets';
import { newSubmissionText } from '../../server/src/engine/new-submission';
import { effortsYear, sessionAhead, sessionFor, sessionHeldIn, sessionYear } from '../../server/src/engine/session-calendar';
import { capitalize, ordinalDigits, ordinalWords } from '../../server/src/engine/text/ordinals';
import { provideCompletion, provideSnippetCompletion } from '../../server/src/lsp/features/completion';

const ROOT = join(import.meta.dirname, '..', '..');

/** A snippet body with every tab stop at its default (enough for these bodies: no nesting, no choices). */
function expand(body: string): string {
  let out = body;
  for (let i = 0; i < 3; i++) out = out.replace(/\$\{\d+:([^{}$]*)\}/g, '$1');
  return out.replace(/\$\d+/g, (m) => (m === '$6' ? 'Organization' : '')).replace(/\\([$}\\])/g, '$1');
}

const DATES = ['2025-12-01', '2026-05-31', '2026-06-01', '2027-02-14', '2031-09-30', '2040-01-01'];

describe('the dated snippets follow the date', () => {
  for (const iso of DATES) {
    it(`on ${iso}`, () => {
      const today = new Date(`${iso}T12:00:00Z`);
      const { session, year, effortsYear: efforts } = sessionAhead(today);
      const byPrefix = new Map(datedSnippets(today).map((s) => [s.prefix, s]));
      assert.deepEqual([...byPrefix.keys()], ['wsis-submission', 'wsis-new', 'wsis-statement', 'wsis-input']);
      const submission = expand(byPrefix.get('wsis-submission')!.body);
      assert.ok(submission.includes(`**${capitalize(ordinalWords(session))} session**`));
      assert.ok(submission.includes(`Month ${year}**`));
      assert.ok(submission.includes(`efforts in ${efforts} to implement`));
      assert.ok(submission.includes(`(to the ${ordinalDigits(session)} session of the CSTD)`));
      // The checker reads it as that session, with nothing to say about its years.
      const model = parseSubmission(submission);
      assert.equal(model.cover.session?.value, session);
      assert.equal(model.cover.title?.year, efforts);
      assert.equal(model.cover.input?.session?.value, session);
      // The same session as New submission.
      assert.equal(parseSubmission(newSubmissionText(today)).cover.session?.value, session);
      const statement = expand(byPrefix.get('wsis-statement')!.body);
      assert.ok(statement.includes(`**${capitalize(ordinalWords(session))} session**`) && statement.includes(`the ${ordinalDigits(session)} session of the CSTD`));
      assert.ok(expand(byPrefix.get('wsis-input')!.body).includes(`(to the ${ordinalDigits(session)} session`));
      for (const s of byPrefix.values()) assert.ok(s.description.includes(`${ordinalDigits(session)} session is held in ${year}`), s.prefix);
    });
  }

  it('are offered as completions at the start of a line, with a fixed clock, in a draft and in an unchecked Markdown file', () => {
    const today = new Date('2026-09-01T12:00:00Z'); // the 30th session (2027) is ahead
    const model = parseSubmission('Some text\n\nwsis-su');
    const items = provideCompletion(model, { line: 2, character: 7 }, today);
    const item = items.find((i) => i.label === 'wsis-submission');
    assert.ok(item !== undefined, items.map((i) => i.label).join(', '));
    assert.equal(item.insertTextFormat, 2); // a snippet
    assert.ok(item.textEdit !== undefined && 'range' in item.textEdit);
    assert.deepEqual(item.textEdit.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } });
    assert.ok(expand(item.textEdit.newText).includes('**Thirtieth session**'));
    // Not inside a sentence; and the same items for a file the server does not check.
    assert.deepEqual(provideCompletion(parseSubmission('In 2026 we wsis'), { line: 0, character: 15 }, today).filter((i) => i.label === 'wsis-submission'), []);
    assert.deepEqual(provideSnippetCompletion('w', { line: 0, character: 1 }, today).map((i) => i.label), ['wsis-submission', 'wsis-new', 'wsis-statement', 'wsis-input']);
    assert.deepEqual(provideSnippetCompletion('', { line: 0, character: 0 }, today), []);
  });
});

describe('one session calendar', () => {
  it('session, year and efforts year agree', () => {
    for (let n = 1; n < 120; n++) {
      assert.equal(sessionHeldIn(sessionYear(n)), n);
      assert.equal(effortsYear(n), sessionYear(n) - 1);
    }
    assert.equal(sessionHeldIn(1997), undefined);
    assert.equal(sessionYear(23), 2020);
    assert.equal(sessionFor(new Date('2026-05-31T23:00:00Z')), 29);
    assert.equal(sessionFor(new Date('2026-06-01T00:00:00Z')), 30);
  });

  it('no other source file does the arithmetic (1997, or a year minus one for the efforts)', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.ts') && !path.endsWith('session-calendar.ts')) {
          // Code, not comments or message text: a number in code.
          const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
            .replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''")
            .replace(/^export \{[^}]*\} from .*$/gm, ''); // a re-export names it, computes nothing
          if (/\b1997\b|SESSION_YEAR_OFFSET|sessionYear\([^)]*\)\s*-\s*1\b/.test(code)) offenders.push(path.slice(ROOT.length + 1));
        }
      }
    };
    walk(join(ROOT, 'server', 'src'));
    walk(join(ROOT, 'client', 'src'));
    assert.deepEqual(offenders, []);
  });
});

describe('no file the product ships hard-codes a session or a year the date would change', () => {
  /** Numbers that are not the date's: a resolution, the 2030 Agenda, the Tunis/Geneva summits, an example's 'Nth: YEAR'. */
  const FIXED = /\b(?:2006\/46|2030 Agenda|A\/RES\/\d+\/\d+|(?:2003|2005)\b)/g;
  const SESSION_ORDINAL = /\b(?:\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty)[-\s]?\w+|twentieth|thirtieth|fortieth)(?:<\/sup>)?[}*]*\s+session\b/gi;
  const YEAR = /\b20\d\d\b/g;

  it('snippets, manifest, language configuration and grammar', () => {
    const files = [
      ...readdirSync(join(ROOT, 'snippets')).map((f) => join('snippets', f)),
      'package.json',
      'language-configuration.json',
      ...readdirSync(join(ROOT, 'syntaxes')).map((f) => join('syntaxes', f)),
    ];
    for (const file of files) {
      // A grammar's comments give examples of what it matches, and insert nothing.
      const text = readFileSync(join(ROOT, file), 'utf8').replace(/"comment":\s*"(?:[^"\\]|\\.)*"/g, '').replace(FIXED, '');
      assert.deepEqual(text.match(SESSION_ORDINAL) ?? [], [], `${file}: a session`);
      assert.deepEqual(text.match(YEAR) ?? [], [], `${file}: a year`);
    }
  });

  it('the modules that write templates (New submission, the dated snippets, the template texts)', () => {
    for (const file of ['server/src/engine/new-submission.ts', 'server/src/engine/dated-snippets.ts', 'server/src/engine/template.ts', 'server/src/engine/draft-names.ts']) {
      const text = readFileSync(join(ROOT, file), 'utf8').replace(FIXED, '');
      assert.deepEqual(text.match(SESSION_ORDINAL) ?? [], [], `${file}: a session`);
      assert.deepEqual(text.match(YEAR) ?? [], [], `${file}: a year`);
    }
  });
});

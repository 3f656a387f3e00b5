// template-placeholders: what New submission and the snippet leave to replace, and what drafts
// passed around hold (`XX`, `TBD`, `[...]`, `[Insert ...]`), reported until replaced; the check
// exits 1 and the Word export's warning names them.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkText } from '../../server/src/engine';
import { ENTITY_PLACEHOLDER, newSubmissionText, placeholderSessionDates } from '../../server/src/engine/new-submission';
import { PART_DESCRIPTIONS, SUBSECTION_DESCRIPTIONS } from '../../server/src/engine/template';
import { MAX_REPORTS } from '../../server/src/engine/rules/template-placeholders';
import { run } from '../../server/src/cli/main';
import { runExport } from '../../server/src/cli/word';
import { errorsBeforeExport } from '../../server/src/word/word-files';
import { at } from '../../server/src/engine/text/at';

const RULE = 'template-placeholders';
const tmp = mkdtempSync(join(tmpdir(), 'wsis-placeholders-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const TODAY = new Date(Date.UTC(2025, 9, 1));
const DATES = placeholderSessionDates(2026).text;
const DATES_COMMENT = /<!-- The session's dates above are a placeholder[^>]*-->\n\n/;

/** A draft made by New submission whose Part texts were replaced, and nothing else. */
function partsReplaced(): string {
  let text = newSubmissionText(TODAY);
  const own = [
    'In 2025 the Example Digital Foundation trained 1,200 community network operators in twelve countries.',
    'Connectivity grew fastest where regulators licensed small operators; gaps remain in rural areas.',
    'The foundation ran a spectrum sharing pilot with two regulators and published its results.',
    'In 2026 the foundation will extend the pilot to three more countries.',
  ];
  [PART_DESCRIPTIONS[0], PART_DESCRIPTIONS[1], SUBSECTION_DESCRIPTIONS.a, SUBSECTION_DESCRIPTIONS.b].forEach((d, i) => {
    assert.ok(text.includes(d));
    text = text.replace(d, at(own, i));
  });
  return text;
}

const found = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === RULE);

describe('template-placeholders', () => {
  it("reports New submission's entity placeholder and its unconfirmed dates once the Part texts are replaced", () => {
    const text = partsReplaced();
    const all = checkText(text).diagnostics;
    const ours = all.filter((d) => d.rule === RULE);
    assert.equal(ours.length, 2, ours.map((d) => d.message).join('\n'));
    const [dates, entity] = ours;
    assert.ok(dates !== undefined && entity !== undefined);
    assert.equal(dates.severity, 'error');
    assert.match(dates.message, new RegExp(`session's dates \\('${DATES}'\\).*not yet confirmed.*UNCTAD's invitation.*delete the comment`));
    const lines = text.split('\n');
    assert.ok(at(lines, dates.range.start.line).slice(dates.range.start.character).startsWith(DATES), 'the range is the dates');
    assert.equal(entity.message, `'${ENTITY_PLACEHOLDER}' is a placeholder left in: write your organization's name.`);
    assert.equal(at(lines, entity.range.start.line).slice(entity.range.start.character, entity.range.end.character), ENTITY_PLACEHOLDER);
    // Nothing else is left to report: these two are why the draft is not ready.
    assert.deepEqual(all.filter((d) => d.rule !== RULE && d.severity === 'error').map((d) => d.rule), []);
  });

  it('checks clean of the rule when the organization is named and the dates comment deleted', () => {
    const text = partsReplaced().replace(ENTITY_PLACEHOLDER, 'Example Digital Foundation').replace(DATES_COMMENT, '');
    assert.deepEqual(found(text), []);
    assert.deepEqual(checkText(text).diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('reports the dates comment itself when the draft has no dates', () => {
    const text = partsReplaced().replace(`**Geneva, ${DATES}**`, '**Geneva**');
    const d = found(text).find((x) => /comment says the session's dates/.test(x.message));
    assert.ok(d !== undefined);
    assert.ok(at(text.split('\n'), d.range.start.line).startsWith('<!-- The session'));
  });

  it("reports the snippet's 'Name of the entity', in any case", () => {
    const text = partsReplaced().replace(ENTITY_PLACEHOLDER, 'name of the  entity').replace(DATES_COMMENT, '');
    const ours = found(text);
    assert.deepEqual(ours.map((d) => d.message), ["'name of the entity' is a placeholder left in: write your organization's name."]);
  });

  it('caps its diagnostics at 100, the last one counting the rest', () => {
    const text = partsReplaced().replace(ENTITY_PLACEHOLDER, 'Example').replace(DATES_COMMENT, '') + '\n' + Array(250).fill('TBD').join(' ') + '\n';
    const ours = found(text);
    assert.equal(ours.length, MAX_REPORTS);
    assert.match(at(ours, MAX_REPORTS - 1).message, /150 more placeholders are left in besides\.$/);
  });

  it('is linear on near misses (unclosed brackets, long bracketed text, spaced-out phrases)', () => {
    const cpu = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const inputs = [
      '['.repeat(1_000_000),
      ('[' + 'a'.repeat(199)).repeat(5_000),
      ('[Insert ' + 'a'.repeat(150) + '\n').repeat(5_000),
      ('Name of the' + ' '.repeat(50) + 'entit ').repeat(10_000),
      'XXXX TBDD '.repeat(100_000),
      '[x](u)[^1][a][b]'.repeat(50_000),
    ];
    for (const input of inputs) {
      const start = cpu();
      found(input);
      const used = cpu() - start;
      assert.ok(used < 3000, `${input.slice(0, 20)}...: ${used.toFixed(0)} ms of CPU`);
    }
  });

  it('makes the check exit 1 (it was 0 for such a draft)', () => {
    const path = join(tmp, 'new.wsis.md');
    writeFileSync(path, partsReplaced());
    let out = '';
    const code = run([path], { out: (s) => (out += s), err: () => undefined, readStdin: () => '' });
    assert.equal(code, 1);
    assert.match(out, /\[Name of your organization\]' is a placeholder left in.*\[template-placeholders\]/);
  });

  it("is named in the Word export's warning", async () => {
    const text = partsReplaced();
    const errors = errorsBeforeExport(text);
    assert.deepEqual(errors.map((d) => d.rule), [RULE, RULE]);
    assert.ok(errors.some((d) => d.message.includes(ENTITY_PLACEHOLDER)));
    const path = join(tmp, 'export.wsis.md');
    writeFileSync(path, text);
    let err = '';
    const code = await runExport(['--docx', path], { out: () => undefined, err: (s) => (err += s) });
    assert.equal(code, 0, err);
    assert.match(err, /still has 2 error-level problems:\n.*The session's dates \('[^']+'\).*\[template-placeholders\]\n.*'\[Name of your organization\]' is a placeholder left in.*\[template-placeholders\]\n.*exporting anyway/);
  });
});

// The template's texts in the engine (server/src/engine/template.ts), which rules, fixes, hovers,
// snippets and New submission all write, are the ones published submissions carry word for word.
// The seeds under test/fixtures/seeds are such submissions (converted from the published PDFs),
// so this holds in every clone and in CI.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { COMMISSION_LINE, DISCLAIMER, INPUT_PARAGRAPH, PART_DESCRIPTIONS, PART_NAMES, SUBSECTION_DESCRIPTIONS, TITLES } from '../../server/src/engine/template';

const seeds = join(import.meta.dirname, '..', 'fixtures', 'seeds');

/** A seed's words as a reader sees them: no emphasis, headings or <sup> marks, one space between words, straight quotes. */
function words(name: string): string {
  return readFileSync(join(seeds, `${name}.md`), 'utf8')
    .replace(/<\/?sup>/g, '')
    .replace(/\*\*/g, '')
    .replace(/^#+ /gm, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ');
}

const igf = words('igf-submission-cstd21'); // 21st session, 2018: the older title
const isoc = words('isoc-submission-cstd23'); // 23rd session, 2020: the newer title, and the template's Part headings left in
const statement = words('isoc-statement-cstd23');
const wgec = words('isoc-wgec-contribution-2016');

const has = (text: string, part: string): void => assert.ok(text.includes(part), `not found word for word: ${part}`);

describe('the template texts are the published ones', () => {
  test('the commission line', () => {
    has(igf, COMMISSION_LINE);
    has(isoc, COMMISSION_LINE);
  });

  test('the disclaimer, in every kind of document', () => {
    for (const text of [igf, isoc, statement, wgec]) has(text, DISCLAIMER);
  });

  test('the input paragraph, with the session filled in', () => {
    has(igf, INPUT_PARAGRAPH.replace('{session}', '21st'));
    has(isoc, INPUT_PARAGRAPH.replace('{session}', '23rd'));
  });

  test("the title's two wordings, with the year reported on", () => {
    const [newer, older] = TITLES;
    has(isoc, newer.replace('{year}', '2019'));
    has(igf, older.replace('{year}', '2017'));
  });

  test("the Parts' descriptions and Part Three's (a) and (b)", () => {
    // The 2020 submission kept the template's Part headings; only Part One's "(half a page)" was dropped.
    has(isoc, `Part ${PART_NAMES[0]}: ${PART_DESCRIPTIONS[0].replace(' (half a page)', '')}`);
    has(isoc, `Part ${PART_NAMES[1]}: ${PART_DESCRIPTIONS[1]}`);
    has(isoc, `Part ${PART_NAMES[2]}: ${PART_DESCRIPTIONS[2]}`);
    has(isoc, `(a) ${SUBSECTION_DESCRIPTIONS.a}`);
    has(isoc, `(b) ${SUBSECTION_DESCRIPTIONS.b}`);
  });
});

/**
 * The Word import's and export's properties, as async checks that throw on failure: whatever
 * the input, the conversion ends within a bound of CPU time and of peak memory, and either
 * gives a result that holds only what XML allows (footnote references all to notes that exist)
 * or fails with the clean, user-facing error (ImportError, DraftTooLargeError), nothing else.
 * Run by `npm run fuzz` (failures saved under test/fixtures/fuzz-word/) and, seeded and with few
 * cases, by test/property/word.test.ts, which also replays what was saved.
 */
import assert from 'node:assert/strict';
import type fc from 'fast-check';
import JSZip from 'jszip';
import { draftToDocx } from '../../server/src/word/export-docx';
import { docxToDraft, ImportError, MAX_IMPORT_CHARS } from '../../server/src/word/import-docx';
import { DraftTooLargeError } from '../../server/src/word/read-draft';
import { buildDocx, docxCaseArb, exportDraftArb, type DocxCase } from './word-generators';

export interface WordProperty<T> {
  name: string;
  description: string;
  arbitrary: fc.Arbitrary<T>;
  check(input: T): Promise<void>;
  runsFactor: number;
}

/** CPU time one conversion may take (generous: a loaded CI machine), and how much it may raise the process's peak memory. */
export const WORD_CPU_LIMIT_MS = 8000;
export const WORD_MEMORY_LIMIT_MB = 600;

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, and noncharacters
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\p{Cs}\p{Noncharacter_Code_Point}]/u;

async function bounded<T>(what: string, work: () => Promise<T>): Promise<T> {
  const { user, system } = process.cpuUsage();
  const peak = process.resourceUsage().maxRSS / 1024;
  const result = await work();
  const used = process.cpuUsage({ user, system });
  const ms = (used.user + used.system) / 1000;
  const grown = process.resourceUsage().maxRSS / 1024 - peak;
  assert.ok(ms < WORD_CPU_LIMIT_MS, `${what} took ${ms.toFixed(0)} ms of CPU, more than ${WORD_CPU_LIMIT_MS}`);
  assert.ok(grown < WORD_MEMORY_LIMIT_MB, `${what} raised the peak memory by ${grown.toFixed(0)} MB, more than ${WORD_MEMORY_LIMIT_MB}`);
  return result;
}

/** A generated .docx is imported (a draft with no forbidden character, within the size bound) or refused with an ImportError. */
export async function checkImport(c: DocxCase): Promise<void> {
  const bytes = await buildDocx(c);
  await bounded('the import', async () => {
    try {
      const r = await docxToDraft(bytes);
      assert.equal(typeof r.text, 'string');
      assert.ok(r.text.length <= MAX_IMPORT_CHARS * 1.1, `the draft has ${r.text.length} characters`);
      assert.doesNotMatch(r.text, FORBIDDEN, 'the draft holds a character XML forbids');
    } catch (error) {
      if (!(error instanceof ImportError)) throw new Error(`the import threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}, not an ImportError`);
      assert.ok(error.message.length > 0 && error.message.length < 2000, 'the message is empty or runs on');
    }
  });
}

/** A generated draft is exported (XML parts without forbidden characters, every reference to an existing note) or refused as too large. */
export async function checkExport(text: string): Promise<void> {
  const docx = await bounded('the export', async () => {
    try {
      return await draftToDocx(text);
    } catch (error) {
      if (error instanceof DraftTooLargeError) return undefined;
      throw new Error(`the export threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}, not a DraftTooLargeError`);
    }
  });
  if (docx === undefined) return;
  const zip = await JSZip.loadAsync(docx.buffer);
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    assert.doesNotMatch((await zip.file(name)?.async('string')) ?? '', FORBIDDEN, `${name} holds a character XML forbids`);
  }
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const footnotes = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
  const notes = new Set([...footnotes.matchAll(/<w:footnote (?:w:type="[^"]*" )?w:id="(-?\d+)"/g)].map((m) => m[1]));
  for (const ref of document.matchAll(/<w:footnoteReference w:id="(-?\d+)"\/>/g)) assert.ok(notes.has(ref[1]), `a reference to footnote ${ref[1]}, which does not exist`);
  assert.equal(docx.footnotes, notes.size - [...notes].filter((id) => Number(id) <= 0).length);
}

export const WORD_PROPERTIES: readonly [WordProperty<DocxCase>, WordProperty<string>] = [
  { name: 'import-docx', description: 'a generated .docx is imported or refused with an ImportError, within time and memory bounds', arbitrary: docxCaseArb, check: checkImport, runsFactor: 0.1 },
  { name: 'export-draft', description: 'a generated draft is exported as well-formed Word XML or refused as too large, within time and memory bounds', arbitrary: exportDraftArb, check: checkExport, runsFactor: 0.1 },
];

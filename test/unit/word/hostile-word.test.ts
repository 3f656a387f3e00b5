// Hostile Word documents and drafts: a .docx that unpacks to gigabytes, one whose zip directory
// lies about its sizes, one with too many files or tags, absurd nesting; drafts with tens of
// thousands of footnotes, unclosed tags, private-use characters and characters XML forbids.
// Each is refused with a message or converted, within bounds of CPU time (measured as CPU so a
// loaded CI machine does not fail it) and of peak memory (the process's maximum resident size).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runExport, runImport } from '../../../server/src/cli/word';
import { DOCX_LIMITS } from '../../../server/src/word/docx-package';
import { draftToDocx, MAX_EXPORT_PIECES } from '../../../server/src/word/export-docx';
import { docxToDraft, ImportError } from '../../../server/src/word/import-docx';
import { DraftTooLargeError } from '../../../server/src/word/read-draft';
import { documentXml, footnotesXml, lyingDirectory, makeDocx, manyFootnotesDraft, nestedTablesXml, privateUseDraft, runsBomb, tinyRunsXml, unclosedTagsDraft } from './docx-attacks';
import { footnoteReferenceIds, openDocx, wordFootnotes, wordParagraphs } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'wsis-hostile-word-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** The process's peak resident memory so far, in MB. */
const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

/** Runs `work`, failing when it takes more than `cpuLimitMs` of CPU or raises the peak memory by more than `memoryLimitMb`. */
async function bounded<T>(what: string, work: () => Promise<T>, cpuLimitMs: number, memoryLimitMb = 400): Promise<T> {
  const cpu = cpuMs();
  const peak = peakMb();
  const result = await work();
  const used = cpuMs() - cpu;
  const grown = peakMb() - peak;
  if (process.env.HOSTILE_VERBOSE !== undefined) console.log(`hostile word: ${used.toFixed(0).padStart(6)} ms CPU, peak +${grown.toFixed(0)} MB  ${what}`);
  assert.ok(used < cpuLimitMs, `${what}: ${used.toFixed(0)} ms of CPU, more than ${cpuLimitMs} ms`);
  assert.ok(grown < memoryLimitMb, `${what}: the peak memory grew by ${grown.toFixed(0)} MB, more than ${memoryLimitMb} MB`);
  return result;
}

async function refusal(what: string, docx: Uint8Array, cpuLimitMs = 2000, memoryLimitMb = 400): Promise<string> {
  return bounded(
    what,
    async () => {
      try {
        await docxToDraft(docx);
      } catch (error) {
        assert.ok(error instanceof ImportError, `${what}: ${String(error)} is not an ImportError`);
        return error.message;
      }
      assert.fail(`${what} was imported`);
    },
    cpuLimitMs,
    memoryLimitMb,
  );
}

describe('import: hostile Word documents', () => {
  it('refuses a 390 KB .docx whose document.xml unpacks to 150 MB, from its zip directory, before inflating it', async () => {
    const bomb = await runsBomb(150);
    assert.ok(bomb.length < 600_000, `the bomb is ${bomb.length} bytes`);
    const message = await refusal('150 MB of tiny runs', bomb, 1000);
    assert.match(message, /word\/document\.xml would unpack to 150 MB; a submission's is well under 1 MB, and at most 20 MB is read/);
  });

  it('refuses a document whose zip directory declares small sizes while its data inflates large, at the declared size', async () => {
    const honest = await makeDocx({ document: tinyRunsXml(60) }, 9);
    const liar = lyingDirectory(honest, 'word/document.xml', 1000);
    const message = await refusal('a directory declaring 1,000 bytes for 60 MB', liar, 2000, 100);
    assert.match(message, /word\/document\.xml unpacks to more than the 1,000 bytes its zip directory declares/);
  });

  it('refuses a document within the size limits whose XML holds far more tags than a submission', async () => {
    const message = await refusal('5 MB of tiny runs', await makeDocx({ document: tinyRunsXml(5) }), 2000);
    assert.match(message, /over 300,000 tags; a submission of a few pages has about ten thousand/);
  });

  it('refuses a zip with thousands of entries, and one whose XML parts together are too large', async () => {
    const extra: Record<string, string> = {};
    for (let k = 0; k <= DOCX_LIMITS.entries; k++) extra[`junk/${k}.bin`] = '';
    assert.match(await refusal('5,001 entries', await makeDocx({ document: documentXml(''), extra })), /holds 5,00\d files/);
    const parts: Record<string, string> = {};
    for (let k = 0; k < 3; k++) parts[`customXml/item${k}.xml`] = `<a>${'x'.repeat(15 * 1024 * 1024)}</a>`;
    assert.match(await refusal('3 x 15 MB of XML', await makeDocx({ document: documentXml(''), extra: parts })), /XML parts would unpack to 45 MB; at most 40 MB is read/);
  });

  it('refuses a document whose text is far longer than any draft, and bounds the Markdown it writes', async () => {
    const text = documentXml(`<w:p><w:r><w:t>${'word '.repeat(2_000_000)}</w:t></w:r></w:p>`);
    assert.match(await refusal('10 MB of text in one run', await makeDocx({ document: text }), 3000), /its text comes to over [\d,]+ thousand characters, beyond the 2,000 thousand a draft may have/);
  });

  it('refuses what is not a zip, or a damaged one, in words', async () => {
    assert.match(await refusal('text', new TextEncoder().encode('not a zip at all')), /not a Word document that can be read \(it is not a zip file\)/);
    const good = await makeDocx({ document: documentXml('<w:p><w:r><w:t>Hello</w:t></w:r></w:p>') });
    assert.match(await refusal('truncated', good.subarray(0, good.length - 30)), /not a Word document that can be read/);
    const damaged = new Uint8Array(good);
    const view = new DataView(damaged.buffer);
    damaged[view.getUint32(damaged.length - 22 + 16, true)] = 0; // the first directory entry's signature
    assert.match(await refusal('damaged directory', damaged), /not a Word document that can be read \(its zip directory is damaged\)/);
  });

  it('converts or refuses tables nested 3,000 deep, never with anything but an ImportError', async () => {
    const docx = await makeDocx({ document: nestedTablesXml(3000) });
    await bounded(
      'tables nested 3,000 deep',
      async () => {
        try {
          const r = await docxToDraft(docx);
          assert.match(r.text, /deep/);
        } catch (error) {
          assert.ok(error instanceof ImportError, String(error));
        }
      },
      5000,
    );
  });

  it('imports an ordinary document with footnotes (the checks refuse only what is beyond a submission)', async () => {
    const docx = await makeDocx({
      document: documentXml('<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> more.</w:t></w:r></w:p>'),
      footnotes: footnotesXml(new Map([[1, '<w:p><w:r><w:t>A source.</w:t></w:r></w:p>']])),
    });
    const r = await docxToDraft(docx);
    assert.equal(r.text, 'Text[^1] more.\n\n[^1]: A source.\n');
  });

  it('leaves out, with a note, footnote references to notes the document does not have (mammoth threw on them)', async () => {
    const docx = await makeDocx({
      document: documentXml('<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="7"/></w:r></w:p>'),
      footnotes: footnotesXml(new Map([[1, '<w:p><w:r><w:t>A source</w:t></w:r><w:r><w:footnoteReference w:id="8"/></w:r></w:p>']])),
    });
    const r = await docxToDraft(docx);
    assert.equal(r.text, 'Text[^1]\n\n[^1]: A source\n');
    assert.ok(r.notes.includes('2 footnote references point to a note the Word document does not have: left out.'), r.notes.join('\n'));
  });

  it('wsis-lint import says why a bomb is refused and exits with 2, to a file or to standard output', async () => {
    const path = join(tmp, 'bomb.docx');
    writeFileSync(path, await runsBomb(150));
    for (const args of [[path], [path, '--out', '-']]) {
      let out = '';
      let err = '';
      const code = await runImport(args, { out: (s) => (out += s), err: (s) => (err += s) });
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.match(err, /^wsis-lint: .*bomb\.docx: its part word\/document\.xml would unpack to 150 MB; .*\.\n$/);
    }
  });
});

describe('export: hostile drafts', () => {
  it('exports 10,000 footnotes in linear time (the substitutions were searched from the start for each)', async () => {
    const text = manyFootnotesDraft(10_000);
    await draftToDocx(manyFootnotesDraft(200)); // load and warm the docx library
    const r = await bounded('10,000 footnotes', () => draftToDocx(text), 4000, 600);
    assert.equal(r.footnotes, 10_000);
    const parts = await openDocx(r.buffer);
    assert.equal(footnoteReferenceIds(parts.document).length, 10_000);
    assert.equal(wordFootnotes(parts.footnotes).get(10_000), 'Source 9999.');
  });

  it('exports 100,000 unclosed <b> tags in linear time (each copied and searched the rest of the text)', async () => {
    const r = await bounded('100,000 unclosed <b>', () => draftToDocx(unclosedTagsDraft(100_000)), 2000);
    const last = wordParagraphs((await openDocx(r.buffer)).document).at(-1)?.text ?? '';
    assert.equal(last, 'x '.repeat(100_000).trim(), 'the tags are left out and the text kept');
  });

  it('exports 80,000 private-use characters in linear time, as text, never as footnote references', async () => {
    const r = await bounded('80,000 U+E000', () => draftToDocx(privateUseDraft(80_000)), 2000);
    const parts = await openDocx(r.buffer);
    assert.deepEqual(footnoteReferenceIds(parts.document), []);
    assert.equal((parts.document.match(/\uE000/g) ?? []).length, 80_000);
  });

  it('never takes U+E000 1 U+E001 typed in a draft for a footnote', async () => {
    const r = await draftToDocx(`${manyFootnotesDraft(1).replace('Sentence 0', 'Typed \uE0007\uE001 and \uE000x')}`);
    const parts = await openDocx(r.buffer);
    assert.deepEqual(footnoteReferenceIds(parts.document), [1]);
    assert.match(wordParagraphs(parts.document).map((p) => p.text).join('\n'), /Typed \uE0007\uE001 and \uE000x/);
  });

  it('writes well-formed XML for a draft with U+FFFE, U+FFFF, controls, lone surrogates and &#xFFFF;, and says what it left out', async () => {
    const text = manyFootnotesDraft(1).replace('Sentence 0', 'A\uFFFEB\uFFFFC\u0000D\u0007E\uD800F\uFDD0G\u{10FFFF}H &#xFFFF; &#0; &#xD800; I\u000BJ');
    const r = await draftToDocx(text);
    const parts = await openDocx(r.buffer);
    // eslint-disable-next-line no-control-regex -- the characters XML forbids
    const forbidden = /[\0-\x08\x0B\x0C\x0E-\x1F\p{Cs}\p{Noncharacter_Code_Point}]/u;
    for (const [name, xml] of Object.entries(parts) as [string, string][]) assert.doesNotMatch(xml, forbidden, `${name} holds a character XML forbids`);
    assert.match(wordParagraphs(parts.document).map((p) => p.text).join('\n'), /ABCDEFGH \uFFFD \uFFFD \uFFFD I J/);
    assert.ok(r.notes.some((n) => /^8 characters that a Word document cannot hold .* were left out\.$/.test(n)), r.notes.join('\n'));
  });

  it('refuses, quickly and in words, a draft whose document would be far beyond a submission', async () => {
    await assert.rejects(
      bounded('30,000 footnotes', () => draftToDocx(manyFootnotesDraft(30_000)), 3000),
      (error: unknown) => error instanceof DraftTooLargeError && /too large to export: its Word document would hold [\d,]+ paragraphs, runs, cells and footnotes, more than the 80,000 allowed/.test(error.message),
    );
    await assert.rejects(
      bounded('2 MB', () => draftToDocx(manyFootnotesDraft(50_000)), 1000),
      (error: unknown) => error instanceof DraftTooLargeError && /too large to export: it has [\d,]+ characters, more than the 2,000,000 allowed/.test(error.message),
    );
    assert.equal(MAX_EXPORT_PIECES, 80_000);
    const oneLongNote = `${manyFootnotesDraft(0)}${'See[^1]. '.repeat(200)}\n\n[^1]: ${'long '.repeat(10_000)}\n`;
    await assert.rejects(
      bounded('one 50 KB footnote referred to 200 times', () => draftToDocx(oneLongNote), 3000),
      (error: unknown) => error instanceof DraftTooLargeError && /its footnotes, with each repeated at every reference to it, come to over 5,000,000 characters/.test(error.message),
    );
  });

  it('wsis-lint export says why a draft is too large and exits with 2, writing nothing', async () => {
    const draft = join(tmp, 'huge.wsis.md');
    writeFileSync(draft, manyFootnotesDraft(50_000));
    let err = '';
    const code = await runExport([draft], { out: () => undefined, err: (s) => (err += s) });
    assert.equal(code, 2);
    assert.match(err, /\nwsis-lint: The draft is too large to export: it has [\d,]+ characters, more than the 2,000,000 allowed \(a submission has about twenty thousand\)\.\n$/);
    assert.equal(existsSync(join(tmp, 'huge.docx')), false);
  });

  it('gives the event loop a turn between its steps and while it builds the document', async () => {
    let pauses = 0;
    const r = await draftToDocx(manyFootnotesDraft(5_000), {
      pause: () => {
        pauses++;
        return new Promise((resolve) => setImmediate(resolve));
      },
    });
    assert.equal(r.footnotes, 5_000);
    assert.ok(pauses >= 2, `${pauses} pauses`);
  });
});

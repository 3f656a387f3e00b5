/**
 * fast-check arbitraries for the Word import and export (test/fuzz/word-properties.ts):
 *
 * - `docxCaseArb`: a .docx described as data (so that it shrinks and can be saved as JSON): a
 *   document.xml grown from WordprocessingML pieces (paragraphs, runs, bold and italic, breaks,
 *   hyperlinks, footnote references to notes that exist and that do not, numbered paragraphs,
 *   tables nested in tables), a footnotes part, noise spliced into the XML (unclosed tags, stray
 *   `<` and `&`, entities of forbidden characters), odd zip entries (`../` names, directories,
 *   binary junk, a missing document part) and sometimes a directory that lies about a size or a
 *   part far too large. `buildDocx` makes the bytes.
 * - `exportDraftArb`: drafts for the export: the engine's generated drafts with hostile pieces
 *   spliced in (private-use and noncharacters, controls, unclosed tags, footnote marks).
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { documentXml, footnotesXml, lyingDirectory, tinyRunsXml } from '../unit/word/docx-attacks';
import { draftArb } from './generators';

export interface DocxCase {
  body: string;
  notes: [number, string][];
  noise: { at: number; text: string }[];
  entries: { name: string; text: string }[];
  dropDocument: boolean;
  /** Declare this many bytes for document.xml in the zip directory (it lies when smaller). */
  lie: number | undefined;
  /** Megabytes of tiny runs appended to the body (a bomb when large). */
  bombMb: number;
}

const textArb = fc.oneof(
  fc.constantFrom('Part One: An executive summary', 'Submission by', 'Internet Society', 'Geneva, 20 to 24 April 2026', '(a) Innovative policies', 'Twenty-ninth session', ' ', 'a', '[^1]', '**x**', '<b>', '\uE000', '\uE0011\uE001'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
).map((s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;'));

const runArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: textArb.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('<w:b/>', '<w:i/>', '<w:b/><w:i/>', '<w:strike/>', '<w:vertAlign w:val="superscript"/>', '<w:rStyle w:val="Strong"/>'), textArb).map(([p, t]) => `<w:r><w:rPr>${p}</w:rPr><w:t>${t}</w:t></w:r>`) },
  { weight: 1, arbitrary: fc.constantFrom('<w:r><w:br/></w:r>', '<w:r><w:tab/></w:r>', '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>', '<w:r><w:drawing/></w:r>', '<w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>') },
  { weight: 2, arbitrary: fc.integer({ min: -2, max: 12 }).map((id) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((id) => `<w:r><w:endnoteReference w:id="${id}"/></w:r>`) },
  { weight: 1, arbitrary: textArb.map((t) => `<w:hyperlink w:anchor="x"><w:r><w:t>${t}</w:t></w:r></w:hyperlink>`) },
);

const paragraphArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>', '<w:pPr><w:pStyle w:val="Title"/></w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="7"/></w:numPr></w:pPr>', '<w:pPr><w:jc w:val="center"/></w:pPr>'),
    fc.array(runArb, { maxLength: 8 }),
  )
  .map(([props, runs]) => `<w:p>${props}${runs.join('')}</w:p>`);

const { block: blockArb } = fc.letrec<{ block: string; table: string }>((tie) => ({
  block: fc.oneof({ depthSize: 'small', withCrossShrink: true }, { weight: 5, arbitrary: paragraphArb }, { weight: 1, arbitrary: tie('table') }),
  table: fc
    .array(fc.array(fc.array(tie('block'), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
    .map((rows) => `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map((blocks) => `<w:tc>${blocks.join('')}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`),
}));

/** Tables nested deeper than the recursive generator reaches. */
const deepTableArb = fc.integer({ min: 10, max: 400 }).map((depth) => `${'<w:tbl><w:tr><w:tc>'.repeat(depth)}<w:p><w:r><w:t>deep</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl><w:p/>'.repeat(depth)}`);

const noiseArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  text: fc.constantFrom('<', '&', '<w:p>', '</w:p>', '<w:r>', '</w:body>', '<w:t>', '&#xFFFF;', '&#0;', '&#xD800;', '&#xE000;', '<![CDATA[x]]>', '<!-- c -->', '<?pi x?>', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', '"', '\u0000', '\uFFFF'),
});

const entryArb = fc.record({
  name: fc.constantFrom('../../evil.xml', '/abs.xml', 'word/media/image1.png', 'word/', 'word/styles.xml', 'word/numbering.xml', 'word/_rels/footnotes.xml.rels', 'mammoth/style-map', 'customXml/item1.xml', 'docProps/core.xml', 'word/document.xml', '[Content_Types].xml'),
  text: fc.oneof(fc.constantFrom('', '<x/>', 'p => h1', '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>'), fc.string({ maxLength: 40 })),
});

export const docxCaseArb: fc.Arbitrary<DocxCase> = fc.record({
  body: fc.oneof({ weight: 8, arbitrary: fc.array(blockArb, { maxLength: 12 }).map((b) => b.join('')) }, { weight: 1, arbitrary: deepTableArb }),
  notes: fc.array(fc.tuple(fc.integer({ min: -1, max: 12 }), fc.array(paragraphArb, { maxLength: 2 }).map((p) => p.join(''))), { maxLength: 6 }),
  noise: fc.oneof({ weight: 3, arbitrary: fc.constant<DocxCase['noise']>([]) }, { weight: 1, arbitrary: fc.array(noiseArb, { maxLength: 3 }) }),
  entries: fc.oneof({ weight: 3, arbitrary: fc.constant<DocxCase['entries']>([]) }, { weight: 1, arbitrary: fc.array(entryArb, { maxLength: 3 }) }),
  dropDocument: fc.oneof({ weight: 15, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  lie: fc.oneof({ weight: 6, arbitrary: fc.constant<number | undefined>(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 5000 }) }),
  bombMb: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(3, 30) }),
});

function splice(xml: string, noise: DocxCase['noise']): string {
  let out = xml;
  for (const n of noise) {
    const at = Math.floor(n.at * out.length);
    out = out.slice(0, at) + n.text + out.slice(at);
  }
  return out;
}

/** The .docx a case describes. */
export async function buildDocx(c: DocxCase): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>');
  let document = documentXml(c.body);
  if (c.bombMb > 0) document = document.replace('</w:body>', `${tinyRunsXml(c.bombMb).replace(/^[\s\S]*<w:body>|<\/w:body>[\s\S]*$/g, '')}</w:body>`);
  if (!c.dropDocument) zip.file('word/document.xml', splice(document, c.noise));
  if (c.notes.length > 0) zip.file('word/footnotes.xml', footnotesXml(new Map(c.notes)));
  for (const e of c.entries) {
    if (e.name.endsWith('/')) zip.folder(e.name);
    else zip.file(e.name, e.text);
  }
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return c.lie !== undefined && !c.dropDocument ? lyingDirectory(bytes, 'word/document.xml', c.lie) : bytes;
}

const HOSTILE_PIECES = ['\uE000', '\uE0011\uE001', '\uFDD01\uFDD1', '\uFFFE', '\uFFFF', '\u0000', '\u000B', '\uD800', '<b>', '</b>', '<a href="x">', '<!--', '[^1]', '[^99]', '¹', '<sup>2</sup>', '&#xFFFF;', '&#0;', '**', '`', '| a |', '\n| --- |\n'];

/** A generated draft with hostile pieces spliced in, and sometimes one of them repeated many times. */
export const exportDraftArb: fc.Arbitrary<string> = fc
  .tuple(
    draftArb,
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...HOSTILE_PIECES)), { maxLength: 6 }),
    fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_PIECES), fc.integer({ min: 100, max: 20_000 })) }),
  )
  .map(([draft, pieces, repeated]) => {
    let text = draft;
    for (const [at, piece] of pieces) {
      const k = Math.floor(at * text.length);
      text = text.slice(0, k) + piece + text.slice(k);
    }
    if (repeated !== undefined) text += `\n\n${`${repeated[0]} x `.repeat(repeated[1])}\n`;
    return text;
  });

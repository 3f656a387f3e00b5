// Hostile Word documents and drafts, built in the tests (a .docx is a zip, written here with Node's
// zlib: jszip took 8 s to deflate the 150 MB bomb, zlib 0.4 s), for the hostile Word tests, the
// protocol test and the fuzz runner.
import { crc32, deflateRawSync } from 'node:zlib';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>';

/** A document.xml around `body` (the content of `<w:body>`). */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
}

/** A footnotes.xml with these notes (id: paragraphs' XML). */
export function footnotesXml(notes: ReadonlyMap<number, string>): string {
  const items = [...notes].map(([id, xml]) => `<w:footnote w:id="${id}">${xml}</w:footnote>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W_NS}"><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>${items}</w:footnotes>`;
}

export interface DocxParts {
  document: string;
  footnotes?: string;
  /** More entries: name to text or bytes. */
  extra?: Record<string, string | Uint8Array>;
}

/** A minimal .docx that mammoth reads (content types, relationships, document, footnotes). */
export async function makeDocx(parts: DocxParts, level = 6): Promise<Uint8Array> {
  const entries: [string, string | Uint8Array][] = [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', ROOT_RELS],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/document.xml', parts.document],
  ];
  if (parts.footnotes !== undefined) entries.push(['word/footnotes.xml', parts.footnotes]);
  entries.push(...Object.entries(parts.extra ?? {}));
  return Promise.resolve(zip(entries, level));
}

/** A zip of these entries, each deflated at `level` (the classic format: no zip64, no data descriptors). */
function zip(entries: readonly (readonly [string, string | Uint8Array])[], level: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const packed = deflateRawSync(data, { level });
    const nameBytes = Buffer.from(name, 'utf8');
    const fields = { crc: crc32(data), packed: packed.length, size: data.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(fields.crc, 14);
    local.writeUInt32LE(fields.packed, 18);
    local.writeUInt32LE(fields.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(0x21, 14);
    entry.writeUInt32LE(fields.crc, 16);
    entry.writeUInt32LE(fields.packed, 20);
    entry.writeUInt32LE(fields.size, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

/** `megabytes` of one-letter runs (Word splits text into runs like these, but not a million of them). */
export function tinyRunsXml(megabytes: number): string {
  const paragraph = `<w:p>${'<w:r><w:t>a</w:t></w:r>'.repeat(400)}</w:p>`;
  return documentXml(paragraph.repeat(Math.ceil((megabytes * 1024 * 1024) / paragraph.length)));
}

/** The bomb: about 390 KB of .docx whose document.xml unpacks to 150 MB of tiny runs. */
export function runsBomb(megabytes = 150): Promise<Uint8Array> {
  return makeDocx({ document: tinyRunsXml(megabytes) }, 9);
}

/**
 * A zip whose central directory (and local header) declare `declared` bytes for `name` while its
 * data inflates to far more: the directory lies.
 */
export function lyingDirectory(zip: Uint8Array, name: string, declared: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  const matches = (at: number): boolean => nameBytes.every((b, k) => out[at + k] === b);
  let patched = 0;
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x02014b50 && view.getUint16(at + 28, true) === nameBytes.length && matches(at + 46)) {
      view.setUint32(at + 24, declared, true);
      patched++;
    } else if (sig === 0x04034b50 && view.getUint16(at + 26, true) === nameBytes.length && matches(at + 30)) {
      view.setUint32(at + 22, declared, true);
      patched++;
    }
  }
  if (patched < 2) throw new Error(`lyingDirectory: ${name} not found in the zip`);
  return out;
}

/** Tables nested `depth` deep, a paragraph at the bottom. */
export function nestedTablesXml(depth: number): string {
  return documentXml(`${'<w:tbl><w:tr><w:tc>'.repeat(depth)}<w:p><w:r><w:t>deep</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl><w:p/>'.repeat(depth)}`);
}

// ---------------------------------------------------------------------------------------------
// Drafts for export

const HEAD = `**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)**

**Twenty-ninth session**

**Geneva, 20 to 24 April 2026**

**Submissions from entities in the United Nations system, international organizations and other stakeholders on their efforts in 2025 to implement the outcomes of the WSIS**

**Submission by**

Example Organization

## Part One: An executive summary

`;

/** A draft with `n` footnotes, each referred to once. */
export function manyFootnotesDraft(n: number): string {
  const body = Array.from({ length: n }, (_, i) => `Sentence ${i}[^${i + 1}].`).join(' ');
  const defs = Array.from({ length: n }, (_, i) => `[^${i + 1}]: Source ${i}.`).join('\n');
  return `${HEAD}${body}\n\n${defs}\n`;
}

/** `n` `<b>` tags that are never closed. */
export function unclosedTagsDraft(n: number): string {
  return `${HEAD}${'<b>x '.repeat(n)}\n`;
}

/** `n` private-use characters (the exporter's footnote markers were U+E000 and U+E001). */
export function privateUseDraft(n: number): string {
  return `${HEAD}${'\uE000a '.repeat(n)}\n`;
}

// The zip directory of a .docx, read before anything is inflated (server/src/word/docx-package.ts):
// zip64 directories and sizes (how a forged file declares billions of entries or bytes), and
// directories that are missing, damaged or point outside the file. The zips are written here byte
// by byte, as no zip library writes these.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocxRefusedError, readZipDirectory, safeDocxPackage } from '../../../server/src/word/docx-package';
import { at } from '../../../server/src/engine/text/at';

interface ZipEntry {
  name: string;
  size: number;
  compressed?: number;
  /** Sizes of 2^32 or more go in a zip64 extra field (id 1), the 32-bit fields set to 0xffffffff. */
  zip64?: boolean;
  utf8?: boolean;
}

interface Directory {
  entries: ZipEntry[];
  /** The end record's counts say "see the zip64 record"; 'missing' leaves the locator out, 'damaged' points it at junk. */
  zip64?: true | 'missing' | 'damaged';
  /** The entry count the zip64 record declares (default: the entries given). */
  declaredEntries?: number;
  /** Where the end record says the directory starts (default: where it does). */
  offset?: number;
}

class Bytes {
  readonly parts: number[] = [];
  get length(): number {
    return this.parts.length;
  }
  u16(n: number): this {
    this.parts.push(n & 0xff, (n >>> 8) & 0xff);
    return this;
  }
  u32(n: number): this {
    return this.u16(n & 0xffff).u16(Math.floor(n / 0x10000) & 0xffff);
  }
  u64(n: number): this {
    return this.u32(n % 2 ** 32).u32(Math.floor(n / 2 ** 32));
  }
  raw(bytes: Iterable<number>): this {
    this.parts.push(...bytes);
    return this;
  }
}

/** A zip of no file data, only its central directory and end records: all readZipDirectory reads. */
function zipDirectory(d: Directory): Uint8Array {
  const b = new Bytes().raw([0x50, 0x4b, 0x03, 0x04]); // a local header's signature, no data
  const start = b.length;
  for (const e of d.entries) {
    const name = e.utf8 === true ? new TextEncoder().encode(e.name) : Uint8Array.from(e.name, (c) => c.charCodeAt(0));
    const extra = e.zip64 === true ? new Bytes().u16(1).u16(16).u64(e.size).u64(e.compressed ?? e.size) : new Bytes();
    b.u32(0x02014b50).u16(45).u16(45).u16(e.utf8 === true ? 0x800 : 0).u16(8).u32(0).u32(0);
    b.u32(e.zip64 === true ? 0xffffffff : (e.compressed ?? e.size)).u32(e.zip64 === true ? 0xffffffff : e.size);
    b.u16(name.length).u16(extra.length).u16(0).u16(0).u16(0).u32(0).u32(0);
    b.raw(name).raw(extra.parts);
  }
  const size = b.length - start;
  const offset = d.offset ?? start;
  if (d.zip64 !== undefined) {
    const record = b.length;
    if (d.zip64 === 'damaged') b.raw(new Array<number>(56).fill(0x20));
    else b.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(d.declaredEntries ?? d.entries.length).u64(d.declaredEntries ?? d.entries.length).u64(size).u64(offset);
    if (d.zip64 !== 'missing') b.u32(0x07064b50).u32(0).u64(record).u32(1);
  }
  const z64 = d.zip64 !== undefined;
  b.u32(0x06054b50).u16(0).u16(0).u16(z64 ? 0xffff : d.entries.length).u16(z64 ? 0xffff : d.entries.length);
  b.u32(z64 ? 0xffffffff : size).u32(z64 ? 0xffffffff : offset).u16(0);
  return Uint8Array.from(b.parts);
}

function refusal(bytes: Uint8Array): string {
  try {
    readZipDirectory(bytes);
  } catch (error) {
    assert.ok(error instanceof DocxRefusedError, `not a DocxRefusedError: ${String(error)}`);
    return error.message;
  }
  return assert.fail('the directory was read');
}

const PARTS: ZipEntry[] = [
  { name: '[Content_Types].xml', size: 1200, compressed: 400 },
  { name: 'word/document.xml', size: 52_000, compressed: 9_000 },
];

describe('the zip directory of a .docx', () => {
  it('lists each entry with its declared sizes, names in UTF-8 where the flag says so', () => {
    const entries = readZipDirectory(zipDirectory({ entries: [...PARTS, { name: 'word/média/é.png', size: 10, utf8: true }] }));
    assert.deepEqual(entries, [
      { name: '[Content_Types].xml', size: 1200, compressedSize: 400 },
      { name: 'word/document.xml', size: 52_000, compressedSize: 9_000 },
      { name: 'word/média/é.png', size: 10, compressedSize: 10 },
    ]);
  });

  it('reads a zip64 directory and zip64 sizes, so a part declaring 5 GB is seen as 5 GB', () => {
    const five = 5 * 2 ** 30;
    const entries = readZipDirectory(zipDirectory({ entries: [at(PARTS, 0), { name: 'word/document.xml', size: five, compressed: 300_000, zip64: true }], zip64: true }));
    assert.deepEqual(entries.map((e) => [e.name, e.size, e.compressedSize]), [
      ['[Content_Types].xml', 1200, 400],
      ['word/document.xml', five, 300_000],
    ]);
  });

  it('refuses, before inflating anything, a zip64 directory declaring more files than any document has', () => {
    assert.match(refusal(zipDirectory({ entries: PARTS, zip64: true, declaredEntries: 100_000 })), /the document holds 100,000 files; a Word document has a few dozen/);
  });

  it('refuses a zip64 directory that is missing or damaged, and a directory outside the file or damaged', () => {
    assert.match(refusal(zipDirectory({ entries: PARTS, zip64: 'missing' })), /^not a Word document that can be read \(its zip64 directory is missing\)$/);
    assert.match(refusal(zipDirectory({ entries: PARTS, zip64: 'damaged' })), /its zip64 directory is damaged/);
    assert.match(refusal(zipDirectory({ entries: PARTS, offset: 1_000_000 })), /its zip directory lies outside the file/);
    assert.match(refusal(zipDirectory({ entries: PARTS, offset: 1 })), /its zip directory is damaged/);
    assert.match(refusal(new TextEncoder().encode('a text file, not a zip at all')), /it is not a zip file/);
  });

  it('refuses the whole .docx when one XML part declares more than a submission could hold', async () => {
    const bytes = zipDirectory({ entries: [at(PARTS, 0), { name: 'word/document.xml', size: 5 * 2 ** 30, compressed: 300_000, zip64: true }], zip64: true });
    await assert.rejects(safeDocxPackage(bytes), (e: unknown) => e instanceof DocxRefusedError && /word\/document\.xml/.test(e.message) && !/not a zip/.test(e.message));
  });
});

import JSZip from 'jszip';
import { decimal, thousands, WordMessageError, type WordArgs, type WordMessageId } from './messages/catalogue';

/**
 * A .docx (a zip) made safe for mammoth before it reads it: the zip's central directory is read
 * here first, and a document that declares more than any submission holds is refused before
 * anything is inflated (a 390 KB file can declare gigabytes). The XML parts are then inflated
 * with their size counted as they come, so a directory that lies (sizes declared small, data
 * inflating large) is caught at the declared size; and only those verified parts, re-zipped
 * without compression, go to mammoth. Images and other binary parts are never inflated (the
 * import leaves images out). Pure JavaScript: nothing here needs Node.
 */
export const DOCX_LIMITS = {
  /** The .docx file itself (images included). */
  fileBytes: 100 * 1024 * 1024,
  /** Entries in the zip: a Word document has a few dozen, a few hundred with many images. */
  entries: 5_000,
  /** Any one XML part once inflated (a submission's document.xml is well under 1 MB). */
  partBytes: 20 * 1024 * 1024,
  /** All XML parts together, once inflated. */
  xmlBytes: 40 * 1024 * 1024,
  /**
   * XML tags (`<`) in all parts: what mammoth's time and memory follow (about 5 microseconds
   * and a kilobyte a tag). A submission of a few pages has about ten thousand.
   */
  tags: 300_000,
};

/** A Word document that cannot be read, or is far larger than a submission: said in words for the person. */
export class DocxRefusedError extends WordMessageError {
  constructor(id: WordMessageId, args?: WordArgs) {
    super({ id, args });
  }
}

interface Entry {
  name: string;
  compressedSize: number;
  size: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

/** A size in MB as the language writes it (the unit is the catalogue's). */
const mb = (n: number): WordArgs[string] => decimal((n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0));
const count = thousands;

/** Parts mammoth reads are XML; the rest (images, fonts, embedded objects) it is never asked for. */
export function isXmlPart(name: string): boolean {
  return /\.(?:xml|rels)$/i.test(name);
}

/** The entries the zip's central directory lists, with their declared sizes. */
export function readZipDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u64 = (at: number): number => u32(at) + u32(at + 4) * 2 ** 32;
  const corrupt = (id: WordMessageId): DocxRefusedError => new DocxRefusedError(id);

  // The end-of-directory record is in the last 22 + 65,535 bytes (its comment may be that long).
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt('docx.not-zip');
  let entries = u16(eocd + 10);
  let size = u32(eocd + 12);
  let offset = u32(eocd + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) throw corrupt('docx.zip64-missing');
    const record = u64(locator + 8);
    if (record + 56 > bytes.length || u32(record) !== ZIP64_EOCD) throw corrupt('docx.zip64-damaged');
    entries = u64(record + 32);
    size = u64(record + 40);
    offset = u64(record + 48);
  }
  if (entries > DOCX_LIMITS.entries) throw new DocxRefusedError('docx.entries', { count: count(entries) });
  if (offset + size > bytes.length) throw corrupt('docx.directory-outside');

  const out: Entry[] = [];
  let at = offset;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw corrupt('docx.directory-damaged');
    const utf8 = (u16(at + 8) & 0x800) !== 0;
    let compressedSize = u32(at + 20);
    let declared = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = utf8 ? new TextDecoder().decode(nameBytes) : String.fromCharCode(...nameBytes);
    // Sizes too large for 32 bits are in the zip64 extra field (id 1), uncompressed first.
    if (declared === 0xffffffff || compressedSize === 0xffffffff) {
      let x = at + 46 + nameLength;
      const end = x + extraLength;
      while (x + 4 <= end && x + 4 <= bytes.length) {
        const id = u16(x);
        const length = u16(x + 2);
        if (id === 1) {
          let field = x + 4;
          if (declared === 0xffffffff && field + 8 <= bytes.length) {
            declared = u64(field);
            field += 8;
          }
          if (compressedSize === 0xffffffff && field + 8 <= bytes.length) compressedSize = u64(field);
          break;
        }
        x += 4 + length;
      }
    }
    out.push({ name, compressedSize, size: declared });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** The checks on the directory alone, before anything is inflated. */
export function checkDirectory(entries: readonly Entry[]): void {
  let total = 0;
  for (const e of entries) {
    if (!isXmlPart(e.name)) continue;
    if (e.size > DOCX_LIMITS.partBytes) throw new DocxRefusedError('docx.part-size', { name: e.name, size: mb(e.size), max: mb(DOCX_LIMITS.partBytes) });
    total += e.size;
  }
  if (total > DOCX_LIMITS.xmlBytes) throw new DocxRefusedError('docx.xml-size', { size: mb(total), max: mb(DOCX_LIMITS.xmlBytes) });
}

/** JSZip's documented `ZipObject.internalStream` (its type declarations leave it out). */
interface ChunkStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'end', listener: () => void): ChunkStream;
  on(event: 'error', listener: (error: Error) => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/** Inflates one entry, refusing it as soon as more comes out than its directory declared. */
function inflate(file: JSZip.JSZipObject, declared: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (done) return;
        length += chunk.length;
        if (length > declared) {
          done = true;
          stream.pause();
          reject(new DocxRefusedError('docx.part-overflow', { name: file.name, count: count(declared) }));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error) => {
        if (done) return;
        done = true;
        reject(new DocxRefusedError('docx.unreadable-part', { name: file.name, detail: error.message }));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(length);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

function countTags(data: Uint8Array): number {
  let n = 0;
  for (let k = 0; k < data.length; k++) if (data[k] === 0x3c) n++;
  return n;
}

/**
 * The .docx checked and reduced to its XML parts, as a zip for mammoth; throws
 * DocxRefusedError with the reason when the document is refused.
 */
export async function safeDocxPackage(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.length > DOCX_LIMITS.fileBytes) throw new DocxRefusedError('docx.file-size', { size: mb(bytes.length), max: mb(DOCX_LIMITS.fileBytes) });
  const entries = readZipDirectory(bytes);
  checkDirectory(entries);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new DocxRefusedError('docx.unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  const declared = new Map(entries.map((e) => [e.name, e.size]));
  const out = new JSZip();
  let tags = 0;
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !isXmlPart(file.name)) continue;
    // JSZip and the directory read here agree on the names; a name only one of them saw is refused.
    const size = declared.get(file.name);
    if (size === undefined) throw new DocxRefusedError('docx.directory-inconsistent', { name: file.name });
    const data = await inflate(file, size);
    total += data.length;
    if (total > DOCX_LIMITS.xmlBytes) throw new DocxRefusedError('docx.xml-over', { max: mb(DOCX_LIMITS.xmlBytes) });
    tags += countTags(data);
    if (tags > DOCX_LIMITS.tags) throw new DocxRefusedError('docx.tags', { count: count(DOCX_LIMITS.tags) });
    out.file(file.name, data, { compression: 'STORE' });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

import mammoth from 'mammoth';
import { canonicalizeDraft } from './canonical-draft';
import type { Locale } from '../engine';
import { DocxRefusedError, safeDocxPackage } from './docx-package';
import { parseHtml } from './html-tree';
import { htmlToMarkdown } from './html-to-markdown';
import { inLocale, thousands, WordMessageError, wordCount, wordText, type WordArgs, type WordMessageId } from './messages/catalogue';
import { Pacer, type Pause } from './pacer';
import { rollForward } from './roll-forward';
import { toXmlText } from './xml-text';

/**
 * A Word document (.docx) to a Markdown draft: mammoth reads the document, the converter
 * writes Markdown with `[^n]` footnotes (their texts at the end), and the cover block and Parts
 * are put in canonical form. With `rollForward`, the cover moves on by one year.
 */
export interface ImportOptions {
  rollForward?: boolean;
  /** The language of the notes and of the reason a document is refused (English by default). */
  locale?: Locale;
}

export interface DocxImport {
  text: string;
  footnotes: number;
  /** What the person should know: what was left out, what roll-forward changed, what to confirm. */
  notes: string[];
}

/** Word's and LibreOffice's names for plain paragraphs and note marks, so mammoth keeps quiet about them. */
const STYLE_MAP = [
  "p[style-name='Title'] => p:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Body Text'] => p:fresh",
  "p[style-name='Text Body'] => p:fresh",
  "p[style-name='Default'] => p:fresh",
  "r[style-name='Footnote Characters'] =>",
  "r[style-name='Footnote Symbol'] =>",
  "r[style-name='Internet Link'] =>",
  "r[style-name='Emphasis'] => em",
  "r[style-name='Strong Emphasis'] => strong",
];

export class ImportError extends WordMessageError {
  constructor(id: WordMessageId, args?: WordArgs) {
    super({ id, args });
  }

  /** The same reason, as an import's (a refused .docx or PDF). */
  static from(error: WordMessageError): ImportError {
    return new ImportError(error.text.id, error.text.args);
  }
}

/**
 * The longest draft an import writes, in UTF-16 code units: fifty times a long submission
 * (the export takes no longer one).
 */
export const MAX_IMPORT_CHARS = 2_000_000;

export interface ImportRunOptions extends ImportOptions {
  /** How the conversion gives others a turn between its steps (the event loop's, by default). */
  pause?: Pause;
}

/**
 * Throws ImportError, with the reason in words, for a document that cannot be read or is far
 * larger than a submission; nothing else.
 */
export async function docxToDraft(docx: Uint8Array, options: ImportRunOptions = {}): Promise<DocxImport> {
  const pacer = new Pacer(options.pause);
  return inLocale(options.locale, async () => {
    try {
      return await convert(docx, options, pacer);
    } catch (error) {
      if (error instanceof ImportError) throw error;
      if (error instanceof DocxRefusedError) throw ImportError.from(error);
      // A stack overflow on absurd nesting, say: still the document's fault, said plainly.
      throw new ImportError('import.unconvertible', { detail: error instanceof Error ? error.message : String(error) });
    }
  });
}

async function convert(docx: Uint8Array, options: ImportOptions, pacer: Pacer): Promise<DocxImport> {
  const safe = await safeDocxPackage(docx);
  await pacer.now();
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  const dangling = { count: 0 };
  try {
    result = await mammoth.convertToHtml(
      // mammoth's declared input type is Node's Buffer; it hands the bytes to JSZip, which takes any
      // Uint8Array. Its browser build reads them from `arrayBuffer` instead (esbuild picks that build
      // for dist/word.js, in Node as in the browser).
      { buffer: safe, arrayBuffer: safe } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
      {
        styleMap: STYLE_MAP,
        includeEmbeddedStyleMap: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (document: MammothElement) => dropDanglingNoteReferences(document, dangling),
      },
    );
  } catch (error) {
    throw new ImportError('docx.unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (result.value.length > 4 * MAX_IMPORT_CHARS) throw tooLong(result.value.length);
  await pacer.now();
  const locale = options.locale ?? 'en';
  const notes: string[] = [];
  if (dangling.count > 0) notes.push(wordCount(locale, 'import.dangling', dangling.count));
  const converted = htmlToMarkdown(parseHtml(result.value));
  if (converted.images > 0) notes.push(wordCount(locale, 'import.images', converted.images));
  for (const m of result.messages) {
    if (!/^Unrecognised (paragraph|run) style/.test(m.message)) notes.push(wordText(locale, 'import.word-message', { message: m.message }));
  }

  const defs = converted.footnotes.map((t, k) => `[^${k + 1}]: ${t}`).join('\n');
  const markdown = toXmlText(`${converted.blocks.join('\n\n')}${defs === '' ? '' : `\n\n${defs}`}\n`).text;
  if (markdown.length > MAX_IMPORT_CHARS) throw tooLong(markdown.length);
  await pacer.now();
  let text = canonicalizeDraft(markdown);
  if (options.rollForward === true) {
    const rolled = rollForward(text, locale);
    text = rolled.text;
    notes.push(...rolled.notes);
  }
  return { text, footnotes: converted.footnotes.length, notes };
}

/** What mammoth's document model is made of, as far as the transform below needs. */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  /** A note's paragraphs. */
  body?: MammothElement[];
  /** The document's notes (`_notes`, by key, is mammoth's own: used only if there). */
  notes?: { resolve(reference: MammothElement): unknown; _notes?: Record<string, MammothElement> };
}

/**
 * A footnote reference to a note the document lacks makes mammoth throw (it converts the missing
 * note as null): such references are taken out, and counted for a note.
 */
function dropDanglingNoteReferences(document: MammothElement, dangling: { count: number }): MammothElement {
  const notes = document.notes;
  if (notes === undefined) return document;
  // The notes' own text may refer to notes too.
  const stack: MammothElement[] = [document, ...Object.values(notes._notes ?? {})];
  const kept = (children: MammothElement[]): MammothElement[] => {
    const out = children.filter((child) => child.type !== 'noteReference' || notes.resolve(child) !== null);
    dangling.count += children.length - out.length;
    stack.push(...out);
    return out;
  };
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    if (element.children !== undefined) element.children = kept(element.children);
    if (element.body !== undefined) element.body = kept(element.body);
  }
  return document;
}

function tooLong(chars: number): ImportError {
  return new ImportError('import.too-long', { chars: thousands(Math.floor(chars / 1000)), max: thousands(MAX_IMPORT_CHARS / 1000) });
}

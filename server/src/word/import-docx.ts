import mammoth from 'mammoth';
import { canonicalizeDraft } from './canonical-draft';
import { parseHtml } from './html-tree';
import { htmlToMarkdown } from './html-to-markdown';
import { rollForward } from './roll-forward';

/**
 * A Word document (.docx) to a Markdown draft: mammoth reads the document, the converter
 * writes Markdown with `[^n]` footnotes (their texts at the end), and the cover block and Parts
 * are put in canonical form. With `rollForward`, the cover moves on by one year.
 */
export interface ImportOptions {
  rollForward?: boolean;
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

export class ImportError extends Error {}

export async function docxToDraft(docx: Uint8Array, options: ImportOptions = {}): Promise<DocxImport> {
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength) },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
  } catch (error) {
    throw new ImportError(`not a Word document that can be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const notes: string[] = [];
  const converted = htmlToMarkdown(parseHtml(result.value));
  if (converted.images > 0) notes.push(`${converted.images} image${converted.images === 1 ? ' was' : 's were'} left out: a draft holds text only.`);
  for (const m of result.messages) {
    if (!/^Unrecognised (paragraph|run) style/.test(m.message)) notes.push(`Word document: ${m.message}`);
  }

  const defs = converted.footnotes.map((t, k) => `[^${k + 1}]: ${t}`).join('\n');
  let text = canonicalizeDraft(`${converted.blocks.join('\n\n')}${defs === '' ? '' : `\n\n${defs}`}\n`);
  if (options.rollForward === true) {
    const rolled = rollForward(text);
    text = rolled.text;
    notes.push(...rolled.notes);
  }
  return { text, footnotes: converted.footnotes.length, notes };
}

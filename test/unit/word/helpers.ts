// Shared by the Word tests: reading a .docx's XML, what a draft holds (Parts, footnotes, words),
// Word documents made without the exporter, and where rendered pages are kept.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import JSZip from 'jszip';
import { parseSubmission } from '../../../server/src/engine';
import { parseInline, plainText, type Inline } from '../../../server/src/word/inline-markdown';
import { readDraft, type DraftDocument } from '../../../server/src/word/read-draft';
import { at } from '../../../server/src/engine/text/at';

export const root = join(import.meta.dirname, '..', '..', '..');
export const fixtures = join(root, 'test', 'fixtures');
export const seeds = join(fixtures, 'seeds');

export interface DocxParts {
  document: string;
  footnotes: string;
  documentRels: string;
  footnotesRels: string;
  styles: string;
  core: string;
}

export async function openDocx(buffer: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  return {
    document: await read('word/document.xml'),
    footnotes: await read('word/footnotes.xml'),
    documentRels: await read('word/_rels/document.xml.rels'),
    footnotesRels: await read('word/_rels/footnotes.xml.rels'),
    styles: await read('word/styles.xml'),
    core: await read('docProps/core.xml'),
  };
}

function decodeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? '');
}

export interface WordRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

export interface WordParagraph {
  style: string | undefined;
  centred: boolean;
  numbered: boolean;
  text: string;
  runs: WordRun[];
  xml: string;
}

export function wordParagraphs(xml: string): WordParagraph[] {
  const out: WordParagraph[] = [];
  for (const m of xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = m[1] ?? at(m, 2);
    const props = /^<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    const runs: WordRun[] = [];
    for (const r of body.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
      const text = [...at(r, 1).matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => decodeXml(at(t, 1))).join('');
      if (text === '') continue;
      runs.push({ text, bold: /<w:b\/>/.test(at(r, 1)), italic: /<w:i\/>/.test(at(r, 1)) });
    }
    out.push({
      style: /<w:pStyle w:val="([^"]+)"/.exec(props)?.[1],
      centred: /<w:jc w:val="center"\/>/.test(props),
      numbered: /<w:numPr>/.test(props),
      text: runs.map((r) => r.text).join(''),
      runs,
      xml: body,
    });
  }
  return out;
}

/** Footnote texts by id, the separators (ids -1 and 0) left out. */
export function wordFootnotes(footnotesXml: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const m of footnotesXml.matchAll(/<w:footnote (?:w:type="[^"]*" )?w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) {
    const id = Number(m[1]);
    if (id <= 0) continue;
    notes.set(id, wordParagraphs(at(m, 2)).map((p) => p.text).join(' ').trim());
  }
  return notes;
}

export function footnoteReferenceIds(documentXml: string): number[] {
  return [...documentXml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
}

/** Hyperlinks with their targets, resolved through the part's relationships. */
export function wordHyperlinks(xml: string, rels: string): { text: string; target: string | undefined; external: boolean }[] {
  const targets = new Map<string, { target: string; external: boolean }>();
  for (const r of rels.matchAll(/<Relationship ([^>]*)\/>/g)) {
    const id = /Id="([^"]+)"/.exec(at(r, 1))?.[1];
    const target = /Target="([^"]+)"/.exec(at(r, 1))?.[1];
    if (id !== undefined && target !== undefined && /relationships\/hyperlink"/.test(at(r, 1))) targets.set(id, { target: decodeXml(target), external: /TargetMode="External"/.test(at(r, 1)) });
  }
  return [...xml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map((m) => ({
    text: [...at(m, 2).matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => decodeXml(at(t, 1))).join(''),
    target: targets.get(at(m, 1))?.target,
    external: targets.get(at(m, 1))?.external ?? false,
  }));
}

const squeeze = (s: string): string => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();

/** What a reader sees of some inline Markdown. */
export function plain(markdown: string): string {
  return squeeze(plainText(parseInline(markdown)));
}

/** A draft's Parts as `number: title` and its subsections' letters. */
export function partsOf(text: string): { parts: string[]; subsections: string[] } {
  const model = parseSubmission(text);
  return {
    parts: model.parts.map((p) => `${p.number}: ${squeeze(p.heading.title)}`),
    subsections: model.parts.flatMap((p) => p.subsections.map((s) => s.letter)),
  };
}

/** The texts of a draft's footnotes in the order of their references, as a reader sees them. */
export function footnotesOf(text: string): string[] {
  return readDraft(text).footnotes.map((f) => squeeze(plainText(f)));
}

/** Every word of the draft's text, footnotes apart, in reading order. */
export function wordsOf(text: string): string[] {
  const draft = readDraft(text);
  const blocks = draft.blocks.map((b) => {
    if (b.kind === 'code') return b.text;
    if (b.kind === 'rule') return '';
    if (b.kind === 'table') return b.rows.map((r) => r.map(plainText).join(' ')).join(' ');
    return plainText(b.inlines);
  });
  return squeeze(blocks.join(' ')).split(' ').filter((w) => w !== '');
}

export function hasProgram(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

/** Where rendered pages are kept for a person to look at. */
export function resultsDir(): string {
  const dir = join(root, 'test-results', 'word');
  mkdirSync(dir, { recursive: true });
  return dir;
}

function children(items: readonly Inline[], bold = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const item of items) {
    if (item.kind === 'text') out.push(new TextRun({ text: item.text, bold: bold || item.style.bold, italics: item.style.italic, superScript: item.style.sup }));
    else if (item.kind === 'link') out.push(...children(item.children, bold));
    else if (item.kind === 'soft') out.push(new TextRun(' '));
    else if (item.kind === 'break') out.push(new TextRun({ break: 1 }));
    else out.push(new FootnoteReferenceRun(item.id));
  }
  return out;
}

/**
 * A Word document made the way people make them, not the way the exporter does: the cover as
 * plain bold paragraphs, Part headings and subsections as bold paragraphs rather than heading
 * styles, other headings as Heading 2, links as plain text, footnotes as Word footnotes.
 */
export async function wordLikeDocx(text: string): Promise<Buffer> {
  const draft: DraftDocument = readDraft(text);
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  draft.footnotes.forEach((f, k) => (footnotes[String(k + 1)] = { children: [new Paragraph({ children: children(f) })] }));
  const paragraphs = draft.blocks.map((b) => {
    if (b.kind === 'heading' && (b.part !== undefined || b.subsection !== undefined)) return new Paragraph({ children: children(b.inlines, true) });
    if (b.kind === 'heading') return new Paragraph({ heading: HeadingLevel.HEADING_2, children: children(b.inlines) });
    if (b.kind === 'cover') return new Paragraph({ children: children(b.inlines, true) });
    if (b.kind === 'code') return new Paragraph(b.text);
    if (b.kind === 'rule') return new Paragraph('');
    if (b.kind === 'table') return new Paragraph(b.rows.map((r) => r.map(plainText).join(' ')).join(' '));
    return new Paragraph({ children: children(b.inlines), bullet: b.kind === 'list-item' ? { level: b.depth } : undefined });
  });
  return Packer.toBuffer(new Document({ footnotes, sections: [{ children: paragraphs }] }));
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html(items: readonly Inline[]): string {
  return items
    .map((item) => {
      if (item.kind === 'text') {
        let t = escapeHtml(item.text);
        if (item.style.bold === true) t = `<b>${t}</b>`;
        if (item.style.italic === true) t = `<i>${t}</i>`;
        if (item.style.sup === true) t = `<sup>${t}</sup>`;
        return t;
      }
      if (item.kind === 'link') return `<a href="${escapeHtml(item.target)}">${html(item.children)}</a>`;
      if (item.kind === 'soft') return ' ';
      if (item.kind === 'break') return '<br>';
      return `<a class="sdfootnoteanc" name="sdfootnote${item.id}anc" href="#sdfootnote${item.id}sym"><sup>${item.id}</sup></a>`;
    })
    .join('');
}

/**
 * The draft as HTML in LibreOffice's own footnote markup (sdfootnote anchors), which its HTML
 * import turns back into real footnotes: LibreOffice then writes the .docx, as a person's
 * office suite would.
 */
export function draftToLibreOfficeHtml(text: string): string {
  const draft = readDraft(text);
  const body = draft.blocks.map((b) => {
    switch (b.kind) {
      case 'cover':
        return `<p align="center"><b>${html(b.inlines)}</b></p>`;
      case 'heading':
        return `<h${b.level}>${html(b.inlines)}</h${b.level}>`;
      case 'list-item':
        return `<ul><li>${html(b.inlines)}</li></ul>`;
      case 'code':
        return `<pre>${escapeHtml(b.text)}</pre>`;
      case 'rule':
        return '<hr>';
      case 'table':
        return `<table>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${html(c)}</td>`).join('')}</tr>`).join('')}</table>`;
      default:
        return `<p>${html(b.inlines)}</p>`;
    }
  });
  const notes = draft.footnotes.map(
    (f, k) => `<div id="sdfootnote${k + 1}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote${k + 1}sym" href="#sdfootnote${k + 1}anc">${k + 1}</a>${html(f)}</p></div>`,
  );
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(draft.title ?? 'Submission')}</title></head><body>\n${[...body, ...notes].join('\n')}\n</body></html>\n`;
}

import { at, parseSubmission, PART_NAMES, type Block, type Locale, type PartNumber, type SubmissionModel } from '../engine';
import { thousands, WordMessageError, wordCount, wordText, type WordArgs, type WordMessageId } from './messages/catalogue';
import { notePlaceholder, parseInline, plainText, trimInlines, withoutStyle, type Inline } from './inline-markdown';
import { Substitutions, type Substitution } from './substitutions';
import { toXmlText } from './xml-text';

/**
 * A draft read for writing elsewhere (Word): the engine's model decides what is cover, Part
 * heading, subsection and footnote; each block's text goes through the inline parser. Footnotes
 * get ids 1, 2, 3 ... in the order of their references, whatever their notation in the draft,
 * and their definitions leave the text (PDF conversions put them between paragraphs).
 */
export type DraftBlock =
  | { kind: 'cover'; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[]; role?: 'input' | 'disclaimer' }
  | { kind: 'heading'; level: number; inlines: Inline[]; part?: PartNumber; subsection?: 'a' | 'b' }
  | { kind: 'list-item'; ordered: boolean; start: number; depth: number; list: number; inlines: Inline[] }
  | { kind: 'quote'; inlines: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'table'; rows: Inline[][][] };

export interface DraftDocument {
  blocks: DraftBlock[];
  /** Footnote contents: footnote id `n` is `footnotes[n - 1]`. */
  footnotes: Inline[][];
  /** For the document's properties: the entity, and a title. */
  entity: string | undefined;
  title: string | undefined;
  /** What the conversion changed or left out, for the person to check. */
  notes: string[];
}

/** Blocks in reading order, with markers where footnote definitions were taken out. */
type Entry = DraftBlock | { kind: 'defs' };

/**
 * The footnote text a draft may put in a Word document, each footnote counted at every
 * reference to it: 10,000 references to one long footnote would otherwise write gigabytes.
 */
export const MAX_FOOTNOTE_CHARS = 5_000_000;

/** A draft whose Word document would be far larger than any submission's. */
export class DraftTooLargeError extends WordMessageError {
  constructor(id: WordMessageId, args?: WordArgs) {
    super({ id, args });
  }
}

const LIST_MARKER = /^([ \t]*)([-+*]|(\d{1,9})[.)])([ \t]+|$)/;
const QUOTE_MARKER = /^ {0,3}> ?/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const SENTENCE_END = /[.!?:;)\]"'\u201D\u2019]\s*$/;

/**
 * What a Word document cannot hold (controls, noncharacters, lone surrogates: see xml-text.ts) is
 * taken out of the draft first, so no text can reach the document that Word would refuse, and
 * none can be taken for the footnote placeholders (noncharacters themselves).
 */
export function readDraft(text: string, locale: Locale = 'en'): DraftDocument {
  const safe = toXmlText(text.replace(/^\uFEFF/, ''));
  const draft = new DraftReader(parseSubmission(safe.text), locale).read();
  if (safe.removed > 0) draft.notes.push(wordCount(locale, 'export.removed', safe.removed));
  return draft;
}

class DraftReader {
  private readonly text: string;
  private subs = new Substitutions([]);
  private readonly footnotes: Inline[][] = [];
  private readonly notes: string[] = [];
  /** The list being read: its number and the indents of its levels. */
  private listState: { list: number; ordered: boolean; indents: number[] } | undefined;
  private lists = 0;

  constructor(
    private readonly model: SubmissionModel,
    private readonly locale: Locale,
  ) {
    this.text = model.text;
    this.collectSubstitutions();
  }

  private collectSubstitutions(): void {
    const { footnotes, comments } = this.model;
    const removed: Substitution[] = footnotes.defs.map((d) => ({ start: d.span.start, end: Math.max(d.span.end, d.textSpan.end), text: '' }));
    const commentsOut: Substitution[] = comments.map((c) => ({ ...c.span, text: '' }));
    const definitions = new Substitutions(removed);
    // A footnote's text is read with only the comments taken out; it is parsed once, however
    // often it is referred to, and what repeats fill in the Word document is bounded.
    const noteText = new Substitutions(commentsOut);
    const parsed = new Map<string, Inline[]>();
    const marks: Substitution[] = [];
    const used = new Set<string>();
    const repeated = new Map<string, number>();
    let written = 0;
    for (const ref of footnotes.refs) {
      if (definitions.covers(ref.span.start)) continue;
      const def = footnotes.defByLabel.get(ref.label);
      if (def === undefined) {
        marks.push({ ...ref.span, text: `<sup>${ref.label.replace(/[\\<>*_`[\]]/g, '\\$&')}</sup>` });
        this.notes.push(wordText(this.locale, 'export.footnote-empty', { label: ref.label }));
        continue;
      }
      if (used.has(ref.label)) repeated.set(ref.label, (repeated.get(ref.label) ?? 1) + 1);
      used.add(ref.label);
      written += def.textSpan.end - def.textSpan.start;
      if (written > MAX_FOOTNOTE_CHARS) throw new DraftTooLargeError('export.footnote-chars', { max: thousands(MAX_FOOTNOTE_CHARS) });
      let inlines = parsed.get(ref.label);
      if (inlines === undefined) {
        inlines = trimInlines(parseInline(noteText.slice(this.text, def.textSpan.start, def.textSpan.end)));
        parsed.set(ref.label, inlines);
      }
      this.footnotes.push(inlines);
      marks.push({ ...ref.span, text: notePlaceholder(this.footnotes.length) });
    }
    for (const [label, times] of repeated) this.notes.push(wordText(this.locale, 'export.footnote-repeated', { label, count: times }));
    for (const def of footnotes.defs) {
      if (!used.has(def.label) && footnotes.defByLabel.get(def.label) === def) this.notes.push(wordText(this.locale, 'export.footnote-unused', { label: def.label }));
    }
    this.subs = new Substitutions([...marks, ...removed, ...commentsOut]);
  }

  /** The source between two offsets with footnote marks, definitions and comments substituted. */
  private slice(start: number, end: number): string {
    return this.subs.slice(this.text, start, end);
  }

  private inlines(start: number, end: number): Inline[] {
    return parseInline(this.slice(start, end));
  }

  read(): DraftDocument {
    const { model } = this;
    const entries: Entry[] = [];
    const roles = this.coverRoles();
    const partAt = new Map(model.partHeadings.map((h) => [h.blockIndex, h]));
    const subsectionAt = new Map(model.parts.flatMap((p) => p.subsections.map((s) => [s.blockIndex, s.letter] as const)));
    // The Part each block is in (blocks come in order; a draft may hold thousands of Part headings).
    const partStarts = model.parts.map((p) => ({ block: p.heading.blockIndex, number: p.number })).sort((a, b) => a.block - b.block);
    let partIndex = -1;
    const partOf = (i: number): PartNumber | undefined => {
      for (let next = partStarts[partIndex + 1]; next !== undefined && next.block <= i; next = partStarts[partIndex + 1]) partIndex++;
      return partStarts[partIndex]?.number;
    };
    let afterSubsection = false;
    const headingContext: { entry: DraftBlock & { kind: 'heading' }; markdownLevel: number; context: 'outside' | 'part' | 'sub' }[] = [];

    model.blocks.forEach((block, i) => {
      const role = roles.get(i);
      if (i <= model.cover.lastBlock && (role !== undefined || block.kind === 'paragraph' || block.kind === 'heading')) {
        const content = block.kind === 'heading' ? block.content : block.span;
        const inlines = trimInlines(this.inlines(content.start, content.end));
        if (inlines.length === 0) return;
        if (role === 'input' || role === 'disclaimer') entries.push({ kind: 'paragraph', inlines, role });
        else entries.push({ kind: 'cover', inlines });
        return;
      }
      const part = partAt.get(i);
      if (part !== undefined) {
        afterSubsection = false;
        const label = `Part ${PART_NAMES[part.part - 1]}${part.title.length > 0 ? `: ${part.title}` : ''}`;
        const notes = this.inlines(part.span.start, part.span.end).filter((x) => x.kind === 'note');
        entries.push({ kind: 'heading', level: 1, part: part.part, inlines: [{ kind: 'text', text: label, style: {} }, ...notes] });
        if (part.span.end < block.span.end) this.pushParagraph(entries, part.span.end, block.span.end);
        return;
      }
      const letter = subsectionAt.get(i);
      if (letter !== undefined && this.isSubsectionHeading(block)) {
        afterSubsection = true;
        const content = block.kind === 'heading' ? block.content : block.span;
        entries.push({ kind: 'heading', level: 2, subsection: letter, inlines: withoutStyle(trimInlines(this.inlines(content.start, content.end)), 'bold') });
        return;
      }
      switch (block.kind) {
        case 'heading': {
          const inlines = withoutStyle(trimInlines(this.inlines(block.content.start, block.content.end)), 'bold');
          if (inlines.length === 0) return;
          const entry = { kind: 'heading' as const, level: 2, inlines };
          const n = partOf(i);
          headingContext.push({ entry, markdownLevel: block.level, context: n === undefined ? 'outside' : n === 3 && afterSubsection ? 'sub' : 'part' });
          entries.push(entry);
          return;
        }
        case 'paragraph':
          if (this.pushTable(entries, block)) return;
          this.pushParagraph(entries, block.span.start, block.span.end);
          return;
        case 'list-item':
          this.pushListItem(entries, block);
          return;
        case 'quote': {
          const lines: string[] = [];
          for (let l = block.startLine; l <= block.endLine; l++) {
            // A block's lines are lines of the document: lineStarts and lineEnds have them.
            const start = at(model.lines.lineStarts, l);
            const end = at(model.lines.lineEnds, l);
            const prefix = QUOTE_MARKER.exec(this.text.slice(start, end));
            lines.push(this.slice(start + (prefix?.[0].length ?? 0), end));
          }
          const inlines = trimInlines(parseInline(lines.join('\n')));
          entries.push(inlines.length > 0 ? { kind: 'quote', inlines } : { kind: 'defs' });
          return;
        }
        case 'fence': {
          const lines = this.text.slice(block.span.start, block.span.end).split(/\r\n|\r|\n/);
          const last = lines.at(-1);
          const closed = lines.length > 1 && last !== undefined && /^ {0,3}(`{3,}|~{3,})\s*$/.test(last);
          entries.push({ kind: 'code', text: lines.slice(1, closed ? -1 : undefined).join('\n') });
          return;
        }
        case 'thematic':
          entries.push({ kind: 'rule' });
          return;
        case 'html':
        case 'artifact': // page numbers and running headers a PDF copy left: not the draft's words
          return;
      }
    });

    this.assignHeadingLevels(headingContext);
    const entity = model.cover.submitter?.entity?.text;
    const titleBlock = model.cover.title;
    return {
      blocks: tidy(entries),
      footnotes: this.footnotes,
      entity,
      title: entity !== undefined ? `${model.cover.submitter?.label ?? 'Submission by'} ${entity}` : titleBlock?.norm.text,
      notes: this.notes,
    };
  }

  private coverRoles(): Map<number, string> {
    const { cover } = this.model;
    const roles = new Map<number, string>();
    const at = (offset: number): number => this.model.blockIndexAt(offset);
    if (cover.commission !== undefined) roles.set(cover.commission.blockIndex, 'commission');
    if (cover.wgec !== undefined) roles.set(cover.wgec.blockIndex, 'wgec');
    if (cover.session !== undefined) roles.set(cover.session.blockIndex, 'session');
    if (cover.dates !== undefined) roles.set(at(cover.dates.span.start), 'dates');
    if (cover.title !== undefined) roles.set(cover.title.blockIndex, 'title');
    if (cover.submitter !== undefined) roles.set(cover.submitter.blockIndex, 'submitter');
    if (cover.submitter?.entity !== undefined && !roles.has(at(cover.submitter.entity.span.start))) roles.set(at(cover.submitter.entity.span.start), 'entity');
    if (cover.input !== undefined) roles.set(cover.input.blockIndex, 'input');
    if (cover.disclaimer !== undefined) roles.set(cover.disclaimer.blockIndex, 'disclaimer');
    return roles;
  }

  /** A subsection written as a heading, a bold paragraph or a short line of its own. */
  private isSubsectionHeading(block: Block): boolean {
    if (block.kind === 'heading') return true;
    if (block.kind !== 'paragraph') return false;
    const raw = this.text.slice(block.span.start, block.span.end).trim();
    if (/^(\*\*|__)[\s\S]*(\*\*|__)$/.test(raw)) return true;
    return block.startLine === block.endLine && raw.length <= 200;
  }

  private pushParagraph(entries: Entry[], start: number, end: number): void {
    const inlines = trimInlines(this.inlines(start, end));
    entries.push(inlines.length > 0 ? { kind: 'paragraph', inlines } : { kind: 'defs' });
  }

  private pushListItem(entries: Entry[], block: Block): void {
    const firstLine = this.text.slice(block.span.start, at(this.model.lines.lineEnds, block.startLine));
    const m = LIST_MARKER.exec(firstLine);
    const [marker, spaces, , number] = m ?? [];
    if (marker === undefined || spaces === undefined) return this.pushParagraph(entries, block.span.start, block.span.end);
    const indent = spaces.replace(/\t/g, '    ').length;
    const ordered = number !== undefined;
    const previous = entries[entries.length - 1];
    let state = this.listState;
    // A list's indents start with its first item's and only the first is never popped.
    if (state === undefined || previous?.kind !== 'list-item' || (indent <= at(state.indents, 0) && state.ordered !== ordered)) {
      state = { list: ++this.lists, ordered, indents: [indent] };
      this.listState = state;
    }
    while (state.indents.length > 1 && indent < at(state.indents, state.indents.length - 1)) state.indents.pop();
    if (indent > at(state.indents, state.indents.length - 1) && state.indents.length < 4) state.indents.push(indent);
    const inlines = trimInlines(this.inlines(block.span.start + marker.length, block.span.end));
    entries.push({ kind: 'list-item', ordered, start: ordered ? Number(number) : 1, depth: state.indents.length - 1, list: state.list, inlines });
  }

  /** A pipe table: a paragraph whose second line is a delimiter row. */
  private pushTable(entries: Entry[], block: Block): boolean {
    if (block.endLine - block.startLine < 1) return false;
    const { lineStarts, lineEnds } = this.model.lines;
    // Lines of the block (startLine + 1 <= endLine: checked above), so of the document.
    const lineText = (l: number): string => this.text.slice(at(lineStarts, l), at(lineEnds, l));
    if (!lineText(block.startLine).includes('|') || !TABLE_DELIMITER.test(lineText(block.startLine + 1)) || !lineText(block.startLine + 1).includes('-')) return false;
    const rows: Inline[][][] = [];
    for (let l = block.startLine; l <= block.endLine; l++) {
      if (l === block.startLine + 1) continue;
      const cells = splitCells(this.text, at(lineStarts, l), at(lineEnds, l)).map((c) => trimInlines(this.inlines(c.start, c.end)));
      rows.push(cells);
    }
    entries.push({ kind: 'table', rows });
    return true;
  }

  /**
   * Word heading levels: Parts are Heading 1 and Part Three's (a) and (b) Heading 2. Other
   * headings inside a Part come under it (Heading 2, or 3 under a subsection); headings outside
   * the Parts keep their relative Markdown levels from Heading 1.
   */
  private assignHeadingLevels(headings: { entry: { level: number }; markdownLevel: number; context: 'outside' | 'part' | 'sub' }[]): void {
    const outsideLevels = [...new Set(headings.filter((h) => h.context === 'outside').map((h) => h.markdownLevel))].sort((a, b) => a - b);
    for (const h of headings) {
      if (h.context === 'part') h.entry.level = 2;
      else if (h.context === 'sub') h.entry.level = 3;
      else h.entry.level = Math.min(3, outsideLevels.indexOf(h.markdownLevel) + 1);
    }
  }
}

function splitCells(text: string, start: number, end: number): { start: number; end: number }[] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (text[s] === '|') s++;
  if (e > s && text[e - 1] === '|' && text[e - 2] !== '\\') e--;
  const cells: { start: number; end: number }[] = [];
  let cellStart = s;
  let inCode = false;
  for (let i = s; i < e; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '`') inCode = !inCode;
    else if (ch === '|' && !inCode) {
      cells.push({ start: cellStart, end: i });
      cellStart = i + 1;
    }
  }
  cells.push({ start: cellStart, end: e });
  return cells;
}

/**
 * Drops the rules (`---`) that only framed footnote definitions, and joins a paragraph that a
 * page's footnotes interrupted mid-sentence (a PDF conversion's artefact) with its continuation.
 */
function tidy(entries: Entry[]): DraftBlock[] {
  const kept = entries.filter((e, k) => {
    if (e.kind !== 'rule') return true;
    const prev = entries[k - 1];
    const next = entries[k + 1];
    return prev !== undefined && next !== undefined && prev.kind !== 'defs' && next.kind !== 'defs';
  });
  const out: DraftBlock[] = [];
  let sawDefs = false;
  for (const e of kept) {
    if (e.kind === 'defs') {
      sawDefs = true;
      continue;
    }
    const last = out[out.length - 1];
    if (sawDefs && e.kind === 'paragraph' && last?.kind === 'paragraph' && last.role === undefined && e.role === undefined && continues(last.inlines, e.inlines)) {
      last.inlines = [...last.inlines, { kind: 'text', text: ' ', style: {} }, ...e.inlines];
    } else {
      out.push(e);
    }
    sawDefs = false;
  }
  return out;
}

function continues(before: readonly Inline[], after: readonly Inline[]): boolean {
  const head = plainText(after).trimStart();
  return !SENTENCE_END.test(plainText(before)) && /^\p{Ll}/u.test(head);
}

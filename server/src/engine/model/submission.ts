import { LineIndex } from '../text/line-index';
import { countWords } from '../text/words';
import type { DocumentKind, Span } from '../types';
import { scanBlocks, type Block } from './blocks';
import { readCover, type Cover } from './cover';
import { readDirectives, type Directive, type KindComment } from './directives';
import { scanFootnoteMarkers, scanFootnotes, type FootnoteDef, type FootnoteMarkers, type FootnoteRef, type Footnotes } from './footnotes';
import { reusableRegion, shiftItems, shiftSpan, type Reuse } from './incremental';
import { buildExclusions, scanActionLines, scanComments, scanInstructionPhrases, scanLinks, scanUrls, type ActionLineRef, type Comment, type Exclusions, type InstructionPhrase, type Link, type Url } from './inline';
import { findPartHeadings, findSubsections, type Part, type PartHeading } from './parts';
import { splitPasted } from './pasted';
import { at } from '../text/at';

/**
 * The submission model: everything the rules and editor features read, built by one parse of
 * one version of a draft. Nothing here depends on settings, so the same model serves every
 * feature until the text changes.
 */
export interface SubmissionModel {
  readonly text: string;
  readonly lines: LineIndex;
  readonly blocks: readonly Block[];
  readonly comments: readonly Comment[];
  readonly excluded: Exclusions;
  readonly directives: readonly Directive[];
  readonly kindComment: KindComment | undefined;
  /** The kind the cover block suggests (a kind comment or the settings may override it). */
  readonly detectedKind: DocumentKind;
  readonly cover: Cover;
  /** Part headings in document order, duplicates and misplaced ones included. */
  readonly partHeadings: readonly PartHeading[];
  /** One Part per heading, in document order. */
  readonly parts: readonly Part[];
  readonly footnotes: Footnotes;
  readonly links: readonly Link[];
  readonly urls: readonly Url[];
  readonly actionLines: readonly ActionLineRef[];
  /** The template's instruction phrases, wherever they stand (template-instructions judges them). */
  readonly instructionPhrases: readonly InstructionPhrase[];
  /** Index of the first block after the cover. */
  readonly bodyBlock: number;
  /** Index of the first block of the footnote definitions that end the draft (blocks.length if none): they belong to no Part. */
  readonly footnotesBlock: number;
  /** Words in the body: after the cover, without footnote definitions or comments. */
  readonly bodyWords: number;
  /** Words per block, footnote definitions left out (0 for non-prose blocks). */
  readonly blockWords: Int32Array;
  /** The block that holds `offset`, if any. */
  blockAt(offset: number): Block | undefined;
  /** Index of the block that holds or follows `offset`. */
  blockIndexAt(offset: number): number;
}

const PROSE = new Set(['paragraph', 'heading', 'list-item', 'quote']);
/** Cheap test on a block's first characters before the Part heading parse proper. */
const PART_PREFILTER = /^[\s#*_>]*(?:[IVX]{1,4}[.)]\s*|[1-3][.)]\s*)?(?:\*\*|__)?\s*(?:part|executive|summary|(?:a\s+)?(?:brief\s+)?(?:analytical|description))/i;

/**
 * What a model keeps for the next version's parse: the footnote markers as scanned (before
 * bare definitions and definition texts) and each block's word count before footnote
 * definitions and comments are taken out.
 */
interface Scanned {
  markers: FootnoteMarkers;
  rawWords: Int32Array;
}

/**
 * Where a model keeps its Scanned: under a symbol, out of sight (and out of JSON). A property,
 * not a WeakMap: the garbage collector pays for a WeakMap entry per model.
 */
const SCANNED = Symbol('scanned');

function scannedOf(model: SubmissionModel): Scanned | undefined {
  return (model as SubmissionModel & { [SCANNED]?: Scanned })[SCANNED];
}

/**
 * Parses one version of a draft. Given the model of the version before (`previous`), it scans
 * again only what lies between the blocks the two versions share at their start and at their
 * end, and takes the inline structure and word counts of those blocks from `previous` (shifted
 * by the edit): a keystroke in a 1 MB draft re-reads a paragraph, not the draft. The result is
 * the same model a parse from scratch gives (a property test holds the two equal).
 */
export function parseSubmission(text: string, previous?: SubmissionModel): SubmissionModel {
  const lines = new LineIndex(text);
  const blocks = splitPasted(lines, scanBlocks(lines));
  const blockIndexAt = (offset: number): number => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(blocks, mid).span.end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const blockAt = (offset: number): Block | undefined => {
    const b = blocks[blockIndexAt(offset)];
    return b !== undefined && b.span.start <= offset && offset <= b.span.end ? b : undefined;
  };
  const lineEndOf = (offset: number): number => at(lines.lineEnds, lines.lineAt(offset));

  const comments = scanComments(text, blocks);
  const excluded = buildExclusions(text, blocks, comments);
  const { directives, kind: kindComment } = readDirectives(comments, (o) => lines.lineAt(o));
  const old = previous !== undefined ? scannedOf(previous) : undefined;
  const reuse = previous !== undefined && old !== undefined ? reusableRegion(previous, text, blocks, excluded) : undefined;

  // One pass over the prose blocks (those the previous version shares aside) counts their words
  // and notes where superscript digits stand, for the footnote scan.
  const rawWords = new Int32Array(blocks.length);
  const superscripts: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = at(blocks, i);
    if (!PROSE.has(block.kind)) continue;
    const reused = reuse !== undefined ? reusedBlock(reuse, i, blocks.length) : -1;
    // reusedBlock gives an index of the previous version's blocks, which rawWords has one entry per.
    rawWords[i] = old !== undefined && reused >= 0 ? at(old.rawWords, reused) : countWords(text, block.span.start, block.span.end, superscripts);
  }

  const again = previous !== undefined && old !== undefined && reuse !== undefined ? rescan(text, excluded, blockAt, previous, old, reuse, superscripts) : undefined;
  // Without a previous version, the superscripts noted are all of the draft's.
  const markers = again?.markers ?? scanFootnoteMarkers(text, excluded, blockAt, 0, text.length, reuse === undefined ? superscripts : undefined);
  const links = again?.links ?? scanLinks(text, excluded, blockAt);
  const urls = again?.urls ?? scanUrls(text, excluded);
  const actionLines = again?.actionLines ?? scanActionLines(text, excluded, blockAt);
  const instructionPhrases = again?.instructionPhrases ?? scanInstructionPhrases(text);
  const footnotes = scanFootnotes(text, lines, blocks, excluded, blockAt, markers);

  const candidates: number[] = [];
  blocks.forEach((b, i) => {
    if ((b.kind === 'heading' || b.kind === 'paragraph') && PART_PREFILTER.test(text.slice(b.content.start, Math.min(b.content.end, b.content.start + 80)))) candidates.push(i);
  });
  const partHeadings = findPartHeadings(text, blocks, candidates, lineEndOf);

  const firstPartBlock = partHeadings[0]?.blockIndex ?? blocks.length;
  const cover = readCover(text, blocks, firstPartBlock);
  const bodyBlock = cover.lastBlock + 1;

  const blockWords = rawWords.slice();
  // A definition stands at a line's start and runs to the next one or to its block's end, with
  // only white space between them: a block's words from its first definition on are all
  // definitions' words, and what the block has for the body is the words before it. Counted so,
  // a keystroke does not count the words of every definition of the draft again.
  let defBlock = -1;
  for (const def of footnotes.defs) {
    const i = blockIndexAt(def.span.start);
    const block = blocks[i];
    if (i === defBlock || block === undefined) continue;
    defBlock = i;
    blockWords[i] = PROSE.has(block.kind) ? countWords(text, block.span.start, def.span.start) : 0;
  }
  for (const c of comments) {
    const i = blockIndexAt(c.span.start);
    const block = blocks[i];
    if (block !== undefined && PROSE.has(block.kind)) blockWords[i] = at(blockWords, i) - countWords(text, c.span.start, c.span.end);
  }
  for (const [i, words] of blockWords.entries()) if (words < 0) blockWords[i] = 0;
  let bodyWords = 0;
  for (const words of blockWords.subarray(bodyBlock)) bodyWords += words;

  // The footnote definitions that end the draft belong to no Part (outline, folding, words).
  const footnotesBlock = trailingDefinitionsBlock(text, blocks, footnotes, blockIndexAt);
  const parts: Part[] = partHeadings.map((heading, k) => {
    const next = partHeadings[k + 1];
    const lastBlock = next !== undefined ? next.blockIndex - 1 : Math.max(heading.blockIndex, footnotesBlock - 1);
    // Headings' block indices, and the blocks between them, are indices of blocks.
    const headingBlock = at(blocks, heading.blockIndex);
    const plainRunsOn = heading.style === 'plain' && heading.span.end < headingBlock.span.end;
    const firstBlock = plainRunsOn ? heading.blockIndex : heading.blockIndex + 1;
    const end = next !== undefined ? at(blocks, next.blockIndex).span.start : (blocks[lastBlock + 1]?.span.start ?? text.length);
    const bodyStart = plainRunsOn ? heading.span.end : headingBlock.span.end;
    let words = 0;
    for (const w of blockWords.subarray(firstBlock, lastBlock + 1)) words += w;
    if (plainRunsOn) words -= Math.min(words, countWords(text, heading.span.start, heading.span.end));
    const span: Span = { start: heading.span.start, end: trimEnd(text, heading.span.start, end) };
    return {
      number: heading.part,
      heading,
      span,
      bodySpan: { start: Math.min(bodyStart, span.end), end: span.end },
      firstBlock,
      lastBlock,
      words,
      subsections: heading.part === 3 ? findSubsections(text, blocks, firstBlock, lastBlock, lineEndOf) : [],
    };
  });

  const model: SubmissionModel & { [SCANNED]: Scanned } = {
    [SCANNED]: { markers, rawWords },
    text,
    lines,
    blocks,
    comments,
    excluded,
    directives,
    kindComment,
    detectedKind: detectKind(cover),
    cover,
    partHeadings,
    parts,
    footnotes,
    links,
    urls,
    actionLines,
    instructionPhrases,
    bodyBlock,
    footnotesBlock,
    bodyWords,
    blockWords,
    blockAt,
    blockIndexAt,
  };
  return model;
}

/** What a parse takes from the previous version: its inline scans joined to those of the region to scan again. */
interface Rescanned {
  markers: FootnoteMarkers;
  links: Link[];
  urls: Url[];
  actionLines: ActionLineRef[];
  instructionPhrases: InstructionPhrase[];
}

/**
 * The inline scans from the previous version's model joined to those of the region `reuse`
 * leaves to scan again (`superscripts`: those of its prose blocks); undefined when an item
 * crosses the region's bounds.
 */
function rescan(
  text: string,
  excluded: Exclusions,
  blockAt: (offset: number) => Block | undefined,
  previous: SubmissionModel,
  old: Scanned,
  reuse: Reuse,
  superscripts: readonly number[],
): Rescanned | undefined {
  const { from, to } = reuse;
  const fresh = scanFootnoteMarkers(text, excluded, blockAt, from, to, superscripts);
  // Strings are cut again from `text` (see shiftItems): only a Markdown label is a cut of the text.
  const labelOf = (r: FootnoteRef | FootnoteDef, labelSpan: Span): string => (r.notation === 'markdown' ? text.slice(labelSpan.start, labelSpan.end) : r.label);
  const refs = shiftItems(old.markers.refs, fresh.refs, reuse, (r, d) => {
    const labelSpan = shiftSpan(r.labelSpan, d);
    return { label: labelOf(r, labelSpan), number: r.number, notation: r.notation, span: shiftSpan(r.span, d), labelSpan };
  });
  const defs = shiftItems(old.markers.defs, fresh.defs, reuse, (r, d) => {
    const labelSpan = shiftSpan(r.labelSpan, d);
    return { label: labelOf(r, labelSpan), number: r.number, notation: r.notation, span: shiftSpan(r.span, d), labelSpan, textSpan: shiftSpan(r.textSpan, d), text: '' };
  });
  const links = shiftItems(previous.links, scanLinks(text, excluded, blockAt, from, to), reuse, (l, d) => {
    const span = shiftSpan(l.span, d);
    const targetSpan = shiftSpan(l.targetSpan, d);
    const textStart = span.start + (l.image ? 2 : 1);
    const raw = text.slice(targetSpan.start, targetSpan.end);
    return { span, text: text.slice(textStart, textStart + l.text.length), target: raw.startsWith('<') ? raw.slice(1, -1) : raw, targetSpan, image: l.image };
  });
  const urls = shiftItems(previous.urls, scanUrls(text, excluded, from, to), reuse, (u, d) => {
    const span = shiftSpan(u.span, d);
    const cut = text.slice(span.start, span.end);
    return { span, url: u.url.length > cut.length ? `https://${cut}` : cut };
  });
  const actionLines = shiftItems(previous.actionLines, scanActionLines(text, excluded, blockAt, from, to), reuse, (a, d) => {
    const span = shiftSpan(a.span, d);
    return { span, code: text.slice(span.start, span.end), number: a.number };
  });
  const instructionPhrases = shiftItems(previous.instructionPhrases, scanInstructionPhrases(text, from, to), reuse, (p, d) => ({ span: shiftSpan(p.span, d) }));
  if (refs === undefined || defs === undefined || links === undefined || urls === undefined || actionLines === undefined || instructionPhrases === undefined) return undefined;
  return { markers: { refs, defs }, links, urls, actionLines, instructionPhrases };
}

/** The previous version's index of new block `i` when it is one the two versions share, else -1. */
function reusedBlock(reuse: Reuse, i: number, count: number): number {
  if (i < reuse.headBlocks) return i;
  if (i >= count - reuse.tailBlocks) return i - count + reuse.oldBlockCount;
  return -1;
}

/**
 * Index of the first block of the footnote definitions (with rules and comments between them)
 * that end the draft, or blocks.length when it does not end with definitions.
 */
function trailingDefinitionsBlock(text: string, blocks: readonly Block[], footnotes: Footnotes, blockIndexAt: (offset: number) => number): number {
  // Blocks that begin with a definition (only white space before its marker).
  const defStarts = new Set<number>();
  for (const d of footnotes.defs) {
    const i = blockIndexAt(d.span.start);
    const block = blocks[i];
    if (block !== undefined && text.slice(block.span.start, d.span.start).trim().length === 0) defStarts.add(i);
  }
  let i = blocks.length;
  while (i > 0) {
    const b = at(blocks, i - 1);
    if (defStarts.has(i - 1) || b.kind === 'thematic' || b.kind === 'html') i--;
    else break;
  }
  while (i < blocks.length && !defStarts.has(i)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

function detectKind(cover: Cover): DocumentKind {
  if (cover.wgec !== undefined) return 'wgec';
  if (cover.submitter !== undefined && /^statement/i.test(cover.submitter.label)) return 'statement';
  return 'submission';
}

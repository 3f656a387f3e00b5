import { ORDINAL_SOURCE, parseOrdinal } from '../text/ordinals';
import { normalizeSpan, sourceSpan, type NormalizedText } from '../text/normalize';
import type { Span } from '../types';
import type { Block } from './blocks';
import { at } from '../text/at';

/**
 * The cover block: commission line, session and dates, title, `Submission by` and entity,
 * input paragraph, disclaimer. Each element is read from the normalized text of its block, so
 * bold markers, line breaks, `<sup>` and curly quotes do not matter; its spans map back to
 * the source for exact diagnostics and fixes.
 */
export interface CoverElement {
  blockIndex: number;
  span: Span;
  norm: NormalizedText;
}

export interface Commission extends CoverElement {
  /** The commission's name as matched (may be misspelt), and its span. */
  name: { text: string; span: Span };
  /** The acronym in parentheses after it, e.g. `CSTD` or the misspelt `CTSD`. */
  acronym?: { text: string; span: Span };
}

export interface SessionOrdinal {
  blockIndex: number;
  span: Span;
  raw: string;
  /** Undefined when the ordinal cannot be read at all (`Twenty-thrid`). */
  value: number | undefined;
  wellFormed: boolean;
}

export interface SessionDates {
  span: Span;
  text: string;
  startDay: number;
  startMonth: number;
  endDay: number;
  endMonth: number;
  year: number;
  yearSpan: Span;
}

export interface Title extends CoverElement {
  year: number | undefined;
  yearSpan: Span | undefined;
}

export interface Submitter extends CoverElement {
  /** `Submission by`, `Statement submitted by`, `Submitted by`. */
  label: string;
  labelSpan: Span;
  entity?: { text: string; span: Span };
}

export interface InputParagraph extends CoverElement {
  session?: SessionOrdinal;
}

export interface Cover {
  commission?: Commission;
  session?: SessionOrdinal;
  dates?: SessionDates;
  title?: Title;
  submitter?: Submitter;
  input?: InputParagraph;
  disclaimer?: CoverElement;
  /** `Working Group on Enhanced Cooperation`, which marks a WGEC contribution. */
  wgec?: CoverElement;
  /** Index of the last block that belongs to the cover (-1 when none does). */
  lastBlock: number;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SOURCE = `(${MONTHS.join('|')})`;

const COMMISSION_RE = /comm?iss?ion\s+on\s+scien\w*\s+and\s+techn\w*\s+for\s+develop\w*/i;
const SESSION_RE = new RegExp(`\\b(${ORDINAL_SOURCE})\\s+session\\b`, 'i');
/** A misspelt ordinal (`Twenty-nineth`): a word or two ending like an ordinal. */
const SESSION_LOOSE_RE = /\b([A-Za-z]+(?:[\s-][A-Za-z]+)?(?:th|st|nd|rd))\s+session\b/i;
const INPUT_SESSION_RE = new RegExp(`\\bto\\s+the\\s+(${ORDINAL_SOURCE})\\s+session\\b`, 'i');
const DATES_RE = new RegExp(`\\b(\\d{1,2})(?:\\s+${MONTH_SOURCE})?\\s*(?:-|\\u2013|\\u2014|to|and)\\s*(\\d{1,2})\\s+${MONTH_SOURCE},?\\s+(\\d{4})\\b`, 'i');
const DATE_RE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_SOURCE},?\\s+(\\d{4})\\b`, 'i');
const TITLE_RE = /^submissions?\s+from\s+entities\b/i;
const TITLE_YEAR_RE = /\befforts\s+in\s+(\d{4})\b/i;
const SUBMITTER_RE = /^(statement\s+submitted\s+by|submission\s+by|submitted\s+by)\b\s*:?\s*/i;
const INPUT_RE = /^this\s+submission\s+was\s+prepared\s+as\s+an\s+input\b/i;
const DISCLAIMER_RE = /^disclaimer\b/i;
/** A cheap look at a block's start for the input paragraph or the title (after markup). */
const INPUT_OR_TITLE = /^[\s*_#>]*(?:this\s+submission|submissions?\s+from)/i;
const WGEC_RE = /working\s+group\s+on\s+enhanced\s+cooperation/i;

/** How many blocks from the top the cover may take. */
const COVER_BLOCKS = 30;
/** Cover lines are short; a longer block is prose, whatever it mentions. */
const COVER_LINE_CHARS = 300;

function isProse(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'heading';
}

export function readSessionOrdinal(norm: NormalizedText, blockIndex: number, re: RegExp): SessionOrdinal | undefined {
  const m = re.exec(norm.text);
  const raw = m?.[1];
  if (m === null || raw === undefined) return undefined;
  const start = m.index + m[0].indexOf(raw);
  const parsed = parseOrdinal(raw);
  const span = sourceSpan(norm, start, start + raw.length);
  // `23<sup>rd</sup>`: the span takes the closing tag too, so a fix replaces the whole ordinal.
  if (/^<\/sup>/i.test(norm.source.slice(span.end, span.end + 6)) && /<sup>/i.test(norm.source.slice(span.start, span.end))) span.end += 6;
  return {
    blockIndex,
    span,
    raw,
    value: parsed?.value,
    wellFormed: parsed?.wellFormed ?? false,
  };
}

function readDates(norm: NormalizedText): SessionDates | undefined {
  const range = DATES_RE.exec(norm.text);
  // Every group but the first month's always participates when the regex matches.
  const [whole, startDay, startMonthName, endDay, endMonthName, endYear] = range ?? [];
  if (range !== null && whole !== undefined && startDay !== undefined && endDay !== undefined && endMonthName !== undefined && endYear !== undefined) {
    const endMonth = MONTHS.indexOf(endMonthName.toLowerCase()) + 1;
    const startMonth = startMonthName !== undefined ? MONTHS.indexOf(startMonthName.toLowerCase()) + 1 : endMonth;
    const yearAt = range.index + whole.lastIndexOf(endYear);
    return {
      span: sourceSpan(norm, range.index, range.index + whole.length),
      text: whole,
      startDay: Number(startDay),
      startMonth,
      endDay: Number(endDay),
      endMonth,
      year: Number(endYear),
      yearSpan: sourceSpan(norm, yearAt, yearAt + 4),
    };
  }
  const single = DATE_RE.exec(norm.text);
  if (single === null) return undefined;
  const [text, day, monthName, year] = single;
  if (day === undefined || monthName === undefined || year === undefined) return undefined; // they always participate
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  const yearAt = single.index + text.lastIndexOf(year);
  return {
    span: sourceSpan(norm, single.index, single.index + text.length),
    text,
    startDay: Number(day),
    startMonth: month,
    endDay: Number(day),
    endMonth: month,
    year: Number(year),
    yearSpan: sourceSpan(norm, yearAt, yearAt + 4),
  };
}

/** How many of the cover's lines are read after the disclaimer. */
const AFTER_DISCLAIMER = 3;

/**
 * The index past the `n` blocks that follow block `from`, counting a block of heading lines that a
 * paste ran together as the lines it holds (so a paste reads as far as its Markdown original).
 */
function blocksAfter(blocks: readonly Block[], from: number, n: number): number {
  let i = from + 1;
  let left = n;
  while (i < blocks.length && left > 0) left -= at(blocks, i++).headerLines ?? 1;
  return i + Math.max(0, left);
}

export function readCover(text: string, blocks: readonly Block[], firstPartBlock: number): Cover {
  const cover: Cover = { lastBlock: -1 };
  const limit = Math.min(blocks.length, firstPartBlock, COVER_BLOCKS);
  const norms = new Map<number, NormalizedText>();
  const normOf = (i: number): NormalizedText => {
    let n = norms.get(i);
    if (n === undefined) {
      const block = at(blocks, i);
      n = normalizeSpan(text, block.kind === 'heading' ? block.content : block.span, Infinity, block.skips);
      norms.set(i, n);
    }
    return n;
  };
  // normOf and element are given indices of blocks.
  const element = (i: number): CoverElement => ({ blockIndex: i, span: at(blocks, i).span, norm: normOf(i) });
  const mark = (i: number): void => {
    cover.lastBlock = Math.max(cover.lastBlock, i);
  };

  // The disclaimer is looked for in the whole draft: "far from the cover" is a finding too.
  for (const [i, block] of blocks.entries()) {
    if (!isProse(block)) continue;
    if (i >= COVER_BLOCKS && block.span.end - block.span.start > 2000) continue;
    const head = text.slice(block.span.start, Math.min(block.span.end, block.span.start + 40));
    if (!/disclaimer/i.test(head)) continue;
    if (DISCLAIMER_RE.test(normOf(i).text)) {
      cover.disclaimer = element(i);
      break;
    }
  }
  const end = cover.disclaimer !== undefined && cover.disclaimer.blockIndex < limit ? Math.min(limit, blocksAfter(blocks, cover.disclaimer.blockIndex, AFTER_DISCLAIMER)) : limit;
  if (cover.disclaimer !== undefined && cover.disclaimer.blockIndex < end) mark(cover.disclaimer.blockIndex);

  let awaitingEntity = false;
  // Past `end` (a few blocks after the disclaimer) only the two elements no body text resembles,
  // the input paragraph and the title, are still read: how many blocks the heading lines take
  // depends on the layout (a paste runs them together), and what is found must not.
  for (let i = 0; i < limit; i++) {
    const block = at(blocks, i); // limit <= blocks.length
    if (!isProse(block)) continue;
    if (i >= end && !INPUT_OR_TITLE.test(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 60)))) continue;
    const norm = normOf(i);
    const t = norm.text;
    if (t.length === 0) continue;
    if (i >= end && !INPUT_RE.test(t) && !TITLE_RE.test(t)) continue;
    if (cover.disclaimer?.blockIndex === i) {
      awaitingEntity = false;
      continue;
    }

    if (cover.input === undefined && INPUT_RE.test(t)) {
      cover.input = element(i);
      // A disclaimer run into the paragraph is not part of it (the disclaimer rule says where it stands).
      const runIn = /\s(?:\*\*|__)?DISCLAIMER\b/.exec(t);
      if (runIn !== null) {
        const end = sourceSpan(norm, 0, runIn.index).end;
        const cut: NormalizedText = { source: text, text: t.slice(0, runIn.index), offsets: norm.offsets.slice(0, runIn.index), end };
        cover.input = { blockIndex: i, span: { start: block.span.start, end }, norm: cut };
      }
      const session = readSessionOrdinal(norm, i, INPUT_SESSION_RE);
      if (session !== undefined) cover.input.session = session;
      awaitingEntity = false;
      mark(i);
      continue;
    }

    if (awaitingEntity && cover.submitter !== undefined) {
      cover.submitter.entity = { text: t, span: sourceSpan(norm, 0, t.length) };
      awaitingEntity = false;
      mark(i);
      continue;
    }

    const submitter = SUBMITTER_RE.exec(t);
    const rawLabel = submitter?.[1];
    if (cover.submitter === undefined && submitter !== null && rawLabel !== undefined) {
      const label = rawLabel.replace(/\s+/g, ' ');
      cover.submitter = { ...element(i), label, labelSpan: sourceSpan(norm, 0, rawLabel.length) };
      const rest = t.slice(submitter[0].length).trim();
      if (rest.length > 0) {
        const at = t.length - t.slice(submitter[0].length).trimStart().length;
        cover.submitter.entity = { text: rest, span: sourceSpan(norm, at, t.length) };
      } else {
        awaitingEntity = true;
      }
      mark(i);
      continue;
    }

    if (cover.title === undefined && TITLE_RE.test(t)) {
      const year = TITLE_YEAR_RE.exec(t);
      const yearAt = year === null ? -1 : year.index + year[0].length - 4;
      cover.title = {
        ...element(i),
        year: year === null ? undefined : Number(year[1]),
        yearSpan: year === null ? undefined : sourceSpan(norm, yearAt, yearAt + 4),
      };
      mark(i);
      continue;
    }

    let used = false;
    if (t.length > COVER_LINE_CHARS) continue;
    const commission = COMMISSION_RE.exec(t);
    if (cover.commission === undefined && commission !== null) {
      cover.commission = { ...element(i), name: { text: commission[0], span: sourceSpan(norm, commission.index, commission.index + commission[0].length) } };
      const after = /^\s*\(([A-Za-z]{2,8})\)/.exec(t.slice(commission.index + commission[0].length));
      const acronym = after?.[1];
      if (after !== null && acronym !== undefined) {
        const from = commission.index + commission[0].length + after[0].indexOf(acronym);
        cover.commission.acronym = { text: acronym, span: sourceSpan(norm, from, from + acronym.length) };
      }
      used = true;
    }
    if (cover.wgec === undefined && WGEC_RE.test(t)) {
      cover.wgec = element(i);
      used = true;
    }
    if (cover.session === undefined) {
      const session = readSessionOrdinal(norm, i, SESSION_RE) ?? readSessionOrdinal(norm, i, SESSION_LOOSE_RE);
      if (session !== undefined) {
        cover.session = session;
        used = true;
      }
    }
    if (cover.dates === undefined && (used || cover.session !== undefined)) {
      const dates = readDates(norm);
      if (dates !== undefined) {
        cover.dates = dates;
        used = true;
      }
    }
    if (used) {
      awaitingEntity = false;
      mark(i);
    }
  }
  return cover;
}

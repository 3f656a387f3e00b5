import { at, MONTHS, normalizeSpan, ORDINAL_SOURCE, parseSubmission, PART_NAMES, type Span } from '../engine';

/**
 * Rewrites an imported draft's cover block and Part structure in the canonical form the
 * template snippet and the seeds use: each cover line a bold paragraph of its own (commission,
 * session, venue and dates, title, `Submission by`), the entity plain on the next; Part headings
 * `## Part One: ...`; Part Three's subsections `### (a) ...`; other headings inside a Part one
 * level below it. The engine's model says which block is what; everything else is left alone.
 */
interface Edit {
  span: Span;
  text: string;
}

const LINE_KINDS: [RegExp, string][] = [
  [/^comm?iss?ion\s+on\s+scien/i, 'commission'],
  [/working\s+group\s+on\s+enhanced\s+cooperation/i, 'wgec'],
  [new RegExp(`^(?:${ORDINAL_SOURCE})\\s+session\\b`, 'i'), 'session'],
  [new RegExp(`\\b\\d{1,2}(?:\\s+(?:${MONTHS.join('|')}))?\\s*(?:-|\\u2013|\\u2014|to|and)?\\s*\\d{0,2}\\s+(?:${MONTHS.join('|')}),?\\s+\\d{4}\\b`, 'i'), 'dates'],
  [/^submissions?\s+from\s+entities\b/i, 'title'],
  [/^(?:statement\s+submitted\s+by|submission\s+by|submitted\s+by)\b/i, 'submitter'],
];
const SUBMITTER = /^(statement\s+submitted\s+by|submission\s+by|submitted\s+by)\b\s*:?\s*/i;
const SUBSECTION = /^\(?([ab])\)\s*/i;

export function canonicalizeDraft(text: string): string {
  const model = parseSubmission(text);
  const { cover, blocks } = model;
  const edits: Edit[] = [];
  const plain = (span: Span): string => normalizeSpan(text, span).text;

  const coverBlocks = new Set<number>();
  for (const element of [cover.commission, cover.wgec, cover.title, cover.submitter]) if (element !== undefined) coverBlocks.add(element.blockIndex);
  if (cover.session !== undefined) coverBlocks.add(cover.session.blockIndex);
  if (cover.dates !== undefined) coverBlocks.add(model.blockIndexAt(cover.dates.span.start));
  const entityBlock = cover.submitter?.entity !== undefined ? model.blockIndexAt(cover.submitter.entity.span.start) : -1;

  // The cover's block indexes (and blockIndexAt's) are indexes into the model's blocks.
  for (const i of coverBlocks) {
    const block = at(blocks, i);
    if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
    const content = block.kind === 'heading' ? block.content : block.span;
    const groups: string[] = [];
    for (let l = block.startLine; l <= block.endLine; l++) {
      // A block's lines are lines of the document.
      const start = Math.max(content.start, at(model.lines.lineStarts, l));
      const end = Math.min(content.end, at(model.lines.lineEnds, l));
      const line = plain({ start, end });
      if (line === '') continue;
      const starts = LINE_KINDS.some(([re]) => re.test(line));
      if (groups.length === 0 || starts) groups.push(line);
      else groups[groups.length - 1] += ` ${line}`;
    }
    const paragraphs: string[] = [];
    for (const g of groups) {
      const [label, name] = SUBMITTER.exec(g) ?? [];
      if (label !== undefined && name !== undefined) {
        paragraphs.push(`**${name.replace(/\s+/g, ' ')}**`);
        const entity = g.slice(label.length).trim();
        if (entity !== '') paragraphs.push(entity);
      } else {
        paragraphs.push(`**${g}**`);
      }
    }
    if (paragraphs.length > 0) edits.push({ span: block.span, text: paragraphs.join('\n\n') });
  }
  if (entityBlock >= 0 && !coverBlocks.has(entityBlock)) {
    const b = at(blocks, entityBlock);
    edits.push({ span: b.span, text: plain(b.kind === 'heading' ? b.content : b.span) });
  }
  for (const element of [cover.input, cover.disclaimer]) {
    if (element === undefined || coverBlocks.has(element.blockIndex)) continue;
    const b = at(blocks, element.blockIndex);
    if (b.kind !== 'paragraph' || b.startLine === b.endLine) continue;
    edits.push({ span: b.span, text: text.slice(b.span.start, b.span.end).replace(/(?:<br\s*\/?>)?[ \t]*(?:\r\n|\r|\n)[ \t]*/gi, ' ') });
  }

  const subsections = new Map(model.parts.flatMap((p) => p.subsections.map((s) => [s.blockIndex, s.letter] as const)));
  let part = 0;
  let afterSubsection = false;
  const partAt = new Map(model.partHeadings.map((h) => [h.blockIndex, h]));
  blocks.forEach((block, i) => {
    const heading = partAt.get(i);
    if (heading !== undefined) {
      part = heading.part;
      afterSubsection = false;
      const line = `## Part ${PART_NAMES[heading.part - 1]}${heading.title !== '' ? `: ${heading.title}` : ''}`;
      const rest = heading.span.end < block.span.end ? text.slice(heading.span.end, block.span.end).trim() : '';
      edits.push({ span: block.span, text: rest === '' ? line : `${line}\n\n${rest}` });
      return;
    }
    const letter = subsections.get(i);
    if (letter !== undefined && (block.kind === 'heading' || block.kind === 'paragraph')) {
      const raw = text.slice(block.span.start, block.span.end).trim();
      const whole = block.kind === 'heading' || /^(\*\*|__)[\s\S]*(\*\*|__)$/.test(raw) || (block.startLine === block.endLine && raw.length <= 200);
      if (whole) {
        afterSubsection = true;
        const title = plain(block.kind === 'heading' ? block.content : block.span).replace(SUBSECTION, '');
        edits.push({ span: block.span, text: `### (${letter}) ${title}`.trimEnd() });
        return;
      }
    }
    if (block.kind === 'heading' && part > 0 && /^ {0,3}#/.test(text.slice(block.span.start, block.content.start))) {
      const least = part === 3 && afterSubsection ? 4 : 3;
      if (block.level < least) edits.push({ span: { start: block.span.start, end: block.content.start }, text: `${'#'.repeat(least)} ` });
    }
  });

  return applyEdits(text, edits);
}

/** The edits (which do not overlap) made in one pass: linear however many there are. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)) {
    if (e.span.start < at) continue;
    parts.push(text.slice(at, e.span.start), e.text);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

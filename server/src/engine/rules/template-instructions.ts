import { normalizeSpan } from '../text/normalize';
import { inSpans } from '../text/spans';
import { PLACEHOLDER_PARAGRAPHS } from '../template';
import type { SubmissionModel } from '../model/submission';
import type { Span } from '../types';
import { ALL_KINDS, type Rule, type SpanEdit } from './rule';
import { at } from '../text/at';

/** From the line where block `i` starts to where the next block starts (its blank lines with it): the whole paragraph. */
function wholeBlock(model: SubmissionModel, i: number): Span {
  const { lines, blocks, text } = model;
  const start = at(lines.lineStarts, lines.lineAt(at(blocks, i).span.start));
  const next = blocks[i + 1];
  return { start, end: next !== undefined ? at(lines.lineStarts, lines.lineAt(next.span.start)) : text.length };
}

const SENTENCE_END = /[.!?:](?=\s|$)/g;

/**
 * The edit that deletes the instruction found at `found` in block `i`: '(half a page)' alone,
 * with the space before it; otherwise the sentences that hold the phrases (the template's
 * guidance is whole sentences), and the whole paragraph when nothing else is in it.
 */
function deleteInstruction(model: SubmissionModel, i: number, found: Span, phrases: readonly string[]): SpanEdit {
  const { text } = model;
  const block = at(model.blocks, i).span;
  if (phrases.every((p) => p.toLowerCase() === '(half a page)')) {
    let start = found.start;
    while (start > block.start && (text.charAt(start - 1) === ' ' || text.charAt(start - 1) === '\t')) start--;
    return { span: { start, end: found.end }, newText: '' };
  }
  // Back to the end of the sentence before (or the line's start), on to the end of the last one.
  let start = found.start;
  while (start > block.start && text.charAt(start - 1) !== '\n' && !(/\s/.test(text.charAt(start - 1)) && /[.!?:]/.test(text.charAt(start - 2)))) start--;
  SENTENCE_END.lastIndex = found.end;
  const m = SENTENCE_END.exec(text.slice(0, block.end));
  let end = m !== null ? m.index + 1 : block.end;
  if (text.slice(block.start, start).trim() === '' && text.slice(end, block.end).trim() === '') return { span: wholeBlock(model, i), newText: '' };
  while (end < block.end && (text.charAt(end) === ' ' || text.charAt(end) === '\t')) end++;
  return { span: { start, end }, newText: '' };
}

const PLACEHOLDERS = PLACEHOLDER_PARAGRAPHS.map((d) => d.toLowerCase());
/** Each placeholder's first word: a paragraph that starts otherwise is not normalized at all. */
const FIRST_WORDS = new Set(PLACEHOLDERS.map((p) => p.slice(0, p.indexOf(' '))));
const FIRST_WORD = /^[\s*_>-]*([A-Za-z]+)/;
/** How much of a paragraph is normalized first: less than any placeholder's length. */
const HEAD = 24;
export const templateInstructions: Rule = {
  meta: {
    id: 'template-instructions',
    tags: ['template'],
    description: "The template's own instructions are left in the text.",
    severity: 'error',
    fixable: true,
    kinds: ALL_KINDS,
    rationale:
      'The template tells authors what to write ("Your input should be brief (2-4 pages single-spaced) ...", "(half a page)"). A 2020 submission was ' +
      'published with these instructions still in it. Each such sentence is reported, and so is a paragraph that is only the template\'s description of ' +
      'a Part (as the New submission snippet leaves them): replace it with your own text. The fix deletes the instruction: the sentences that hold it, ' +
      'or the description paragraph.',
  },
  check({ model, report, t }) {
    const { text, blocks } = model;
    const whole: { start: number; end: number }[] = [];
    // Paragraphs that are nothing but a Part's description: placeholders never replaced.
    for (let i = model.bodyBlock; i < blocks.length; i++) {
      const b = at(blocks, i);
      if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
      const len = b.span.end - b.span.start;
      if (len < 40 || len > 700) continue;
      const first = FIRST_WORD.exec(text.slice(b.span.start, b.span.start + 24));
      const word = first?.[1];
      if (word === undefined || !FIRST_WORDS.has(word.toLowerCase())) continue;
      // Its first words as a reader sees them must begin a placeholder before the whole
      // paragraph is normalized ("A" and "In" begin many paragraphs).
      const head = normalizeSpan(text, b.span, HEAD).text.toLowerCase();
      if (!PLACEHOLDERS.some((p) => p.startsWith(head))) continue;
      const n = normalizeSpan(text, b.span).text.toLowerCase();
      if (PLACEHOLDERS.some((p) => n === p || n === p.replace(/\.$/, ''))) {
        whole.push(b.span);
        const block = i;
        report({
          span: b.span,
          message: t('template-instructions.description'),
          fix: { title: t('template-instructions.description.fix'), edits: () => [{ span: wholeBlock(model, block), newText: '' }] },
        });
      }
    }
    // Instruction sentences: one diagnostic per block, from the first phrase to the last.
    const found = new Map<number, { start: number; end: number; phrases: string[] }>();
    for (const { span } of model.instructionPhrases) {
      const at = span.start;
      if (model.excluded.has(at) || inSpans(whole, at)) continue;
      const block = model.blockIndexAt(at);
      const entry = found.get(block);
      // A phrase wrapped over two lines is quoted as a reader sees it, on one.
      const quoted = text.slice(span.start, span.end).replace(/\s+/g, ' ');
      if (entry === undefined) found.set(block, { start: at, end: span.end, phrases: [quoted] });
      else {
        // Longer phrases contain shorter ones: quote each place once.
        const phrase = quoted.toLowerCase();
        if (!entry.phrases.some((p) => p.toLowerCase().includes(phrase))) entry.phrases.push(quoted);
        entry.start = Math.min(entry.start, at);
        entry.end = Math.max(entry.end, span.end);
      }
    }
    for (const [block, f] of [...found].sort((a, b) => a[0] - b[0])) {
      const list = f.phrases.map((p) => `'${p}'`).join(', ');
      report({
        span: { start: f.start, end: f.end },
        message: t('template-instructions.instructions', { list }),
        fix: { title: t('template-instructions.instructions.fix'), edits: () => [deleteInstruction(model, block, f, f.phrases)] },
      });
    }
  },
};

import { normalizeSpan } from '../text/normalize';
import { inSpans } from '../text/spans';
import { PLACEHOLDER_PARAGRAPHS } from '../template';
import { ALL_KINDS, type Rule } from './rule';

const PLACEHOLDERS = PLACEHOLDER_PARAGRAPHS.map((d) => d.toLowerCase());
/** Each placeholder's first word: a paragraph that starts otherwise is not normalized at all. */
const FIRST_WORDS = new Set(PLACEHOLDERS.map((p) => p.slice(0, p.indexOf(' '))));
const FIRST_WORD = /^[\s*_>-]*([A-Za-z]+)/;
/** How much of a paragraph is normalized first: less than any placeholder's length. */
const HEAD = 24;
export const templateInstructions: Rule = {
  meta: {
    id: 'template-instructions',
    description: "The template's own instructions are left in the text.",
    severity: 'error',
    fixable: false,
    kinds: ALL_KINDS,
    rationale:
      'The template tells authors what to write ("Your input should be brief (2-4 pages single-spaced) ...", "(half a page)"). A 2020 submission was ' +
      'published with these instructions still in it. Each such sentence is reported, and so is a paragraph that is only the template\'s description of ' +
      'a Part (as the New submission snippet leaves them): replace it with your own text.',
  },
  check({ model, report }) {
    const { text, blocks } = model;
    const whole: { start: number; end: number }[] = [];
    // Paragraphs that are nothing but a Part's description: placeholders never replaced.
    for (let i = model.bodyBlock; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
      const len = b.span.end - b.span.start;
      if (len < 40 || len > 700) continue;
      const first = FIRST_WORD.exec(text.slice(b.span.start, b.span.start + 24));
      if (first === null || !FIRST_WORDS.has(first[1].toLowerCase())) continue;
      // Its first words as a reader sees them must begin a placeholder before the whole
      // paragraph is normalized ("A" and "In" begin many paragraphs).
      const head = normalizeSpan(text, b.span, HEAD).text.toLowerCase();
      if (!PLACEHOLDERS.some((p) => p.startsWith(head))) continue;
      const n = normalizeSpan(text, b.span).text.toLowerCase();
      if (PLACEHOLDERS.some((p) => n === p || n === p.replace(/\.$/, ''))) {
        whole.push(b.span);
        report({ span: b.span, message: "This paragraph is the template's description of what to write: replace it with your own text." });
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
    for (const [, f] of [...found].sort((a, b) => a[0] - b[0])) {
      const list = f.phrases.map((p) => `'${p}'`).join(', ');
      report({ span: { start: f.start, end: f.end }, message: `The template's instructions to authors are left in the draft (${list}): remove them.` });
    }
  },
};

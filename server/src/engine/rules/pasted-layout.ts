import type { Block } from '../model/blocks';
import type { SubmissionModel } from '../model/submission';
import { isTemplateJoin, pastedRuns, relayoutEdits } from '../relayout';
import { ALL_KINDS, type Rule } from './rule';
import { lineSpanAt, partName } from './helpers/util';

/** How many of the joined elements the message names. */
const NAMED = 5;

function nameOf(model: SubmissionModel, i: number, b: Block): string {
  switch (b.pasted) {
    case 'header':
      return 'a cover line';
    case 'title':
      return 'the title';
    case 'submitter':
      return "'Submission by'";
    case 'entity':
      return 'the submitter';
    case 'input':
      return 'the input paragraph';
    case 'disclaimer':
      return 'the disclaimer';
    case 'part': {
      const h = model.partHeadings.find((p) => p.blockIndex === i);
      return h !== undefined ? partName(h.part) : 'a Part heading';
    }
    case 'subsection':
      return `(${/\(?([abAB])\)/.exec(model.text.slice(b.span.start, b.span.start + 8))?.[1]?.toLowerCase() ?? 'a'})`;
    case 'placeholder':
      return "the template's description of a Part";
    default:
      return 'the text';
  }
}

export const pastedLayout: Rule = {
  meta: {
    id: 'pasted-layout',
    tags: ['layout'],
    description: 'The cover lines, the disclaimer or the Parts run together on consecutive lines, as text pasted from Word or copied from a PDF: Markdown joins them into one paragraph.',
    severity: 'warning',
    fixable: true,
    kinds: ALL_KINDS,
    rationale:
      'A draft pasted from Word has one line per paragraph and no blank lines; one copied from a PDF is also hard-wrapped, with page numbers and ' +
      'running headers between the pages. The checker reads the template in either layout, but Markdown does not: lines with no blank line ' +
      'between them are one paragraph, so the preview runs the cover, the disclaimer and the Parts together, and the Word export runs the ' +
      'paragraphs of the text together. The fix lays the text out as Markdown: a blank line between paragraphs, hard-wrapped lines joined, ' +
      'each cover line a paragraph, the Parts and (a)/(b) as headings, page numbers and running headers dropped. It keeps every other word, in order. ' +
      'Reported once for the draft, on the first place where it happens.',
  },
  check({ model, report }) {
    const runs = pastedRuns(model);
    if (runs.length === 0) return;
    const seen: string[] = [];
    let first: number | undefined;
    for (const { first: a, last: z } of runs) {
      for (let i = a + 1; i <= z; i++) {
        if (!isTemplateJoin(model, i)) continue;
        first ??= i;
        const b = model.blocks[i];
        seen.push(`${nameOf(model, i, b)} (line ${b.startLine + 1})`);
      }
    }
    if (first === undefined) return;
    const named = seen.length > NAMED ? `${seen.slice(0, NAMED).join(', ')} and ${seen.length - NAMED} more` : seen.join(', ');
    report({
      span: lineSpanAt(model, model.blocks[first].span.start),
      message:
        `The text is laid out as pasted text: ${named} ${seen.length === 1 ? 'stands' : 'each stand'} directly under the line above, with no blank line, ` +
        'so the preview runs them together into one paragraph. The fix lays the text out as Markdown: a blank line between paragraphs, wrapped lines joined, the Parts as headings.',
      fix: { title: 'Lay out the pasted text as Markdown', edits: () => relayoutEdits(model) },
    });
  },
};

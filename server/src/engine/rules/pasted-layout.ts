import type { Block } from '../model/blocks';
import type { PastedRole } from '../model/pasted';
import type { SubmissionModel } from '../model/submission';
import { isTemplateJoin, pastedRuns, relayoutEdits } from '../relayout';
import { ALL_KINDS, type Rule } from './rule';
import type { MessageId, Translator } from '../messages/catalogue';
import { lineSpanAt, partNameIn } from './helpers/util';
import { at } from '../text/at';

/** How many of the joined elements the message names. */
const NAMED = 5;

/** How the message names a joined element of each kind. */
const NAMES: Readonly<Partial<Record<PastedRole, MessageId>>> = {
  header: 'pasted-layout.header',
  title: 'pasted-layout.title',
  submitter: 'pasted-layout.submitter',
  entity: 'pasted-layout.entity',
  input: 'pasted-layout.input',
  disclaimer: 'pasted-layout.disclaimer',
  placeholder: 'pasted-layout.placeholder',
};

function nameOf(t: Translator, model: SubmissionModel, i: number, b: Block): string {
  if (b.pasted === 'part') {
    const h = model.partHeadings.find((p) => p.blockIndex === i);
    return h !== undefined ? partNameIn(t, h.part) : t('pasted-layout.part-heading');
  }
  if (b.pasted === 'subsection') return `(${/\(?([abAB])\)/.exec(model.text.slice(b.span.start, b.span.start + 8))?.[1]?.toLowerCase() ?? 'a'})`;
  const id = b.pasted !== undefined ? NAMES[b.pasted] : undefined;
  return t(id ?? 'pasted-layout.text');
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
  check({ model, report, t }) {
    const runs = pastedRuns(model);
    if (runs.length === 0) return;
    const seen: string[] = [];
    let first: number | undefined;
    for (const { first: a, last: z } of runs) {
      for (let i = a + 1; i <= z; i++) {
        if (!isTemplateJoin(model, i)) continue;
        first ??= i;
        const b = at(model.blocks, i); // runs hold indices of blocks
        seen.push(t('pasted-layout.item', { name: nameOf(t, model, i, b), line: String(b.startLine + 1) }));
      }
    }
    if (first === undefined) return;
    const named = seen.length > NAMED ? t('list.more', { shown: seen.slice(0, NAMED).join(', '), count: seen.length - NAMED }) : seen.join(', ');
    report({
      span: lineSpanAt(model, at(model.blocks, first).span.start),
      message: t(seen.length === 1 ? 'pasted-layout.message.1' : 'pasted-layout.message.n', { named }),
      fix: { title: t('pasted-layout.fix'), edits: () => relayoutEdits(model) },
    });
  },
};

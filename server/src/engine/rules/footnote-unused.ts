import { orphanPair, pairOrphansEdits } from '../footnote-edits';
import { ALL_KINDS, type Rule } from './rule';

export const footnoteUnused: Rule = {
  meta: {
    id: 'footnote-unused',
    tags: ['footnotes'],
    description: 'A footnote definition that no reference uses.',
    severity: 'warning',
    fixable: true,
    kinds: ALL_KINDS,
    rationale: [
      'A definition (`<sup>3</sup> Source ...`, `³ Source ...`, `[^3]: Source ...`) that nothing in the',
      'text refers to is a note the reader can never reach. Usually its reference was lost when the',
      'draft was converted from PDF or Word (the superscript became plain text or vanished), or the',
      'sentence that cited it was rewritten.',
      '',
      'To mend it, put the reference back where the source is cited (`...in Africa<sup>3</sup>.`), or',
      'delete the definition if the note is no longer needed. Deleting text is the author\'s call, so',
      'the fix never deletes; run "Renumber footnotes" afterwards if the numbers no longer run 1, 2, 3.',
      'When exactly one definition has no reference and exactly one reference has no definition, and',
      'the numbering says they are the same note, the fix gives them one number (see `footnote-undefined`).',
    ].join('\n'),
  },
  check({ model, report }) {
    const { defs, refsByLabel } = model.footnotes;
    const pair = orphanPair(model);
    for (const def of defs) {
      if (refsByLabel.has(def.label)) continue;
      if (pair?.def === def) {
        report({
          span: def.span,
          message: `Footnote ${def.label} is defined but no reference in the text uses it; it is probably the text of footnote ${pair.refLabel}, which is referenced but never defined.`,
          fix: { title: `Give this note and reference ${pair.refLabel} one number (${pair.number})`, edits: () => pairOrphansEdits(model) },
          data: { label: def.label },
        });
        continue;
      }
      const name = def.number !== undefined ? `Footnote ${def.label}` : `The Markdown footnote '[^${def.label}]'`;
      report({
        span: def.span,
        message: `${name} is defined but no reference in the text uses it. Add the reference where the source is cited, or delete this definition.`,
        data: { label: def.label },
      });
    }
  },
};

import { SUBMISSION_ONLY, type Rule } from './rule';

export const partThreeSubsections: Rule = {
  meta: {
    id: 'part-three-subsections',
    tags: ['parts'],
    description: 'Part Three lacks its (a) projects or (b) future actions subsection.',
    severity: 'warning',
    fixable: false,
    kinds: SUBMISSION_ONLY,
    rationale:
      'Part Three has two halves: (a) innovative policies, programmes and projects, with progress against targets; (b) future actions and new ' +
      'commitments. Label them `(a)` and `(b)` (as headings `### (a) ...` or at the start of a paragraph) so readers find both.',
  },
  check({ model, report, t }) {
    for (const p of model.parts) {
      if (p.number !== 3) continue;
      const has = new Set(p.subsections.map((s) => s.letter));
      const missing = (['a', 'b'] as const).filter((l) => !has.has(l));
      if (missing.length === 0) continue;
      report({ span: p.heading.span, message: t(missing.length === 2 ? 'part-three-subsections.ab' : missing[0] === 'a' ? 'part-three-subsections.a' : 'part-three-subsections.b') });
      return;
    }
  },
};

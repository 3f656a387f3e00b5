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
  check({ model, report }) {
    for (const p of model.parts) {
      if (p.number !== 3) continue;
      const has = new Set(p.subsections.map((s) => s.letter));
      const missing = (['a', 'b'] as const).filter((l) => !has.has(l));
      if (missing.length === 0) continue;
      const what = missing.map((l) => (l === 'a' ? '(a) policies, programmes and projects' : '(b) future actions or initiatives')).join(' and ');
      report({ span: p.heading.span, message: `Part Three has no ${what}: add ${missing.length === 2 ? 'them' : 'it'} under a '### (${missing[0]}) ...' heading.` });
      return;
    }
  },
};

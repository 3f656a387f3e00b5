import { SUBMISSION_ONLY, type Rule } from './rule';
import { canonicalPartHeading } from './part-missing';

/** The first `n` UTF-16 units of `s`, one fewer rather than half a surrogate pair (`𐀀` is two units). */
function truncate(s: string, n: number): string {
  const last = s.charCodeAt(n - 1);
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? n - 1 : n);
}

export const partHeadingStyle: Rule = {
  meta: {
    id: 'part-heading-style',
    description: "A Part heading is not in the canonical form '## Part One: ...'.",
    severity: 'info',
    fixable: true,
    kinds: SUBMISSION_ONLY,
    rationale:
      'Part headings are written many ways (`#### **Part One: ...**`, a bold paragraph, a plain line, `Part I`, `I. Executive Summary`, `II. Part 3: ...`). ' +
      'All are recognised; writing them as Markdown level-2 headings, `## Part One: ...`, gives a clean outline and a Word export with proper headings. ' +
      'The fix rewrites the heading and keeps its title.',
  },
  check({ model, report }) {
    for (const p of model.parts) {
      const h = p.heading;
      if (h.canonical) continue;
      const title = h.title.replace(/^[:.\-\u2013\u2014\s]+/, '');
      const canonical = canonicalPartHeading(p.number, title);
      report({
        span: h.span,
        message: `Write this Part heading as '${canonical.length > 60 ? `${truncate(canonical, 57)}...` : canonical}'.`,
        fix: { title: 'Rewrite as a canonical Part heading', edits: [{ span: h.span, newText: canonical }] },
      });
    }
  },
};

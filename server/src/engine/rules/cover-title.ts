import { elsewhereFinding, seenElsewhere } from './helpers/seen-elsewhere';
import { sameWords, wordDiff } from '../text/diff';
import { effortsYear, sessionHeldIn } from '../session-calendar';
import { TITLES } from '../template';
import { SUBMISSION_ONLY, type Rule } from './rule';
import { blockLineSpan, describeDiffIn, insertAfterBlock } from './helpers/util';
import { at } from '../text/at';

export const coverTitle: Rule = {
  meta: {
    id: 'cover-title',
    tags: ['cover'],
    description: "The title 'Submissions from entities ... on their efforts in YEAR to implement the outcomes of the WSIS' is missing or altered.",
    severity: 'warning',
    fixable: true,
    kinds: SUBMISSION_ONLY,
    rationale:
      'The title is set by UNCTAD and has had two wordings (2011-2018: "... in the United Nations system and elsewhere ... the outcome of the WSIS"; ' +
      'from 2020: "... in the United Nations system, international organizations and other stakeholders ... the outcomes of the WSIS"). ' +
      'Either is accepted; anything else is reported with the words that differ, and the fix restores the closer wording with the draft\'s year.',
  },
  check({ model, report, t }) {
    const { title, session, dates, commission } = model.cover;
    const sessionNumber = session?.value ?? (dates !== undefined ? sessionHeldIn(dates.year) : undefined);
    if (title === undefined) {
      const seen = seenElsewhere(model, /submissions?\s+from\s+entities\s+in\s+the\s+united\s+nations\s+system/i);
      if (seen !== undefined) {
        const end = /(?:outcomes?\s+of\s+the\s+WSIS|Information\s+Society)/i.exec(model.text.slice(seen.at, seen.at + 400));
        report(elsewhereFinding(model, t, seen, t('element.title'), t('where.title'), end !== null ? seen.at + end.index + end[0].length : undefined));
        return;
      }
      const year = sessionNumber !== undefined ? String(effortsYear(sessionNumber)) : undefined;
      const after = Math.max(commission?.blockIndex ?? -1, session?.blockIndex ?? -1, dates !== undefined ? model.blockIndexAt(dates.span.start) : -1);
      const anchor = after >= 0 ? at(model.blocks, after).span : blockLineSpan(model, 0);
      // The title goes before a disclaimer above the session: the cover is read only a few blocks
      // past the disclaimer, and a title inserted further down would not be found (and would be
      // inserted again on each fix). Not right after a 'Submission by' with no entity, though:
      // it would be read as the entity.
      const d = model.cover.disclaimer?.blockIndex;
      let insertAt = after;
      if (d !== undefined && d <= after) {
        insertAt = d - 1;
        const s = model.cover.submitter;
        if (s !== undefined && s.entity === undefined && s.blockIndex === insertAt) insertAt--;
      }
      report({
        span: anchor,
        message: t('cover-title.missing', { title: TITLES[0].replace('{year}', year ?? 'YEAR') }),
        fix: year === undefined ? undefined : { title: t('cover-title.missing.fix'), edits: [insertAfterBlock(model, insertAt, `**${TITLES[0].replace('{year}', year)}**`)] },
      });
      return;
    }
    const year = title.year !== undefined ? String(title.year) : '{year}';
    const wordings = [TITLES[0].replace('{year}', year), TITLES[1].replace('{year}', year)] as const;
    if (wordings.some((w) => sameWords(w, title.norm.text))) return;
    const diffs = [wordDiff(wordings[0], title.norm.text), wordDiff(wordings[1], title.norm.text)] as const;
    const best = diffs[0].missing.length + diffs[0].added.length <= diffs[1].missing.length + diffs[1].added.length ? 0 : 1;
    const raw = model.text.slice(title.span.start, title.span.end);
    const bold = /^\s*(\*\*|__)/.test(raw) && /(\*\*|__)\s*$/.test(raw);
    const canFix = title.year !== undefined;
    report({
      span: title.span,
      message: t('cover-title.differs', { diff: describeDiffIn(t, diffs[best]), title: wordings[best] }),
      fix: canFix ? { title: t('cover-title.differs.fix'), edits: [{ span: title.span, newText: bold ? `**${wordings[best]}**` : wordings[best] }] } : undefined,
    });
  },
};

import { elsewhereFinding, seenElsewhere } from './helpers/seen-elsewhere';
import { sameWords, wordDiff } from '../text/diff';
import { ordinalDigits, ordinalLike } from '../text/ordinals';
import { INPUT_PARAGRAPH } from '../template';
import { SUBMISSION_ONLY, type Rule } from './rule';
import { describeDiffIn, insertAfterBlock, insertBeforeBlock } from './helpers/util';

export const coverInputParagraph: Rule = {
  meta: {
    id: 'cover-input-paragraph',
    tags: ['cover'],
    description: "The paragraph 'This submission was prepared as an input to the report of the UN Secretary-General ...' is missing or reworded.",
    severity: 'warning',
    fixable: true,
    kinds: SUBMISSION_ONLY,
    rationale:
      'The input paragraph is the same in every submission but for the session: it ties the input to ECOSOC resolution 2006/46. ' +
      'It is reported when missing or when its words differ (the session aside); the fix inserts or restores it, keeping the session.',
  },
  check({ model, report, t }) {
    const { input, session, submitter, disclaimer } = model.cover;
    const ownSession = input?.session;
    const n = ownSession?.value ?? session?.value;
    if (input === undefined) {
      const seen = seenElsewhere(model, /this\s+submission\s+was\s+prepared\s+as\s+an\s+input\b/i);
      if (seen !== undefined) {
        const end = /annual\s+reporting\s+to\s+the\s+Commission\.?/i.exec(model.text.slice(seen.at, seen.at + 1500));
        report(elsewhereFinding(model, t, seen, t('element.input'), t('where.input'), end !== null ? seen.at + end.index + end[0].length : undefined));
        return;
      }
      const text = n !== undefined ? INPUT_PARAGRAPH.replace('{session}', ordinalDigits(n)) : undefined;
      const entityBlock = submitter?.entity !== undefined ? model.blockIndexAt(submitter.entity.span.start) : submitter?.blockIndex;
      // After the submitter, but never past a disclaimer above it: the cover is read only a few
      // blocks past the disclaimer, and a paragraph inserted further down would not be found.
      // Before the disclaimer only when it is part of the cover: one left below the Parts would
      // take the paragraph with it, out of the cover (and it would be inserted again each time).
      const coverDisclaimer = disclaimer !== undefined && disclaimer.blockIndex <= model.cover.lastBlock ? disclaimer : undefined;
      const edit =
        text === undefined
          ? undefined
          : entityBlock !== undefined && (coverDisclaimer === undefined || coverDisclaimer.blockIndex > entityBlock)
            ? insertAfterBlock(model, entityBlock, text)
            : coverDisclaimer !== undefined
              ? insertBeforeBlock(model, coverDisclaimer.blockIndex, text)
              : insertAfterBlock(model, model.cover.lastBlock, text);
      const anchor = submitter?.span ?? disclaimer?.span ?? model.blocks[Math.max(0, model.cover.lastBlock)]?.span ?? { start: 0, end: 0 };
      report({
        span: anchor,
        message: t('cover-input-paragraph.missing'),
        fix: edit === undefined ? undefined : { title: t('cover-input-paragraph.missing.fix'), edits: [edit] },
      });
      return;
    }
    const sessionText = ownSession !== undefined ? ownSession.raw : n !== undefined ? ordinalDigits(n) : '{session}';
    const expected = INPUT_PARAGRAPH.replace('{session}', sessionText);
    if (sameWords(expected, input.norm.text)) return;
    const diff = wordDiff(expected, input.norm.text);
    const restored = n !== undefined ? INPUT_PARAGRAPH.replace('{session}', ownSession !== undefined ? ordinalLike(model.text.slice(ownSession.span.start, ownSession.span.end), n) : ordinalDigits(n)) : undefined;
    report({
      span: input.span,
      message: t('cover-input-paragraph.reworded', { diff: describeDiffIn(t, diff) }),
      fix: restored === undefined ? undefined : { title: t('cover-input-paragraph.reworded.fix'), edits: [{ span: input.span, newText: restored }] },
    });
  },
};

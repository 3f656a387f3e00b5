import { elsewhereFinding, seenElsewhere } from './helpers/seen-elsewhere';
import { sameWords, wordDiff } from '../text/diff';
import { DISCLAIMER } from '../template';
import { ALL_KINDS, type Rule } from './rule';
import { blockLineSpan, describeDiffIn, eolOf, insertAfterBlock } from './helpers/util';
import { at } from '../text/at';

/** How many blocks may stand between the cover's last element and the disclaimer. */
const NEAR = 2;

export const disclaimer: Rule = {
  meta: {
    id: 'disclaimer',
    tags: ['disclaimer'],
    description: 'The disclaimer is missing, reworded (the difference is shown), or far from the cover block.',
    severity: 'error',
    fixable: true,
    kinds: ALL_KINDS,
    rationale:
      'Every published input carries, word for word, right after the cover block: "DISCLAIMER: The views presented here are the contributors\' and do not ' +
      'necessarily reflect the views and position of the United Nations or the United Nations Conference on Trade and Development." ' +
      'Straight and curly quotes are equal. The fix inserts it after the cover block, restores its wording, or moves it there.',
  },
  check({ model, report, t }) {
    const { cover } = model;
    const d = cover.disclaimer;
    const coverEls = [cover.commission, cover.session, cover.title, cover.submitter, cover.input, cover.wgec]
      .filter((e) => e !== undefined)
      .map((e) => e.blockIndex);
    if (cover.submitter?.entity !== undefined) coverEls.push(model.blockIndexAt(cover.submitter.entity.span.start));
    const lastCover = coverEls.length > 0 ? Math.max(...coverEls) : -1;
    const firstPart = model.partHeadings[0]?.blockIndex ?? model.blocks.length;

    if (d === undefined) {
      const seen = seenElsewhere(model, /\bDISCLAIMER\s*:?\s*(?:\*\*|__)?\s*The\s+views\s+presented/i);
      if (seen !== undefined) {
        const end = /Trade\s+and\s+Development\.?/i.exec(model.text.slice(seen.at, seen.at + 400));
        report(elsewhereFinding(model, t, seen, t('element.disclaimer'), t('where.disclaimer'), end !== null ? seen.at + end.index + end[0].length : undefined));
        return;
      }
      const edit = lastCover >= 0 ? insertAfterBlock(model, lastCover, DISCLAIMER) : insertAfterBlock(model, -1, DISCLAIMER);
      const anchor = lastCover >= 0 ? at(model.blocks, lastCover).span : blockLineSpan(model, 0);
      report({ span: anchor, message: t('disclaimer.missing'), fix: { title: t('disclaimer.missing.fix'), edits: [edit] } });
      return;
    }

    const raw = model.text.slice(d.span.start, d.span.end);
    const label = /^\s*(?:\*\*|__)?DISCLAIMER:?(?:\*\*|__)?:?/i.exec(raw);
    const labelText = label !== null && /^\s*(\*\*|__)/.test(label[0]) ? '**DISCLAIMER:**' : 'DISCLAIMER:';
    const canonical = `${labelText}${DISCLAIMER.slice('DISCLAIMER:'.length)}`;
    const reworded = !sameWords(DISCLAIMER, d.norm.text);
    if (reworded) {
      report({
        span: d.span,
        message: t('disclaimer.reworded', { diff: describeDiffIn(t, wordDiff(DISCLAIMER, d.norm.text)) }),
        fix: { title: t('disclaimer.reworded.fix'), edits: [{ span: d.span, newText: canonical }] },
      });
    }
    const far = d.blockIndex > firstPart || (lastCover >= 0 && d.blockIndex - lastCover > NEAR + 1);
    if (far && lastCover >= 0 && d.blockIndex > lastCover) {
      // Move: delete the block with the blank lines before it, insert it after the cover.
      const eol = eolOf(model.text);
      const prev = model.blocks[d.blockIndex - 1];
      const del = { start: prev !== undefined ? prev.span.end : d.span.start, end: d.span.end };
      const moved = reworded ? canonical : raw.trim();
      const coverEnd = at(model.blocks, lastCover).span.end;
      report({
        span: d.span,
        message: t('disclaimer.far'),
        fix: {
          title: t('disclaimer.far.fix'),
          edits: [
            { span: { start: coverEnd, end: coverEnd }, newText: eol + eol + moved },
            { span: del, newText: '' },
          ],
        },
      });
    }
  },
};

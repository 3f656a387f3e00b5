import { elsewhereFinding, seenElsewhere, startsSentence } from './helpers/seen-elsewhere';
import type { PartNumber } from '../model/parts';
import { SUBMISSION_ONLY, type Rule } from './rule';
import { blockLineSpan, canonicalPartHeading, insertAfterBlock, insertBeforeBlock, partNameIn } from './helpers/util';


/** How a draft may write each Part's number after `Part`. */
const LABELS = ['one|i|1', 'two|ii|2', 'three|iii|3'];

export const partMissing: Rule = {
  meta: {
    id: 'part-missing',
    tags: ['parts'],
    description: 'A required Part (One, Two or Three) is absent.',
    severity: 'error',
    fixable: true,
    kinds: SUBMISSION_ONLY,
    rationale:
      'The template asks for three Parts: One, an executive summary; Two, an analytical overview; Three, projects (a) and future actions (b). ' +
      'Drafts that use their own chapter structure (`I. INTRODUCTION`) are hard for UNCTAD to compile. The fix inserts the missing Part\'s heading ' +
      'in its place, for you to fill in.',
  },
  check({ model, report, t }) {
    const present = new Set(model.parts.map((p) => p.number));
    for (const n of [1, 2, 3] as PartNumber[]) {
      if (present.has(n)) continue;
      // `... obstacles. Part Two: A brief analytical overview ...` run into a paragraph: separate it, never insert a second.
      const seen = seenElsewhere(model, new RegExp(`\\bPart\\s*(?:${LABELS[n - 1]})(?![\\p{L}\\p{N}])\\s*[:.\\u2013\\u2014-]`, 'giu'), (at) => startsSentence(model.text, at));
      if (seen !== undefined) {
        const rest = model.text.slice(seen.at, seen.at + 200);
        const end = /^[^\n]*?[.?!](?=\s|$)/.exec(rest.slice(rest.search(/[:.\u2013\u2014-]/) + 1));
        const endsAt = end !== null ? seen.at + rest.search(/[:.\u2013\u2014-]/) + 1 + end[0].length : undefined;
        report({ ...elsewhereFinding(model, t, seen, partNameIn(t, n), t('where.part'), endsAt), data: { part: n } });
        continue;
      }
      const heading = canonicalPartHeading(n);
      const next = model.parts.find((p) => p.number > n);
      const prev = [...model.parts].reverse().find((p) => p.number < n);
      let edit;
      let anchor;
      if (next !== undefined) {
        edit = insertBeforeBlock(model, next.heading.blockIndex, heading);
        anchor = blockLineSpan(model, next.heading.blockIndex);
      } else if (prev !== undefined || n > 1) {
        const at = Math.max(model.footnotesBlock, model.bodyBlock, (prev?.heading.blockIndex ?? -1) + 1);
        // Text added after a fence or comment that is never closed would be inside it: go before it.
        const lastOpen = model.blocks[model.blocks.length - 1]?.open === true;
        edit = at < model.blocks.length ? insertBeforeBlock(model, at, heading) : lastOpen ? insertBeforeBlock(model, model.blocks.length - 1, heading) : insertAfterBlock(model, model.blocks.length - 1, heading);
        anchor = blockLineSpan(model, Math.min(at, model.blocks.length - 1));
      } else {
        edit = model.bodyBlock < model.blocks.length ? insertBeforeBlock(model, model.bodyBlock, heading) : insertAfterBlock(model, model.blocks.length - 1, heading);
        anchor = blockLineSpan(model, Math.min(model.bodyBlock, model.blocks.length - 1));
      }
      // The message names the heading in words; the fix writes its Markdown ('## ').
      const words = heading.replace(/^#+\s+/, '');
      report({
        span: anchor,
        message: t('part-missing.missing', { part: partNameIn(t, n), heading: words, purpose: t(`part-missing.purpose.${n}`) }),
        fix: { title: t('part-missing.fix', { heading: words }), edits: [edit] },
        data: { part: n },
      });
    }
  },
};

import { ALL_KINDS, type Rule } from './rule';
import { blockLineSpan } from './helpers/util';
import { at } from '../text/at';

const LABELS = { submission: 'Submission by', statement: 'Statement submitted by', wgec: 'Submitted by' } as const;

export const coverSubmitter: Rule = {
  meta: {
    id: 'cover-submitter',
    tags: ['cover'],
    description: "'Submission by' (or 'Statement submitted by', 'Submitted by') is missing, or names no entity.",
    severity: 'error',
    fixable: false,
    kinds: ALL_KINDS,
    rationale:
      'UNCTAD publishes each input under the name of the entity that sent it: `Submission by` followed by the entity, on the same line ' +
      'or the next. A label with nothing after it has been seen in published submissions. Only you know the entity, so there is no fix.',
  },
  check({ model, kind, report, t }) {
    const s = model.cover.submitter;
    const label = LABELS[kind];
    if (s === undefined) {
      const c = model.cover;
      const anchorBlock = c.title?.blockIndex ?? c.session?.blockIndex ?? c.commission?.blockIndex;
      const span = anchorBlock !== undefined ? at(model.blocks, anchorBlock).span : blockLineSpan(model, 0);
      report({ span, message: t('cover-submitter.missing', { label }) });
      return;
    }
    if (s.entity === undefined || s.entity.text.length === 0) {
      report({ span: s.labelSpan, message: t('cover-submitter.no-entity', { label: s.label }) });
    }
  },
};

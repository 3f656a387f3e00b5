import { ACTION_LINES } from '../template';
import { ALL_KINDS, type Rule } from './rule';

const FIRST = 1;
const LAST = Object.keys(ACTION_LINES).length;

export const actionLineUnknown: Rule = {
  meta: {
    id: 'action-line-unknown',
    tags: ['action-lines'],
    description: `A WSIS action line code that does not exist (the action lines are C${FIRST} to C${LAST}).`,
    severity: 'warning',
    fixable: false,
    kinds: ALL_KINDS,
    rationale: [
      `The Geneva Plan of Action has eleven action lines, C${FIRST} to C${LAST} (C1 the role of public`,
      'governance authorities, C2 infrastructure, C3 access to information, C4 capacity building, C5',
      'confidence and security, C6 enabling environment, C7 ICT applications, C8 cultural diversity, C9',
      'media, C10 ethical dimensions, C11 international and regional cooperation). The Secretary-General\'s',
      'report groups the inputs by action line, so a code such as `C0` or `C12` cannot be placed and',
      'is usually a typing slip.',
      '',
      'To mend it, write the code of the action line meant. Which one was meant is the author\'s call,',
      'so there is no automatic fix.',
    ].join('\n'),
  },
  check({ model, report, t }) {
    for (const ref of model.actionLines) {
      if (ref.number >= FIRST && ref.number <= LAST) continue;
      report({
        span: ref.span,
        message: t('action-line-unknown.code', { code: ref.code, first: FIRST, last: LAST }),
        data: { code: ref.code },
      });
    }
  },
};

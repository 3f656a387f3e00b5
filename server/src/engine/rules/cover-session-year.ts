import { ordinalLike } from '../text/ordinals';
import { effortsYear, sessionHeldIn, sessionYear } from '../session-calendar';
import type { Rule } from './rule';
import { ordinalIn } from './helpers/util';

export const coverSessionYear: Rule = {
  meta: {
    id: 'cover-session-year',
    tags: ['cover', 'session'],
    description: "The session, its year and the 'efforts in YEAR' disagree, or the input paragraph names another session.",
    severity: 'error',
    fixable: true,
    kinds: ['submission', 'statement'],
    rationale:
      'The Nth session is held in 1997 + N (23rd: 2020) and its submissions report on the year before (efforts in 2019). ' +
      'Drafts started from last year\'s submission often update one of these and not the others. Where two of the three agree, ' +
      'the fix corrects the third; the input paragraph\'s session is corrected to the cover\'s.',
  },
  check({ model, report, t }) {
    const { session, dates, title, input } = model.cover;
    // There is no 0th session, and a year before the 1st (1998) points to no session at all.
    const n = session?.value !== undefined && session.value >= 1 ? session.value : undefined;
    const datesSession = dates !== undefined ? sessionHeldIn(dates.year) : undefined;
    const titleSession = title?.year !== undefined ? sessionHeldIn(title.year + 1) : undefined;

    // The session everyone should agree on: the ordinal, unless both other sources outvote it.
    let agreed = n;
    if (n !== undefined && datesSession !== undefined && datesSession !== n && titleSession === datesSession) agreed = datesSession;
    if (n === undefined) agreed = datesSession !== undefined && datesSession === titleSession ? datesSession : undefined;

    if (session !== undefined && n !== undefined && agreed !== undefined && agreed !== n) {
      const fixed = ordinalLike(model.text.slice(session.span.start, session.span.end), agreed);
      report({
        span: session.span,
        message: t('cover-session-year.session', { n: ordinalIn(t, n), year: String(sessionYear(n)), agreed: ordinalIn(t, agreed), agreedYear: String(sessionYear(agreed)) }),
        fix: { title: t('fix.change-to', { text: fixed }), edits: [{ span: session.span, newText: fixed }] },
      });
    } else if (dates !== undefined && n !== undefined && datesSession !== n) {
      const year = String(sessionYear(n));
      report({
        span: dates.yearSpan,
        message: t('cover-session-year.dates', { n: ordinalIn(t, n), year, written: String(dates.year) }),
        fix: titleSession === n || titleSession === undefined ? { title: t('cover-session-year.dates.fix', { year }), edits: [{ span: dates.yearSpan, newText: year }] } : undefined,
      });
    }
    if (agreed === undefined) return;

    if (title?.year !== undefined && title.yearSpan !== undefined && titleSession !== agreed) {
      const year = String(effortsYear(agreed));
      report({
        span: title.yearSpan,
        message: t('cover-session-year.title', { n: ordinalIn(t, agreed), year, written: String(title.year) }),
        fix: { title: t('fix.change-to-plain', { text: year }), edits: [{ span: title.yearSpan, newText: year }] },
      });
    }
    const ref = input?.session;
    if (ref !== undefined && ref.value !== undefined && ref.value !== agreed) {
      const fixed = ordinalLike(model.text.slice(ref.span.start, ref.span.end), agreed);
      report({
        span: ref.span,
        message: t('cover-session-year.input', { n: ordinalIn(t, ref.value), agreed: ordinalIn(t, agreed) }),
        fix: { title: t('fix.change-to', { text: fixed }), edits: [{ span: ref.span, newText: fixed }] },
      });
    }
  },
};

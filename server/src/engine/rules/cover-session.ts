import { MONTHS } from '../model/cover';
import { capitalize, ordinalLike } from '../text/ordinals';
import type { Translator } from '../messages/catalogue';
import type { Rule } from './rule';
import { blockLineSpan } from './helpers/util';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Sessions have lasted a week at most; allow two. */
const MAX_SESSION_DAYS = 14;

function dayOfYear(month: number, day: number, year: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000);
}

function datesProblem(t: Translator, d: { startDay: number; startMonth: number; endDay: number; endMonth: number; year: number }): string | undefined {
  const leap = (d.year % 4 === 0 && d.year % 100 !== 0) || d.year % 400 === 0;
  for (const [day, month] of [
    [d.startDay, d.startMonth],
    [d.endDay, d.endMonth],
  ] as const) {
    const days = DAYS_IN_MONTH[month - 1];
    const name = MONTHS[month - 1];
    // The model reads a month from its name: 1 to 12.
    if (days === undefined || name === undefined) continue;
    const max = month === 2 && !leap ? 28 : days;
    if (day < 1 || day > max) return t('cover-session.no-day', { month: capitalize(name), day: String(day) });
  }
  const length = dayOfYear(d.endMonth, d.endDay, d.year) - dayOfYear(d.startMonth, d.startDay, d.year);
  if (length < 0) return t('cover-session.ends-before');
  if (length >= MAX_SESSION_DAYS) return t('cover-session.too-long', { days: String(length + 1) });
  return undefined;
}

export const coverSession: Rule = {
  meta: {
    id: 'cover-session',
    tags: ['cover', 'session'],
    description: 'The session ordinal is missing or malformed, or the venue and dates are missing or not a plausible session.',
    severity: 'error',
    fixable: true,
    kinds: ['submission', 'statement'],
    rationale:
      'The cover names the session the input is for, in words (`Twenty-third session`) or digits (`23rd session`), then the venue and dates ' +
      '(`Geneva, 23 to 27 March 2020`). A misspelt ordinal (`23th`, `Twenty third`) is fixed to its correct form; impossible dates ' +
      '(31 June, an end before the start, a session of several weeks) are reported.',
  },
  check({ model, report, t }) {
    const { session, dates, commission } = model.cover;
    if (session === undefined) {
      const anchor = commission?.span ?? blockLineSpan(model, 0);
      report({ span: anchor, message: t('cover-session.missing') });
      return;
    }
    if (session.value === undefined) {
      report({ span: session.span, message: t('cover-session.not-ordinal', { raw: session.raw }) });
    } else if (!session.wellFormed) {
      const cased = ordinalLike(model.text.slice(session.span.start, session.span.end), session.value);
      report({
        span: session.span,
        message: t('cover-session.misspelt', { raw: session.raw, fixed: cased }),
        fix: { title: t('fix.correct-to', { text: cased }), edits: [{ span: session.span, newText: cased }] },
      });
    }
    if (dates === undefined) {
      report({ span: session.span, message: t('cover-session.no-dates') });
      return;
    }
    const problem = datesProblem(t, dates);
    if (problem !== undefined) report({ span: dates.span, message: t('cover-session.implausible', { dates: dates.text, problem }) });
  },
};

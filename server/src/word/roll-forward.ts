import { ordinalLike, parseSubmission, sessionYear, type Locale } from '../engine';
import { applyEdits } from './canonical-draft';
import { sessionOrdinal, wordText } from './messages/catalogue';

/**
 * "Start this year's from last year's": moves a draft's cover on by one year. The session
 * N becomes N+1 written the same way (`Twenty-third` -> `Twenty-fourth`, `23<sup>rd</sup>` ->
 * `24<sup>th</sup>`), in the cover and in the input paragraph; `efforts in YEAR` and the year of
 * the session's dates go up by one. The dates' days and month stay as they were, and a note
 * says so: only the CSTD secretariat knows next year's dates.
 */
export interface RollForward {
  text: string;
  /** One line per change, and what the person must still confirm. */
  notes: string[];
}

/** The notes are written in `locale`. */
export function rollForward(text: string, locale: Locale = 'en'): RollForward {
  const { cover } = parseSubmission(text);
  const edits: { span: { start: number; end: number }; text: string }[] = [];
  const notes: string[] = [];
  let session: number | undefined;

  for (const [where, ordinal] of [
    ['cover', cover.session],
    ['input', cover.input?.session],
  ] as const) {
    if (ordinal === undefined) continue;
    const was = text.slice(ordinal.span.start, ordinal.span.end);
    if (ordinal.value === undefined) {
      notes.push(wordText(locale, `roll.unreadable.${where}`, { was }));
      continue;
    }
    const now = ordinalLike(was, ordinal.value + 1);
    session ??= ordinal.value + 1;
    edits.push({ span: ordinal.span, text: now });
    notes.push(wordText(locale, `roll.session.${where}`, { was, now }));
  }
  if (cover.session === undefined && cover.input?.session === undefined) notes.push(wordText(locale, 'roll.no-session'));

  const title = cover.title;
  if (title?.year !== undefined && title.yearSpan !== undefined) {
    edits.push({ span: title.yearSpan, text: String(title.year + 1) });
    notes.push(wordText(locale, 'roll.title', { was: String(title.year), now: String(title.year + 1) }));
  }

  const dates = cover.dates;
  if (dates !== undefined) {
    const year = dates.year + 1;
    edits.push({ span: dates.yearSpan, text: String(year) });
    const rolled = text.slice(dates.span.start, dates.yearSpan.start) + String(year) + text.slice(dates.yearSpan.end, dates.span.end);
    notes.push(wordText(locale, 'roll.dates', { was: dates.text, now: rolled }));
    if (session !== undefined && sessionYear(session) !== year) notes.push(wordText(locale, 'roll.session-year', { session: sessionOrdinal(locale, session), year: String(sessionYear(session)), datesYear: String(year) }));
  } else {
    notes.push(wordText(locale, 'roll.no-dates'));
  }
  return { text: applyEdits(text, edits), notes };
}

import { ordinalDigits, ordinalLike, parseSubmission, sessionYear } from '../engine';
import { applyEdits } from './canonical-draft';

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

export function rollForward(text: string): RollForward {
  const { cover } = parseSubmission(text);
  const edits: { span: { start: number; end: number }; text: string }[] = [];
  const notes: string[] = [];
  let session: number | undefined;

  for (const [where, ordinal] of [
    ['cover', cover.session],
    ['input paragraph', cover.input?.session],
  ] as const) {
    if (ordinal === undefined) continue;
    const was = text.slice(ordinal.span.start, ordinal.span.end);
    if (ordinal.value === undefined) {
      notes.push(`The session in the ${where} ('${was}') cannot be read, so it was not rolled forward: correct it by hand.`);
      continue;
    }
    const now = ordinalLike(was, ordinal.value + 1);
    session ??= ordinal.value + 1;
    edits.push({ span: ordinal.span, text: now });
    notes.push(`Session in the ${where}: ${was} -> ${now}.`);
  }
  if (cover.session === undefined && cover.input?.session === undefined) notes.push('No session was found in the cover, so none was rolled forward.');

  const title = cover.title;
  if (title?.year !== undefined && title.yearSpan !== undefined) {
    edits.push({ span: title.yearSpan, text: String(title.year + 1) });
    notes.push(`Title: efforts in ${title.year} -> efforts in ${title.year + 1}.`);
  }

  const dates = cover.dates;
  if (dates !== undefined) {
    const year = dates.year + 1;
    edits.push({ span: dates.yearSpan, text: String(year) });
    const rolled = text.slice(dates.span.start, dates.yearSpan.start) + String(year) + text.slice(dates.yearSpan.end, dates.span.end);
    notes.push(`Dates: '${dates.text}' -> '${rolled}'. The days and month are last year's: confirm the session's dates before submitting.`);
    if (session !== undefined && sessionYear(session) !== year) notes.push(`The ${ordinalDigits(session)} session is held in ${sessionYear(session)}, not ${year}: check the session and the dates.`);
  } else {
    notes.push("No session dates were found in the cover: add this year's venue and dates.");
  }
  return { text: applyEdits(text, edits), notes };
}

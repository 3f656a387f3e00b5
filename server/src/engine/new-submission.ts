import { sessionAhead } from './session-calendar';
import { COMMISSION_LINE, DISCLAIMER, INPUT_PARAGRAPH, PART_DESCRIPTIONS, PART_NAMES, PART_TITLES, SUBSECTION_DESCRIPTIONS, TITLES } from './template';
import { capitalize, ordinalDigits, ordinalWords } from './text/ordinals';

/**
 * The text of a new annual submission (the "New submission" command), filled in for the
 * session an author starting today is writing for. Pure: the date comes in, the text goes out.
 *
 * Which session: `sessionAhead` (session-calendar.ts): until the end of May this year's
 * session, from June on next year's; the submission reports on the year before the session's.
 *
 * The session's dates are not known in advance, so the template proposes the working week that
 * starts on the first Monday on or after 15 April and says so in a comment; the rest of the
 * body holds the template's own description of each Part, which the `template-instructions`
 * rule reports until the author replaces it.
 */

export const ENTITY_PLACEHOLDER = '[Name of your organization]';

/** Re-exported for the server and the tests, which took it from here. */
export { sessionFor } from './session-calendar';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A plausible working week for the session: Monday to Friday from the first Monday on or after 15 April. */
export function placeholderSessionDates(year: number): { text: string; start: Date; end: Date } {
  const start = new Date(Date.UTC(year, 3, 15));
  while (start.getUTCDay() !== 1) start.setUTCDate(start.getUTCDate() + 1);
  const end = new Date(start.getTime() + 4 * 86_400_000);
  const month = MONTHS[start.getUTCMonth()];
  const endMonth = MONTHS[end.getUTCMonth()];
  const text =
    month === endMonth ? `${start.getUTCDate()} to ${end.getUTCDate()} ${month} ${year}` : `${start.getUTCDate()} ${month} to ${end.getUTCDate()} ${endMonth} ${year}`;
  return { text, start, end };
}

/**
 * The organization's name as the cover gives it: one line, spaces collapsed, at most 200
 * characters; empty when nothing usable was given (the placeholder stays).
 */
export function organizationLine(name: string | undefined): string {
  // Control characters (a pasted line break, a tab) become spaces.
  // eslint-disable-next-line no-control-regex
  const line = (name ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  return line.slice(0, 200).trim();
}

/** `organization`: the name for 'Submission by' (asked for first by the editor); the placeholder when none. */
export function newSubmissionText(today: Date, eol = '\n', organization?: string): string {
  const { session, year, effortsYear } = sessionAhead(today);
  const entity = organizationLine(organization);
  const dates = placeholderSessionDates(year);
  const heading = (n: 0 | 1 | 2): string => `## Part ${PART_NAMES[n]}: ${PART_TITLES[n]}`;
  const blocks = [
    `<!-- New WSIS submission for the ${ordinalDigits(session)} session of the CSTD (${year}), on efforts in ${effortsYear}. ${entity === '' ? "Replace the organization's name and the text under each Part" : 'Replace the text under each Part'}; the checker reports the template's descriptions until they are replaced. -->`,
    `**${COMMISSION_LINE}**`,
    `**${capitalize(ordinalWords(session))} session**${eol}**Geneva, ${dates.text}**`,
    `<!-- The session's dates above are a placeholder: check them against UNCTAD's invitation and correct them. -->`,
    `**${TITLES[0].replace('{year}', String(effortsYear))}**`,
    '**Submission by**',
    entity === '' ? ENTITY_PLACEHOLDER : entity,
    INPUT_PARAGRAPH.replace('{session}', ordinalDigits(session)),
    DISCLAIMER,
    heading(0),
    PART_DESCRIPTIONS[0],
    heading(1),
    PART_DESCRIPTIONS[1],
    heading(2),
    '### (a) Innovative policies, programmes and projects',
    SUBSECTION_DESCRIPTIONS.a,
    '### (b) Future actions or initiatives',
    SUBSECTION_DESCRIPTIONS.b,
  ];
  return blocks.join(eol + eol) + eol;
}

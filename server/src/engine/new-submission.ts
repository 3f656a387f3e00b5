import { COMMISSION_LINE, DISCLAIMER, INPUT_PARAGRAPH, PART_DESCRIPTIONS, PART_NAMES, PART_TITLES, SESSION_YEAR_OFFSET, SUBSECTION_DESCRIPTIONS, TITLES } from './template';
import { capitalize, ordinalDigits, ordinalWords } from './text/ordinals';

/**
 * The text of a new annual submission (the "New submission" command), filled in for the
 * session an author starting today is writing for. Pure: the date comes in, the text goes out.
 *
 * Which session: CSTD sessions are held in spring (March to May), and the inputs are written in
 * the months before. Until the end of May, the session of the current year is taken (N = year -
 * 1997); from June on, that session is over and next year's is taken. The submission reports
 * on efforts in the year before the session's.
 *
 * The session's dates are not known in advance, so the template proposes the working week that
 * starts on the first Monday on or after 15 April and says so in a comment; the rest of the
 * body holds the template's own description of each Part, which the `template-instructions`
 * rule reports until the author replaces it.
 */

/** The last month (1-12) in which this year's session is still taken as the one ahead. */
const LAST_SESSION_MONTH = 5;

export const ENTITY_PLACEHOLDER = '[Name of your organization]';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The session an author writing on `today` (UTC) prepares an input for. */
export function sessionFor(today: Date): number {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  return (month <= LAST_SESSION_MONTH ? year : year + 1) - SESSION_YEAR_OFFSET;
}

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

export function newSubmissionText(today: Date, eol = '\n'): string {
  const session = sessionFor(today);
  const year = session + SESSION_YEAR_OFFSET;
  const effortsYear = year - 1;
  const dates = placeholderSessionDates(year);
  const heading = (n: 0 | 1 | 2): string => `## Part ${PART_NAMES[n]}: ${PART_TITLES[n]}`;
  const blocks = [
    `<!-- New WSIS submission for the ${ordinalDigits(session)} session of the CSTD (${year}), on efforts in ${effortsYear}. Replace the organization's name and the text under each Part; the checker reports the template's descriptions until they are replaced. -->`,
    `**${COMMISSION_LINE}**`,
    `**${capitalize(ordinalWords(session))} session**${eol}**Geneva, ${dates.text}**`,
    `<!-- The session's dates above are a placeholder: check them against UNCTAD's invitation and correct them. -->`,
    `**${TITLES[0].replace('{year}', String(effortsYear))}**`,
    '**Submission by**',
    ENTITY_PLACEHOLDER,
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

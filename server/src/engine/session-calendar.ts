/**
 * The CSTD's calendar, in one place: the Nth session is held in the year 1997 + N and its
 * submissions report on efforts in the year before. Every template the product writes (New
 * submission, the dated snippets, Import's roll-forward names) and every rule that compares a
 * session with a year use these.
 */

/** The Nth session is held in 1997 + N. */
export const SESSION_YEAR_OFFSET = 1997;

/** The year the Nth session is held in. */
export function sessionYear(session: number): number {
  return SESSION_YEAR_OFFSET + session;
}

/** The session held in `year`; undefined before the 1st (1998). */
export function sessionHeldIn(year: number): number | undefined {
  const n = year - SESSION_YEAR_OFFSET;
  return n >= 1 ? n : undefined;
}

/** The year the Nth session's submissions report on. */
export function effortsYear(session: number): number {
  return sessionYear(session) - 1;
}

/** The last month (1-12) in which this year's session is still taken as the one ahead. */
const LAST_SESSION_MONTH = 5;

/**
 * The session an author writing on `today` (UTC) prepares an input for. Sessions are held in
 * spring (March to May) and the inputs are written in the months before: until the end of May,
 * this year's session; from June on, next year's.
 */
export function sessionFor(today: Date): number {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  return (month <= LAST_SESSION_MONTH ? year : year + 1) - SESSION_YEAR_OFFSET;
}

/** The session an author writing on `today` prepares for, its year and the year it reports on. */
export function sessionAhead(today: Date): { session: number; year: number; effortsYear: number } {
  const session = sessionFor(today);
  return { session, year: sessionYear(session), effortsYear: effortsYear(session) };
}

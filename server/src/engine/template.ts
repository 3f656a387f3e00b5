/**
 * What the CSTD template says, word for word (see shared/domain.md). Rules, fixes, snippets,
 * hovers and the "New submission" command all read these, so the template lives in one place.
 */

export const COMMISSION = 'COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT';
export const COMMISSION_LINE = `${COMMISSION} (CSTD)`;

export const DISCLAIMER =
  "DISCLAIMER: The views presented here are the contributors' and do not necessarily reflect the views and position of the United Nations or the United Nations Conference on Trade and Development.";

/** The input paragraph; `{session}` is the session as `23rd`. */
export const INPUT_PARAGRAPH =
  'This submission was prepared as an input to the report of the UN Secretary-General on "Progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels" (to the {session} session of the CSTD), in response to the request by the Economic and Social Council, in its resolution 2006/46, to the UN Secretary-General to inform the Commission on Science and Technology for Development on the implementation of the outcomes of the WSIS as part of his annual reporting to the Commission.';

/** The title's wordings over the years; `{year}` is the year reported on. */
export const TITLES = [
  'Submissions from entities in the United Nations system, international organizations and other stakeholders on their efforts in {year} to implement the outcomes of the WSIS',
  'Submissions from entities in the United Nations system and elsewhere on their efforts in {year} to implement the outcome of the WSIS',
] as const;

export const PART_NAMES = ['One', 'Two', 'Three'] as const;

/** What each Part is for, in a phrase (for messages). */
export const PART_PURPOSES = [
  'an executive summary of activities, progress and obstacles (about half a page)',
  'a brief analytical overview of trends and experiences in implementation, achievements and obstacles',
  'a brief description of (a) policies, programmes and projects and (b) future actions',
] as const;

/** Short titles used in canonical headings the checker inserts. */
export const PART_TITLES = ['An executive summary', 'A brief analytical overview', 'A brief description'] as const;

/** The template's description of each Part: what the author is asked to write. */
export const PART_DESCRIPTIONS = [
  'An executive summary (half a page) of activities undertaken by all stakeholders, progress made, and any obstacles encountered.',
  'A brief analytical overview of trends and experiences in implementation at the national, regional and international levels and by all stakeholders, highlighting achievements and obstacles since WSIS, and taking into account the follow-up and review of the 2030 Agenda for Sustainable Development. This could include information on the facilitation process of implementation, monitoring and cooperation among stakeholders.',
  'A brief description of:',
] as const;

export const SUBSECTION_DESCRIPTIONS = {
  a: 'Innovative policies, programmes and projects which have been undertaken by all stakeholders to implement the outcomes. Where specific targets or strategies have been set, progress in achieving those targets and strategies should be reported.',
  b: 'Future actions or initiatives to be taken, regionally and/or internationally, and by all stakeholders, to improve the facilitation and ensure full implementation in each of the action lines and themes, especially with regard to overcoming those obstacles identified in Part Two above. You are encouraged to indicate any new commitments made to further implement the outcomes.',
} as const;

/** The template's descriptions that a draft may leave in as whole paragraphs, never replaced (template-instructions reports them). */
export const PLACEHOLDER_PARAGRAPHS: readonly string[] = [...PART_DESCRIPTIONS.filter((d) => d.length > 40), SUBSECTION_DESCRIPTIONS.a, SUBSECTION_DESCRIPTIONS.b];

/** Sentences of the template's guidance to authors, which must not survive into a draft. */
export const INSTRUCTION_PHRASES = [
  'your input should be brief',
  '2-4 pages single-spaced',
  'focus specifically on the status of implementation',
  'that your organization is facilitating, implementing or coordinating',
  'should contain the following three parts',
  '(half a page)',
] as const;

export const ACTION_LINES: Readonly<Record<number, string>> = {
  1: 'The role of public governance authorities and all stakeholders in the promotion of ICTs for development',
  2: 'Information and communication infrastructure',
  3: 'Access to information and knowledge',
  4: 'Capacity building',
  5: 'Building confidence and security in the use of ICTs',
  6: 'Enabling environment',
  7: 'ICT applications: e-government, e-business, e-learning, e-health, e-employment, e-environment, e-agriculture, e-science',
  8: 'Cultural diversity and identity, linguistic diversity and local content',
  9: 'Media',
  10: 'Ethical dimensions of the Information Society',
  11: 'International and regional cooperation',
};

/** The session calendar (the Nth session is held in 1997 + N) lives in session-calendar.ts. */
export { SESSION_YEAR_OFFSET, sessionYear } from './session-calendar';

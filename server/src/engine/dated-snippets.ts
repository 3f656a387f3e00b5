import { sessionAhead } from './session-calendar';
import { COMMISSION_LINE, DISCLAIMER, INPUT_PARAGRAPH, PART_DESCRIPTIONS, SUBSECTION_DESCRIPTIONS, TITLES } from './template';
import { capitalize, ordinalDigits, ordinalWords } from './text/ordinals';

/**
 * The snippets that name a session or a year (`wsis-submission`, `wsis-new`, `wsis-statement`,
 * `wsis-input`), written for the session an author starting on `today` prepares for, as New
 * submission is. A snippet file is static and was a year out of date within a year; these are
 * offered as completions by the language server, under the same prefixes. The snippets with no
 * date in them stay in snippets/wsis.code-snippets.
 */
export interface DatedSnippet {
  /** What the author types (the completion's label). */
  prefix: string;
  /** The snippet's name, as the snippet file gave it. */
  name: string;
  description: string;
  /** VS Code snippet syntax: `${1:default}` tab stops, `$0` the final cursor. */
  body: string;
}

/** Text as a snippet holds it literally: `$`, `}` and `\` escaped. */
export function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

export function datedSnippets(today: Date): DatedSnippet[] {
  const { session, year, effortsYear } = sessionAhead(today);
  const words = capitalize(ordinalWords(session));
  const digits = ordinalDigits(session);
  const calendar = `The ${digits} session is held in ${year} and its submissions report on efforts in ${effortsYear} (the Nth session is held in 1997 + N).`;
  const t = snippetText;
  const input = INPUT_PARAGRAPH.split('{session}').map(t);
  const title = TITLES[0].split('{year}').map(t);
  const submission = [
    `**${t(COMMISSION_LINE)}**`,
    `**\${1:${words}} session**`,
    `**\${2:Geneva}, \${3:DD to DD Month ${year}}**`,
    `**${title[0]}\${4:${effortsYear}}${title[1]}**`,
    '**Submission by**',
    '${5:Name of the entity}',
    `${input[0]}\${6:${digits}}${input[1]}`,
    t(DISCLAIMER),
    '## Part One: An executive summary',
    `\${7:${t(PART_DESCRIPTIONS[0])}}`,
    '## Part Two: A brief analytical overview',
    `\${8:${t(PART_DESCRIPTIONS[1])}}`,
    '## Part Three: A brief description',
    '### (a) Innovative policies, programmes and projects',
    `\${9:${t(SUBSECTION_DESCRIPTIONS.a)}}`,
    '### (b) Future actions or initiatives',
    `\${10:${t(SUBSECTION_DESCRIPTIONS.b)}}`,
    '$0',
  ].join('\n\n');
  const submissionDescription =
    'A new annual WSIS submission to the CSTD: the cover block in the template\'s order (commission, session, venue and dates, title, "Submission by" and the entity), ' +
    `the input paragraph, the disclaimer, then Parts One to Three with the template's own descriptions to replace. ${calendar}`;
  const statement = [
    `**${t(COMMISSION_LINE)}**`,
    `**\${1:${words}} session**`,
    `**\${2:Geneva}, \${3:DD to DD Month ${year}}**`,
    '**Progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels**',
    '**Statement submitted by**',
    '${4:Name of the speaker}, ${5:position}, ${6:Organization}',
    t(DISCLAIMER),
    `## $6 statement at the \${7:${digits}} session of the CSTD`,
    '${8:Excellencies, distinguished delegates, ladies and gentlemen.}',
    '$0',
  ].join('\n\n');
  return [
    { prefix: 'wsis-submission', name: 'WSIS: new annual submission', description: submissionDescription, body: submission },
    { prefix: 'wsis-new', name: 'WSIS: new annual submission', description: submissionDescription, body: submission },
    {
      prefix: 'wsis-statement',
      name: 'WSIS: statement at a CSTD session',
      description: `A statement delivered at a CSTD session: cover (commission, session, venue and dates, title, "Statement submitted by" and the speaker), the disclaimer, then the speech. A statement has no Parts. ${calendar}`,
      body: statement,
    },
    {
      prefix: 'wsis-input',
      name: 'WSIS: input paragraph',
      description: `The input paragraph of the cover block, word for word, with the session as a tab stop. ${calendar}`,
      body: `${input[0]}\${1:${digits}}${input[1]}`,
    },
  ];
}

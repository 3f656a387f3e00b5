/**
 * fast-check arbitraries for WSIS drafts, shared by the property tests (test/property) and the
 * fuzz runner (test/fuzz/run.ts).
 *
 * - `draftArb`: drafts built the way real ones are (shared/domain.md): a cover block in its many
 *   forms, Parts in every heading style, (a)/(b), footnotes in every notation, links, code,
 *   comments and directives, lists and quotes, then line endings, BOM and a few mutations
 *   (noise spliced in, spans deleted or duplicated) so the structure is also broken in places.
 * - `markdownNoiseArb`: strings over a small alphabet of Markdown-significant characters and
 *   tokens (`*_[]()<>#^-\``, line breaks, digits, superscripts, `<sup>`, `[^`, `Part ` ...).
 * - `unicodeArb`: any code points (and now and then a lone surrogate).
 * - `inputArb`: all three, drafts weighted most.
 *
 * Everything is built from fast-check combinators (no Math.random), so a seed replays a run and
 * failures shrink towards small drafts.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { at } from '../../server/src/engine/text/at';

// ---------------------------------------------------------------------------------------------
// Small pieces

/** Text in other scripts, emoji (surrogate pairs, ZWJ sequences), combining marks, controls. */
export const EXOTIC = [
  'مساهمة الاتحاد الدولي للاتصالات',
  '信息社会世界峰会',
  'Всемирная встреча',
  'सूचना समाज',
  'İstanbul İİİ',
  'ﬁnal ﬂow ß',
  '😀',
  '👩‍💻',
  '🇺🇳',
  'e\u0301\u0301\u0301',
  'a\u0308\u0323',
  '\u0000',
  '\u0007\u001b[31m',
  '\u200b\u200d\u2060',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u000b\u000c',
  '\t',
  '\ufeff',
  '\ufffd',
  '𝐏𝐚𝐫𝐭 𝐎𝐧𝐞',
  '\u202e',
] as const;

const exoticArb = fc.constantFrom(...EXOTIC);

const WORDS = [
  'the', 'Internet', 'Society', 'community', 'networks', 'connectivity', 'in', 'Africa', 'and', 'of', 'to', 'action', 'line',
  'C4', 'C12', 'C0', 'capacity', 'building', 'WSIS', 'IGF', 'UNESCO', 'ITU', '2019', '46th', 'km²', 'm³', 'Part', 'session',
  'Geneva', 'efforts', 'disclaimer', 'summary', 'half', 'page', 'twenty', 'first', '—', '–', '"quoted"', '“curly”', '’',
] as const;

const wordArb = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: exoticArb }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) });

const sentenceArb = fc.array(wordArb, { minLength: 1, maxLength: 25 }).map((w) => `${w.join(' ')}.`);

const ONES = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

function words(n: number): string {
  if (n < 10) return at(ONES, n);
  if (n < 20) return at(TEENS, n - 10);
  const tens = at(['', '', 'twenty', 'thirty', 'forty'], Math.floor(n / 10));
  return n % 10 === 0 ? `${tens.slice(0, -1)}ieth` : `${tens}-${ONES[n % 10]}`;
}

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** A session ordinal in one of the ways drafts write it (some misspelt). */
const ordinalArb = (n: number): fc.Arbitrary<string> =>
  fc.constantFrom(
    words(n).replace(/^./, (c) => c.toUpperCase()),
    words(n),
    words(n).toUpperCase(),
    words(n).replace('-', ' '),
    `${n}${suffix(n)}`,
    `${n}th`,
    `${n}<sup>${suffix(n)}</sup>`,
    `${n} ${suffix(n)}`,
    'Twenty-thrid',
    `${n}`,
  );

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Wraps a cover line the ways drafts do: plain, bold, a heading, italic, with a hard break. */
const wrapArb = (line: string): fc.Arbitrary<string> =>
  fc.constantFrom(line, `**${line}**`, `# ${line}`, `### ${line}`, `__${line}__`, `*${line}*`, `**${line}  **`, `> ${line}`, `${line}  `);

const COMMISSIONS = [
  'COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)',
  'COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CTSD)',
  'COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT',
  'Commission on Science and Technology for Development (CSTD)',
  'COMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)',
  'COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT  \n(CSTD)',
  'Commission on Science and Technlogy for Developement (cstd)',
  'Working Group on Enhanced Cooperation',
];

const commissionArb = fc.constantFrom(...COMMISSIONS).chain(wrapArb);

const sessionArb = fc.integer({ min: 1, max: 45 }).chain((n) =>
  fc
    .tuple(
      ordinalArb(n),
      fc.constantFrom(' session', ' Session', ' SESSION', '-session', ' sessions'),
      fc.option(
        fc.record({
          venue: fc.constantFrom('Geneva', 'New York', 'Genève', ''),
          d1: fc.integer({ min: 0, max: 35 }),
          d2: fc.integer({ min: 0, max: 35 }),
          m1: fc.option(fc.constantFrom(...MONTHS), { nil: undefined }),
          m2: fc.constantFrom(...MONTHS, 'Maerz'),
          sep: fc.constantFrom(' to ', '-', '–', ' — ', ' and ', ' '),
          year: fc.oneof(fc.constant(1997 + n), fc.integer({ min: 1990, max: 2100 })),
          lines: fc.constantFrom('  \n', '\n', '\n\n', ', ', ' '),
        }),
        { nil: undefined },
      ),
    )
    .map(([ord, word, d]) => {
      if (d === undefined) return `${ord}${word}`;
      const dates = `${d.d1}${d.m1 !== undefined ? ` ${d.m1}` : ''}${d.sep}${d.d2} ${d.m2} ${d.year}`;
      return `${ord}${word}${d.lines}${d.venue.length > 0 ? `${d.venue}, ` : ''}${dates}`;
    })
    .chain(wrapArb),
);

const TITLE_2020 =
  'Submissions from entities in the United Nations system, international organizations and other stakeholders on their efforts in {year} to implement the outcomes of the WSIS';
const TITLE_OLD = 'Submissions from entities in the United Nations system and elsewhere on their efforts in {year} to implement the outcome of the WSIS';

const titleArb = fc
  .tuple(fc.constantFrom(TITLE_2020, TITLE_OLD, 'Submission from entities on their efforts to implement', 'Submissions from entities in the UN system on their efforts in {year}'), fc.integer({ min: 1990, max: 2100 }), fc.constantFrom(' ', '  \n', '\n'))
  .map(([t, y, br]) => t.replace('{year}', String(y)).replace(' international ', ` international${br}`))
  .chain(wrapArb);

const ENTITIES = ['Internet Society', 'International Telecommunication Union (ITU)', 'المنظمة', '', '   ', 'ICANN 🌐', '**IGF Secretariat**'];

const submitterArb = fc
  .tuple(fc.constantFrom('Submission by', 'Statement submitted by', 'Submitted by', 'Submission by:', 'SUBMISSION BY', 'Submitted  by'), fc.constantFrom(' ', '\n', '\n\n', '  \n'), fc.constantFrom(...ENTITIES), fc.boolean())
  .map(([label, sep, entity, bold]) => (bold ? `**${label}**${sep}${entity}` : `${label}${sep}${entity}`));

const INPUT =
  'This submission was prepared as an input to the report of the UN Secretary-General on "Progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels" (to the {session} session of the CSTD), in response to the request by the Economic and Social Council, in its resolution 2006/46, to the UN Secretary-General to inform the Commission on Science and Technology for Development on the implementation of the outcomes of the WSIS as part of his annual reporting to the Commission.';

const inputParagraphArb = fc
  .tuple(fc.integer({ min: 1, max: 45 }).chain(ordinalArb), fc.constantFrom('same', 'curly', 'reworded', 'cut', 'wrapped'))
  .map(([ord, how]) => {
    const text = INPUT.replace('{session}', ord);
    switch (how) {
      case 'curly':
        return text.replace(/"([^"]*)"/g, '\u201C$1\u201D');
      case 'reworded':
        return text.replace('resolution 2006/46', 'resolution 2006/64').replace('annual', 'yearly');
      case 'cut':
        return text.slice(0, 120);
      case 'wrapped':
        return text.replace(/(.{70}\S*) /g, '$1\n');
      default:
        return text;
    }
  });

const DISCLAIMER = "DISCLAIMER: The views presented here are the contributors' and do not necessarily reflect the views and position of the United Nations or the United Nations Conference on Trade and Development.";

const disclaimerArb = fc.constantFrom(
  DISCLAIMER,
  DISCLAIMER.replace("'", '\u2019'),
  DISCLAIMER.replace('DISCLAIMER:', '**DISCLAIMER:**'),
  DISCLAIMER.replace('DISCLAIMER:', '**DISCLAIMER**:'),
  DISCLAIMER.replace('DISCLAIMER:', '__DISCLAIMER__'),
  DISCLAIMER.replace('position', 'positions'),
  DISCLAIMER.replace('DISCLAIMER: ', 'Disclaimer\n'),
  'DISCLAIMER',
  'Disclaimer: views are our own.',
  DISCLAIMER.replace(/ /g, '\n'),
  `> ${DISCLAIMER}`,
);

// ---------------------------------------------------------------------------------------------
// Parts

const PART_NUMBER_FORMS: readonly (readonly string[])[] = [
  [],
  ['One', 'ONE', 'I', '1', 'one'],
  ['Two', 'TWO', 'II', '2', 'two'],
  ['Three', 'THREE', 'III', '3', 'three'],
];
const PART_TITLES = ['', 'An executive summary', 'A brief analytical overview', 'A brief description'];
const TITLED = ['', 'Executive Summary', 'Analytical overview', 'Brief description of activities'];
const ROMAN = ['', 'I', 'II', 'III'];

const partHeadingArb = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc
    .tuple(
      fc.constantFrom(...at(PART_NUMBER_FORMS, n)),
      fc.constantFrom(': ', '. ', ' - ', ' – ', ': ', '', ':'),
      fc.constantFrom(at(PART_TITLES, n), `${at(PART_TITLES, n)} (half a page) of activities`, '', '**', at(PART_TITLES, n).toUpperCase()),
      fc.constantFrom('md2', 'md4bold', 'bold', 'plain', 'plainRunsOn', 'titled', 'romanPart', 'upper', 'setext', 'md6', 'quote', 'list'),
    )
    .map(([num, sep, title, style]) => {
      const label = `Part ${num}${sep}${title}`.trimEnd();
      switch (style) {
        case 'md2':
          return `## ${label}`;
        case 'md4bold':
          return `#### **${label}**`;
        case 'bold':
          return `**${label}**`;
        case 'plain':
          return label;
        case 'plainRunsOn':
          return `${label}\nThe Part's text starts on the next line of the same paragraph.`;
        case 'titled':
          return `${ROMAN[n]}. ${TITLED[n]}`;
        case 'romanPart':
          return `${ROMAN[n]}. Part ${n}: ${TITLED[n]}`;
        case 'upper':
          return `PART ${at(PART_NUMBER_FORMS, n)[1]}`;
        case 'setext':
          return `${label}\n${n === 1 ? '===' : '---'}`;
        case 'md6':
          return `###### ${label} ######`;
        case 'quote':
          return `> ## ${label}`;
        default:
          return `- ${label}`;
      }
    }),
);

const subsectionArb = fc
  .tuple(fc.constantFrom('a', 'b', 'A', 'c'), fc.constantFrom('### ({l}) ', '**({l})** ', '({l}) ', '{l}) ', '- ({l}) ', '#### **({l})', '({l})'), sentenceArb)
  .map(([l, form, s]) => form.replace('{l}', l) + s);

// ---------------------------------------------------------------------------------------------
// Footnotes, links, code, comments

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number): string => [...String(n)].map((d) => SUPERSCRIPTS[Number(d)]).join('');

const footnoteNumberArb = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }) });

const footnoteRefArb = fc
  .tuple(footnoteNumberArb, fc.constantFrom('html', 'HTML', 'unicode', 'markdown', 'named', 'spaced'))
  .map(([n, how]) => {
    switch (how) {
      case 'html':
        return `<sup>${n}</sup>`;
      case 'HTML':
        return `<SUP>${n}</SUP>`;
      case 'unicode':
        return sup(n);
      case 'markdown':
        return `[^${n}]`;
      case 'named':
        return `[^note-${n}]`;
      default:
        return `<sup> ${n} </sup>`;
    }
  });

const footnoteDefArb = fc
  .tuple(footnoteNumberArb, fc.constantFrom('html', 'unicode', 'markdown', 'bare', 'named', 'indented'), sentenceArb, fc.constantFrom('', ' <https://www.itu.int/en/>', ' See: http://www.un.org/.', ' [x](#)'))
  .map(([n, how, text, url]) => {
    const body = `${text}${url}`;
    switch (how) {
      case 'html':
        return `<sup>${n}</sup> ${body}`;
      case 'unicode':
        return `${sup(n)} ${body}`;
      case 'markdown':
        return `[^${n}]: ${body}`;
      case 'bare':
        return `${n} ${body}`;
      case 'named':
        return `[^note-${n}]: ${body}`;
      default:
        return `   [^${n}]:${body}`;
    }
  });

const linkArb = fc
  .tuple(fc.constantFrom('Digital Geneva', '', 'a \\] b', 'IoT [nested]', '97 recognized NRIs', '😀'), fc.constantFrom('#', '', ' # ', 'https://www.itu.int/', '<https://a.b/c d>', 'https://en.wikipedia.org/wiki/A_(b)', 'x "title"', "#  'title'"), fc.boolean())
  .map(([t, target, image]) => `${image ? '!' : ''}[${t}](${target})`);

const inlineArb = fc.oneof(
  { weight: 10, arbitrary: wordArb },
  { weight: 3, arbitrary: footnoteRefArb },
  { weight: 2, arbitrary: linkArb },
  { weight: 1, arbitrary: fc.constantFrom('`code`', '``co`de``', '`unclosed', '```', '<https://www.internetsociety.org/>', 'www.un.org.', 'http://example.org/a_(b)).', '<!-- comment -->', '<!--', '-->', '<br>', '<b>bold</b>', '\\*', '*em*', '**strong**', '_', '(half a page)', 'C4:', 'C12 –', 'action lines C13') },
  { weight: 1, arbitrary: exoticArb },
);

const proseArb = fc.array(inlineArb, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(' '));

const DIRECTIVES = [
  '<!-- wsis-disable -->',
  '<!-- wsis-enable -->',
  '<!-- wsis-disable part-missing, disclaimer -->',
  '<!-- wsis-disable-next-line -->',
  '<!-- wsis-disable-line footnote-undefined -->',
  '<!-- wsis-enable part-missing -->',
  '<!-- wsis kind: statement -->',
  '<!-- wsis kind: wgec -->',
  '<!-- wsis kind: submission -->',
  '<!-- wsis kind: nonsense -->',
  '<!-- a comment\nover lines -->',
  '<!-- unclosed comment',
];

const blockArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: proseArb },
  { weight: 3, arbitrary: partHeadingArb },
  { weight: 2, arbitrary: subsectionArb },
  { weight: 3, arbitrary: footnoteDefArb },
  { weight: 1, arbitrary: fc.array(footnoteDefArb, { minLength: 2, maxLength: 6 }).map((d) => d.join('\n')) },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '- - -', '* * *') },
  { weight: 1, arbitrary: fc.constantFrom(...DIRECTIVES) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````md', '```'), proseArb, fc.boolean()).map(([f, body, closed]) => `${f}\n${body}${closed ? `\n${f.replace(/[a-z]+$/, '')}` : ''}`) },
  { weight: 1, arbitrary: fc.array(proseArb, { minLength: 1, maxLength: 4 }).map((items) => items.map((t, i) => `${'  '.repeat(i)}- ${t}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(proseArb, { minLength: 1, maxLength: 3 }).map((items) => items.map((t, i) => `${i + 1}. ${t}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 5 }), proseArb).map(([depth, t]) => `${'> '.repeat(depth)}${t}`) },
  { weight: 1, arbitrary: fc.constantFrom('| a | b |\n| --- | --- |\n| C4 | 2¹ |', '    indented code C99', '<div>\n<sup>1</sup>\n</div>', 'Paragraph\n===', '#', '#######  seven', '##\tPart One') },
  // Long enough for the length rules: Part One over 300 words, the body over 2,400.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(320, 1300, 2500), sentenceArb).map(([words, s]) => `${'Connectivity grew fastest where regulators licensed small operators. '.repeat(Math.ceil(words / 8))}${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('Your input should be brief (2-4 pages single-spaced), and focus specifically on the status of implementation.', 'An executive summary (half a page) of activities undertaken by all stakeholders, progress made, and any obstacles encountered.', 'A brief description of:') },
);

// ---------------------------------------------------------------------------------------------
// Drafts

const coverPieceArb = fc.oneof(commissionArb, sessionArb, titleArb, submitterArb, inputParagraphArb, disclaimerArb);

/** The cover in template order, each element sometimes left out, duplicated or moved; or shuffled. */
const orderedCoverArb = fc
  .tuple(
    fc.option(commissionArb, { freq: 6, nil: undefined }),
    fc.option(sessionArb, { freq: 6, nil: undefined }),
    fc.option(titleArb, { freq: 6, nil: undefined }),
    fc.option(submitterArb, { freq: 6, nil: undefined }),
    fc.option(inputParagraphArb, { freq: 6, nil: undefined }),
    fc.option(disclaimerArb, { freq: 6, nil: undefined }),
    fc.array(coverPieceArb, { maxLength: 2 }),
  )
  .map(([c, s, t, by, input, d, extra]) => [c, s, t, by, input, d, ...extra].filter((x): x is string => x !== undefined));

const coverArb = fc.oneof({ weight: 3, arbitrary: orderedCoverArb }, { weight: 1, arbitrary: orderedCoverArb.chain((pieces) => fc.shuffledSubarray(pieces, { minLength: pieces.length })) });

/** The three Parts in order, each with a little text, or random blocks in their place. */
const partsArb = fc.oneof(
  fc
    .tuple(
      fc.array(fc.tuple(partHeadingArb, fc.array(blockArb, { maxLength: 4 })), { maxLength: 5 }),
      fc.array(footnoteDefArb, { maxLength: 4 }),
    )
    .map(([parts, notes]) => [...parts.flatMap(([h, body]) => [h, ...body]), ...(notes.length > 0 ? ['---', ...notes] : [])]),
  fc.array(blockArb, { maxLength: 12 }),
);

export type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';

export interface Mutation {
  /** Where, as a fraction of the text's length. */
  at: number;
  kind: 'insert' | 'delete' | 'duplicate';
  text: string;
  length: number;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert', 'delete', 'duplicate'),
  text: fc.oneof(exoticArb, fc.constantFrom('\r', '\n', '\r\n', '**', '`', '<sup>', '</sup>', '[^', ']', '<!--', '-->', '```', '\u0000', '\ud83d'), fc.string({ unit: 'binary', maxLength: 8 })),
  length: fc.integer({ min: 1, max: 40 }),
});

function applyMutation(text: string, m: Mutation): string {
  const at = Math.min(text.length, Math.floor(m.at * text.length));
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
}

/** Rewrites every line break (a draft from Windows, old Mac, or pasted from both). */
export function withEol(text: string, eol: Eol, pick: readonly number[] = [0]): string {
  if (eol === 'lf') return text;
  let i = 0;
  return text.replace(/\r\n|\r|\n/g, () => {
    if (eol === 'crlf') return '\r\n';
    if (eol === 'cr') return '\r';
    const choice = at(pick, i++ % pick.length) % 3;
    return choice === 0 ? '\n' : choice === 1 ? '\r\n' : '\r';
  });
}

export interface DraftParts {
  bom: boolean;
  cover: string[];
  body: string[];
  separators: string[];
  eol: Eol;
  eolPick: number[];
  mutations: Mutation[];
  trailingNewline: boolean;
}

export function assembleDraft(d: DraftParts): string {
  const blocks = [...d.cover, ...d.body];
  let text = '';
  blocks.forEach((b, i) => {
    text += i === 0 ? b : (d.separators[i % Math.max(1, d.separators.length)] ?? '\n\n') + b;
  });
  if (d.trailingNewline) text += '\n';
  text = withEol(text, d.eol, d.eolPick.length > 0 ? d.eolPick : [0]);
  for (const m of d.mutations) text = applyMutation(text, m);
  return (d.bom ? '\ufeff' : '') + text;
}

export const draftPartsArb: fc.Arbitrary<DraftParts> = fc.record({
  bom: fc.boolean(),
  cover: coverArb,
  body: partsArb,
  separators: fc.array(fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\n  \n', '\n\t\n'), { minLength: 1, maxLength: 4 }),
  eol: fc.constantFrom<Eol>('lf', 'lf', 'crlf', 'cr', 'mixed'),
  eolPick: fc.array(fc.nat({ max: 2 }), { maxLength: 5 }),
  mutations: fc.oneof({ weight: 3, arbitrary: fc.constant<Mutation[]>([]) }, { weight: 2, arbitrary: fc.array(mutationArb, { maxLength: 4 }) }),
  trailingNewline: fc.boolean(),
});

/**
 * Placeholders left in (template-placeholders), and bracketed text that is none. Added to some
 * drafts by a function of their text, not by a draw: the layout properties, which draw
 * `draftPartsArb`, keep their sample.
 */
const PLACEHOLDER_BLOCKS = [
  '[Name of your organization]',
  'Name of the entity',
  'In 20XX we trained XX people in TBD countries (TBC).',
  'They said [...] and [Insert figures\nfrom the survey].',
  '[sic] [2] [x] \\[Add names\\] [link](https://example.org/XX)',
  "<!-- The session's dates above are a placeholder: check them against UNCTAD's invitation and correct them. -->",
];

function withPlaceholder(text: string): string {
  const n = text.length % (PLACEHOLDER_BLOCKS.length * 3);
  return n < PLACEHOLDER_BLOCKS.length ? `${text}\n\n${PLACEHOLDER_BLOCKS[n]}\n` : text;
}

/** A realistic draft, more or less broken (one in three with a placeholder block at its end). */
export const draftArb: fc.Arbitrary<string> = draftPartsArb.map(assembleDraft).map(withPlaceholder);

// ---------------------------------------------------------------------------------------------
// Random strings

const MARKDOWN_UNITS = [
  '*', '_', '[', ']', '(', ')', '<', '>', '#', '^', '-', '`', '\n', '\r', ' ', ' ', ' ', '\t', '!', ':', '.', '|', '~', '=', '\\', '"', "'",
  '0', '1', '2', '3', '9', '¹', '²', '³', '⁴', '⁰', 'a', 'P', 'C', 'I', 'V', 'X', '😀', '\u0301',
  'Part ', 'part one', 'PART ', 'One', 'Two', 'Three', '<sup>', '</sup>', '[^', ']:', '](', '](#)', '<!--', '-->', 'http://', 'https://', 'www.',
  'C1', 'C12', 'session', 'Twenty-third', '23rd', 'DISCLAIMER', 'Submission by', 'COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT', '(CTSD)',
  'efforts in 2019', '(to the ', '(a)', '(b)', '```', '~~~', '---', '**', '## ', '> ', '- ', '1. ', 'action line', '(half a page)',
];

/** Strings over the characters and tokens Markdown and the engine give meaning to. */
export const markdownNoiseArb: fc.Arbitrary<string> = fc.array(fc.constantFrom(...MARKDOWN_UNITS), { maxLength: 300 }).map((u) => u.join(''));

/** A UTF-16 code unit, lone surrogates included. */
const codeUnitArb = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Any code points; one string in ten also holds raw code units (lone surrogates). */
export const unicodeArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnitArb, maxLength: 200 }) },
);

// ---------------------------------------------------------------------------------------------
// Real drafts, mutated

const root = join(import.meta.dirname, '..', '..');
const realDrafts = (): string[] => {
  const dirs = [join(root, 'test', 'fixtures', 'seeds'), join(root, 'examples')];
  const files = dirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => join(d, f)) : []));
  return [...files.map((f) => readFileSync(f, 'utf8')), readFileSync(join(root, 'test', 'fixtures', 'clean-submission.wsis.md'), 'utf8')];
};

const tokenArb = fc.oneof(fc.constantFrom(...MARKDOWN_UNITS), exoticArb, blockArb.map((b) => `\n\n${b}\n\n`), coverPieceArb.map((b) => `\n\n${b}\n\n`));

/** The seeds, the examples and the clean fixture, with a few tokens and blocks spliced in or cut out. */
export const mutatedRealDraftArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...realDrafts()), fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), kind: fc.constantFrom<Mutation['kind']>('insert', 'insert', 'delete', 'duplicate'), text: tokenArb, length: fc.integer({ min: 1, max: 400 }) }), { minLength: 1, maxLength: 6 }), fc.constantFrom<Eol>('lf', 'lf', 'crlf', 'cr', 'mixed'))
  .map(([draft, mutations, eol]) => mutations.reduce(applyMutation, withEol(draft, eol, [0, 1, 2])));

/** What the properties run on: mostly drafts, then Markdown noise, then any text. */
export const inputArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: draftArb },
  { weight: 1, arbitrary: mutatedRealDraftArb },
  { weight: 2, arbitrary: markdownNoiseArb },
  { weight: 1, arbitrary: unicodeArb },
  { weight: 1, arbitrary: fc.tuple(draftArb, markdownNoiseArb, fc.double({ min: 0, max: 1, noNaN: true })).map(([d, n, at]) => d.slice(0, Math.floor(at * d.length)) + n + d.slice(Math.floor(at * d.length))) },
);

// Hostile drafts: huge, deep, repetitive, and strings built to make each regular expression of
// the engine backtrack. Each must be checked in bounded time (measured, in CPU time so that a
// loaded CI machine does not fail it: LIMIT_MS, generous) with no stack overflow and no rule
// falling into check.ts's safety net.
//
// The near-miss inputs were built by reading every regex in server/src/engine: for each, a long
// run of what it may match followed by what makes it fail, so that a regex (or a loop) that
// retries from every position shows up as seconds instead of milliseconds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkText, fixAll, looksLikeSubmission, parseSubmission } from '../../server/src/engine';
import type { Diagnostic } from '../../server/src/engine';
import { at } from '../../server/src/engine/text/at';

const LIMIT_MS = 5000;
const SAFETY_NET = /could not check this draft/;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `work`, failing when it takes more than LIMIT_MS of CPU time; returns its result. */
function bounded<T>(what: string, work: () => T, limit = LIMIT_MS): T {
  const cpu = cpuMs();
  const wall = performance.now();
  const result = work();
  const used = cpuMs() - cpu;
  if (process.env.HOSTILE_VERBOSE !== undefined) console.log(`hostile: ${used.toFixed(0).padStart(6)} ms CPU  ${what}`);
  assert.ok(used < limit, `${what}: ${used.toFixed(0)} ms of CPU (${(performance.now() - wall).toFixed(0)} ms wall), more than ${limit} ms`);
  return result;
}

function checkBounded(what: string, text: string, limit = LIMIT_MS): Diagnostic[] {
  const diagnostics = bounded(what, () => {
    looksLikeSubmission(text);
    return checkText(text).diagnostics;
  }, limit);
  const caught = diagnostics.filter((d) => SAFETY_NET.test(d.message)).map((d) => d.message);
  assert.deepEqual(caught, [], `${what}: a rule threw`);
  return diagnostics;
}

const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
const CLEAN = readFileSync(join(fixturesDir, 'clean-submission.wsis.md'), 'utf8');
const SEEDS = readdirSync(join(fixturesDir, 'seeds'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(fixturesDir, 'seeds', f), 'utf8'));

const lines = (n: number, line: (i: number) => string, eol = '\n'): string => Array.from({ length: n }, (_, i) => line(i)).join(eol);
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number): string => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');

describe('hostile drafts: size', () => {
  it('a 10 MB draft (the clean submission and the seeds, repeated)', () => {
    const unit = [CLEAN, ...SEEDS].join('\n\n');
    const text = Array(Math.ceil(10_000_000 / unit.length)).fill(unit).join('\n\n');
    assert.ok(text.length >= 10_000_000);
    checkBounded('10 MB draft', text);
  });

  it('a 1 MB draft with a fix every few lines, fixed (fixAll)', () => {
    const unit = `${CLEAN}\n\n**Part One: Again**\n\nText<sup>3</sup> [x](#) C12.\n\n<sup>3</sup> Note.`;
    const text = Array(Math.ceil(1_000_000 / unit.length)).fill(unit).join('\n\n');
    bounded('fixAll of 1 MB', () => fixAll(text, undefined, 2));
  });

  for (const [name, line] of [
    ['prose', 'Connectivity grew fastest where regulators licensed small operators. '.repeat(14_493)],
    ['one word', 'a'.repeat(1_000_000)],
    ['a heading', `## Part One: ${'summary '.repeat(125_000)}`],
    ['a bold paragraph', `**Part Two: ${'overview '.repeat(111_111)}**`],
    ['a list item', `- ${'item C4: '.repeat(111_111)}`],
    ['a table row', `| ${'cell | '.repeat(142_857)}`],
  ] as const) {
    it(`one line of 1,000,000 characters: ${name}`, () => {
      assert.ok(line.length >= 999_990);
      checkBounded(name, `COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)\n\n${line}\n`);
    });
  }
});

/**
 * Cases that take seconds because of a quadratic step in the footnote rules (reported, owned by
 * another change): skipped in CI until fixed, run with HOSTILE_ALL=1. Remove an entry once its
 * case passes.
 */
/** Cases known to be slow, skipped until fixed (none now; HOSTILE_ALL=1 runs them anyway). */
const KNOWN_SLOW: Readonly<Record<string, string>> = {};
const known = (name: string): { skip?: string } => (KNOWN_SLOW[name] !== undefined && process.env.HOSTILE_ALL === undefined ? { skip: `known quadratic, reported: ${KNOWN_SLOW[name]}` } : {});

describe('hostile drafts: 50,000 footnotes', () => {
  const N = 50_000;
  const cases: [string, () => string][] = [
    ['Markdown, in order', () => `${lines(N, (i) => `Text[^${i + 1}].`, ' ')}\n\n${lines(N, (i) => `[^${i + 1}]: Note ${i + 1}.`)}`],
    ['HTML, in order', () => `${lines(N, (i) => `Text<sup>${i + 1}</sup>.`, ' ')}\n\n${lines(N, (i) => `<sup>${i + 1}</sup> Note.`, '\n\n')}`],
    ['Unicode, in order', () => `${lines(N, (i) => `Text${sup(i + 1)}.`, ' ')}\n\n${lines(N, (i) => `${sup(i + 1)} Note.`)}`],
    ['bare definitions', () => `${lines(N, (i) => `Text${sup((i % 999) + 1)}.`, ' ')}\n\n${lines(N, (i) => `${(i % 999) + 1} Note.`)}`],
    ['three notations mixed', () => `${lines(N, (i) => `Text${[`[^${i + 1}]`, `<sup>${(i % 9999) + 1}</sup>`, sup(i + 1)][i % 3]}.`, '\n\n')}\n\n${lines(N, (i) => `[^${i + 1}]: Note.`)}`],
    ['in reverse order', () => `${lines(N, (i) => `Text[^${N - i}].`, ' ')}\n\n${lines(N, (i) => `[^${i + 1}]: Note.`)}`],
    ['each defined twice', () => `${lines(N / 2, (i) => `Text[^${i + 1}].`, ' ')}\n\n${lines(N / 2, (i) => `[^${i + 1}]: Note.\n[^${i + 1}]: Again.`)}`],
    ['every other number skipped', () => `${lines(N / 2, (i) => `Text[^${2 * i + 1}].`, ' ')}\n\n${lines(N, (i) => `[^${i + 1}]: Note.`)}`],
  ];
  for (const [name, make] of cases) {
    it(name, known(name), () => {
      checkBounded(name, make());
    });
  }

  it('20,000 in reverse order, fixed (fixAll: the renumbering has 40,000 edits)', () => {
    const M = 20_000;
    const text = `${lines(M, (i) => `Text[^${M - i}].`, ' ')}\n\n${lines(M, (i) => `[^${i + 1}]: Note ${M - i}.`)}`;
    const fixed = bounded('fixAll', () => fixAll(text, undefined, 2));
    assert.ok(fixed.text.includes('Text[^1]. Text[^2]. Text[^3].'), fixed.text.slice(0, 300));
  });
});

describe('hostile drafts: structure', () => {
  it('10,000 Part headings in every style, checked and fixed', () => {
    const styles = [
      (i: number) => `## Part One: Summary ${i}`,
      (i: number) => `#### **Part Two: Overview ${i}**`,
      (i: number) => `**Part Three: Description ${i}**`,
      (i: number) => `Part 2: Analytical overview ${i}`,
      (i: number) => `I. Executive Summary ${i}`,
      (i: number) => `II. Part 3: Brief description of ${i}`,
      (i: number) => `PART ONE\n\nText ${i}`,
      (i: number) => `Part I: Executive Summary ${i}\n===`,
    ];
    const text = lines(10_000, (i) => `${at(styles, i % styles.length)(i)}\n\n(a) text ${i}`, '\n\n');
    const diagnostics = checkBounded('10,000 headings', text);
    assert.ok(diagnostics.some((d) => d.rule === 'part-duplicate'));
    bounded('fixAll of 10,000 headings', () => fixAll(text, undefined, 3));
  });

  it('10,000 plain Markdown headings', () => {
    checkBounded('headings', lines(10_000, (i) => `${'#'.repeat((i % 6) + 1)} Heading ${i} #`, '\n\n'));
  });

  for (const [name, text] of [
    ['block quotes nested 10,000 deep', `${'> '.repeat(10_000)}Part One: text`],
    ['lists nested 10,000 deep', `${'- '.repeat(10_000)}Part One: text`],
    ['ordered lists nested 10,000 deep', `${'1. '.repeat(10_000)}text`],
    ['quotes and lists alternating 10,000 deep', `${'> - '.repeat(10_000)}text`],
    ['3,000 lines, each quoted one level deeper', lines(3_000, (i) => `${'>'.repeat(i)} line`)],
    ['a list indented one more space per line, 3,000 lines', lines(3_000, (i) => `${' '.repeat(i)}- item ${i}`)],
    ['emphasis nested 10,000 deep', `${'**_'.repeat(10_000)}text${'_**'.repeat(10_000)}`],
    ['links nested 10,000 deep', `${'['.repeat(10_000)}text${'](#)'.repeat(10_000)}`],
    ['comments opened 10,000 times, never closed', '<!-- '.repeat(10_000)],
    ['fences opened on every line', lines(100_000, (i) => (i % 2 === 0 ? '```' : '~~~'))],
  ] as const) {
    it(name, () => {
      checkBounded(name, text);
    });
  }

  it('directives and diagnostics by the ten thousand', () => {
    const text = lines(20_000, (i) => `<!-- wsis-disable-next-line ${i % 2 === 0 ? 'link-empty-target' : 'footnote-undefined'} -->\nText ${i} [x](#) [^${i}]`, '\n\n');
    checkBounded('directives', `<!-- wsis-disable part-missing -->\n\n${text}\n\n<!-- wsis-enable -->`);
  });

  it('a draft of only <sup>', () => {
    checkBounded('<sup>', '<sup>'.repeat(200_000));
    checkBounded('<sup>1 unclosed', '<sup>1'.repeat(150_000));
    checkBounded('<sup>1</sup> on one line', '<sup>1</sup>'.repeat(80_000));
    checkBounded('<sup>1</sup> definitions', lines(50_000, () => '<sup>1</sup>'));
    checkBounded('</sup>', '</sup>'.repeat(150_000));
  });

  it('control characters, NUL, lone surrogates and mixed line breaks by the megabyte', () => {
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += String.fromCharCode(i % 0xffff) + ['\r', '\n', '\r\n', ''][i % 4];
    checkBounded('all code units', text);
    checkBounded('NUL', '\u0000'.repeat(1_000_000));
    checkBounded('CR', '\r'.repeat(1_000_000));
    checkBounded('lone high surrogates', '\ud83d'.repeat(500_000));
    checkBounded('emoji and combining marks', '👩‍💻e\u0301'.repeat(150_000));
  });
});

// Near misses, per regular expression (file: what), each about 200,000 characters or more.
const N = 200_000;
const NEAR_MISSES: [string, string][] = [
  // model/blocks.ts
  ['blocks FENCE: a 200,000-backtick fence and its closing regex', `${'`'.repeat(N)}\ncode\n${'`'.repeat(N - 1)}`],
  ['blocks FENCE: fences whose closing has text after it', lines(N / 5, () => '```a')],
  ['blocks ATX: # runs', `${'#'.repeat(N)} x`],
  ['blocks ATX closing: spaces inside a heading', `# a${' '.repeat(N)}b`],
  ['blocks ATX closing: " #" repeated', `# a${' #'.repeat(N / 2)} b`],
  ['blocks THEMATIC: "- " repeated then text', `${'- '.repeat(N / 2)}x`],
  ['blocks THEMATIC: "*" then text', `${'*'.repeat(N)}x`],
  ['blocks LIST_ITEM: digits', `${'1'.repeat(N)}. x`],
  ['blocks SETEXT: "=" run then text', `a\n${'='.repeat(N)}x`],
  ['blocks SETEXT: "-" run then text', `a\n${'-'.repeat(N)} x`],
  ['blocks BLANK: spaces then text', `${' \t'.repeat(N / 2)}x`],
  // model/inline.ts
  ['inline comments: <!-- repeated', '<!--'.repeat(N / 4)],
  ['inline comments: dashes', `<!--${'-'.repeat(N)}`],
  ['inline code spans: runs of every length, none closed', Array.from({ length: 600 }, (_, i) => '`'.repeat(i + 1)).join('x')],
  ['inline code spans: 250,000 of them (spread into push, they overflowed the stack)', '`a` '.repeat(250_000)],
  ['inline code spans: unmatched long runs, then many pairs', `${Array.from({ length: 400 }, (_, i) => '`'.repeat(i + 2)).join('x')}${' `a`'.repeat(N / 4)}`],
  ['inline LINK: [ repeated', `](\n\n${'['.repeat(N)}`],
  ['inline LINK: escaped brackets', `](\n\n[${'\\['.repeat(N / 2)}`],
  ['inline LINK: ]( repeated', '](('.repeat(N / 3)],
  ['inline LINK: spaces after ](', `[a](${' '.repeat(N)}x`],
  ['inline LINK: spaces after the target', `[a](b${' '.repeat(N)}x`],
  ['inline LINK: parentheses in the target', `[a](${'b('.repeat(N / 2)}`],
  ['inline LINK: <target never closed', `[a](<${'b'.repeat(N)}`],
  ['inline LINK: title never closed', `[a](b "${'x'.repeat(N)}`],
  ['inline LINK: images', '![a]('.repeat(N / 5)],
  ['inline URL_RE: http:// then dots', `http://${'.'.repeat(N)}`],
  ['inline URL_RE: www. repeated', 'www.'.repeat(N / 4)],
  ['inline URL_RE: closing parentheses', `http://a${')'.repeat(N)}`],
  ['inline URL_RE: http:// repeated', 'http://'.repeat(N / 7)],
  ['inline ACTION_LINE: C1 repeated', 'C1 '.repeat(N / 3)],
  ['inline ACTION_LINE: C and digits', `C${'1'.repeat(N)}`],
  ['inline ACTION_CONTEXT: "action" then spaces', `C99 action${' -'.repeat(N / 2)}`],
  // model/footnotes.ts
  ['footnotes HTML_SUP: <sup> then spaces', `<sup>${' '.repeat(N)}1`],
  ['footnotes UNICODE_SUP: one run of superscripts', `a${'¹'.repeat(N)}`],
  ['footnotes UNICODE_SUP: superscripts and spaces', '¹ '.repeat(N / 2)],
  ['footnotes MARKDOWN: [^ repeated', `${'[^'.repeat(N / 2)}]`],
  ['footnotes MARKDOWN: long label never closed', `[^${'a'.repeat(N)}`],
  ['footnotes MARKDOWN: references', '[^1]'.repeat(N / 4)],
  ['footnotes BARE: numbered lines', lines(N / 5, (i) => `${i % 1000} x`)],
  ['footnotes UNIT_BEFORE: km² repeated', 'km² '.repeat(N / 4)],
  // model/cover.ts, text/ordinals.ts
  ['cover COMMISSION_RE: near misses', `${'commission on science and technology for '.repeat(N / 40)}`],
  ['cover SESSION_RE: ordinal-like words', `Twenty-${'twenty-'.repeat(N / 7)} session`],
  ['cover SESSION_RE: dashes', `twenty${'-'.repeat(N)}x session`],
  ['cover SESSION_LOOSE_RE: words', `${'abcth '.repeat(N / 6)}x`],
  ['cover INPUT_SESSION_RE: (to the repeated', `This submission was prepared as an input ${'(to the '.repeat(N / 8)}`],
  ['cover DATES_RE: numbers and "to"', `Twenty-third session\n\n${'1 to '.repeat(N / 5)}`],
  ['cover TITLE_YEAR_RE: efforts in repeated', `Submissions from entities ${'efforts in '.repeat(N / 11)}`],
  ['cover SUBMITTER_RE: spaces after the label', `Submission by${' '.repeat(N)}:`],
  ['cover DISCLAIMER_RE: disclaimer repeated', 'disclaimer '.repeat(N / 11)],
  // text/normalize.ts
  ['normalize TAG: tags never closed', `COMMISSION ON SCIENCE ${'<a b'.repeat(N / 4)}`],
  ['normalize TAG: one long tag', `**COMMISSION <a${' b'.repeat(N / 2)}`],
  ['normalize: backslashes', `COMMISSION ${'\\'.repeat(N)}`],
  // text/diff.ts
  ['diff key: dots inside a disclaimer word', `DISCLAIMER: The views a${'.'.repeat(N)}a`],
  ['diff key: commas inside an input paragraph word', `This submission was prepared as an input a${','.repeat(N)}b`],
  ['diff key: brackets inside a title word', `Submissions from entities a${')'.repeat(N)}b`],
  ['diff key: quotes before a disclaimer word', `DISCLAIMER: ${'"'.repeat(N)}a`],
  // model/parts.ts, model/submission.ts
  ['parts PART_LABEL: Part repeated', 'Part '.repeat(N / 5)],
  ['parts PART_LABEL: Part One then separators', `Part One${' -'.repeat(N / 2)}`],
  ['parts TITLED: numerals and titles', `${'I. '.repeat(N / 3)}Executive Summary`],
  ['parts styleOf: bold never closed', `**Part One ${'a'.repeat(N)}`],
  ['parts styleOf: ** runs', `**Part One${' **'.repeat(N / 3)}x`],
  ['parts SUBSECTION: (a) repeated', `## Part Three: x\n\n${'(a) '.repeat(N / 4)}`],
  ['submission PART_PREFILTER: markers then no Part', `${'#*_> '.repeat(N / 5)}part`],
  // model/directives.ts
  ['directives DIRECTIVE: long rule list', `<!-- wsis-disable ${'a, '.repeat(N / 3)}-->`],
  ['directives KIND: long kind', `<!-- wsis kind: ${'a'.repeat(N)} x -->`],
  ['directives KIND: spaces', `<!-- wsis kind${' '.repeat(N)}x -->`],
  // rules/template-instructions.ts
  ['template-instructions: phrases repeated', '(half a page) '.repeat(N / 14)],
  [
    'template-instructions: placeholder paragraphs by the thousand',
    lines(8_000, () => 'An executive summary (half a page) of activities undertaken by all stakeholders, progress made, and any obstacles encountered.', '\n\n'),
  ],
  // rules/part-empty.ts, rules/cover-title.ts, rules/disclaimer.ts
  ['part-empty: bold subsection with spaces', `## Part Three: x\n\n**(a)${'** '.repeat(N / 3)}x`],
  ['cover-title: bold title with spaces', `**Submissions from entities in${' '.repeat(N)}x**`],
  ['disclaimer: label variants', `**DISCLAIMER**${':'.repeat(N)}`],
  // rules/link-empty-target.ts, rules/action-line-unknown.ts
  ['link-empty-target: escapes in link text', `[${'\\a'.repeat(N / 2)}](#)`],
  ['action-line-unknown: codes in an action line block', `action lines ${'C99 '.repeat(N / 4)}`],
];

describe('hostile drafts: near misses for every regular expression', () => {
  for (const [name, text] of NEAR_MISSES) {
    it(name, () => {
      checkBounded(name, text);
    });
  }

  it('parseSubmission alone survives them all together', () => {
    bounded('all near misses', () => parseSubmission(NEAR_MISSES.map(([, t]) => t).join('\n\n')), LIMIT_MS * 2);
  });
});

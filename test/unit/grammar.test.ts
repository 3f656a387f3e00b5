// The WSIS TextMate grammars, tokenized for real with vscode-textmate and vscode-oniguruma: the
// two injection grammars (syntaxes/wsis.injection.tmLanguage.json, wsis.inline-injection...)
// injected into VS Code's own Markdown grammar (text.html.markdown, shipped in the tm-grammars
// package, with the HTML grammars it includes), as VS Code injects them into every Markdown
// document; and the opt-in `wsis` language's grammar (wsis.tmLanguage.json), which is Markdown
// with the same injections. Also checks language-configuration.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import type { IGrammar, IRawGrammar, StateStack } from 'vscode-textmate';
import { at } from '../../server/src/engine/text/at';

const root = join(import.meta.dirname, '..', '..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const WSIS_SCOPE = 'text.html.markdown.wsis';
const WSIS_GRAMMAR_PATH = join(root, 'syntaxes', 'wsis.tmLanguage.json');
const MARKDOWN_SCOPE = 'text.html.markdown';
const INJECTION_SCOPE = 'markdown.wsis.injection';
const INJECTION_PATH = join(root, 'syntaxes', 'wsis.injection.tmLanguage.json');
const INLINE_INJECTION_SCOPE = 'markdown.wsis.inline-injection';
const INLINE_INJECTION_PATH = join(root, 'syntaxes', 'wsis.inline-injection.tmLanguage.json');

// Scope name -> grammar file. Grammars not listed here (CSS, JavaScript, the languages of
// fenced code blocks) are reported missing and vscode-textmate skips their includes.
const grammarFiles: Record<string, string> = {
  [WSIS_SCOPE]: WSIS_GRAMMAR_PATH,
  [INJECTION_SCOPE]: INJECTION_PATH,
  [INLINE_INJECTION_SCOPE]: INLINE_INJECTION_PATH,
  'text.html.markdown': requireFromRoot.resolve('tm-grammars/grammars/markdown.json'),
  'text.html.derivative': requireFromRoot.resolve('tm-grammars/grammars/html-derivative.json'),
  'text.html.basic': requireFromRoot.resolve('tm-grammars/grammars/html.json'),
};

interface Token {
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

/** Markdown with the WSIS injections, as VS Code tokenizes a draft (language `markdown`). */
let grammar: IGrammar;
/** The opt-in `wsis` language: Markdown with the same injections under its own root scope. */
let wsisGrammar: IGrammar;
/** Markdown alone. */
let markdownGrammar: IGrammar;

/** The injections package.json contributes (`injectTo`), as VS Code's grammar registry hands them out. */
function injectionsFor(scopeName: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { grammars: { scopeName: string; injectTo?: string[] }[] } };
  return pkg.contributes.grammars.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName);
}

before(async () => {
  const wasm = readFileSync(requireFromRoot.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = (injections: boolean) => new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: (scopeName: string): Promise<IRawGrammar | null> => {
      const path = grammarFiles[scopeName];
      return Promise.resolve(path === undefined ? null : vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path));
    },
    getInjections: (scopeName: string) => (injections ? injectionsFor(scopeName) : undefined),
  });
  const injected = await registry(true).loadGrammar(MARKDOWN_SCOPE);
  const wsis = await registry(true).loadGrammar(WSIS_SCOPE);
  const markdown = await registry(false).loadGrammar(MARKDOWN_SCOPE);
  assert.ok(injected, 'Markdown with the injections loads');
  assert.ok(wsis, 'the WSIS grammar loads');
  assert.ok(markdown, 'the Markdown grammar loads');
  grammar = injected;
  wsisGrammar = wsis;
  markdownGrammar = markdown;
});

/** Tokenizes a document line by line, carrying the rule stack over as VS Code does. */
function tokenize(text: string, g: IGrammar = grammar): Token[][] {
  let stack: StateStack = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const result = g.tokenizeLine(line, stack);
    assert.equal(result.stoppedEarly, false);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({
      start: t.startIndex,
      end: Math.min(t.endIndex, line.length),
      text: line.slice(t.startIndex, t.endIndex),
      scopes: t.scopes,
    }));
  });
}

/** The tokens of line `lineNo` that overlap the `occurrence`-th `needle` on that line. */
function tokensOf(doc: string, lineNo: number, needle: string, occurrence = 0): Token[] {
  const line = doc.split('\n')[lineNo];
  assert.ok(line !== undefined, `line ${lineNo} exists`);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = line.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) is on line ${lineNo}: ${line}`);
  }
  const end = at + needle.length;
  const tokens = (tokenize(doc)[lineNo] ?? []).filter((t) => t.start < end && t.end > at);
  assert.ok(tokens.length > 0, `tokens cover "${needle}"`);
  return tokens;
}

const matches = (scope: string, selector: string): boolean =>
  scope === selector || scope.startsWith(`${selector}.`);

/** Every token covering `needle` has a scope equal to or under each of `selectors`. */
function expectScopes(doc: string, lineNo: number, needle: string, selectors: string[], occurrence = 0): void {
  for (const t of tokensOf(doc, lineNo, needle, occurrence)) {
    for (const selector of selectors) {
      assert.ok(
        t.scopes.some((s) => matches(s, selector)),
        `"${t.text}" in "${needle}" should have ${selector}; has ${t.scopes.join(' ')}`,
      );
    }
  }
}

/** No token covering `needle` has a scope equal to or under any of `selectors`. */
function expectNoScopes(doc: string, lineNo: number, needle: string, selectors: string[], occurrence = 0): void {
  for (const t of tokensOf(doc, lineNo, needle, occurrence)) {
    for (const selector of selectors) {
      assert.ok(
        !t.scopes.some((s) => matches(s, selector)),
        `"${t.text}" in "${needle}" should not have ${selector}; has ${t.scopes.join(' ')}`,
      );
    }
  }
}

/** The WSIS scopes on a line, other than the root scope. */
function wsisScopesOfLine(doc: string, lineNo: number): string[] {
  const scopes = (tokenize(doc)[lineNo] ?? []).flatMap((t) => t.scopes.slice(1).filter((s) => s.endsWith('.wsis')));
  return [...new Set(scopes)];
}

const PART = 'markup.heading.part.wsis';
const SECTION = 'entity.name.section';
const FN_REF = 'markup.footnote.reference.wsis';
const FN_DEF = 'markup.footnote.definition.wsis';
const ACTION = 'constant.other.action-line.wsis';
const DISCLAIMER = 'markup.other.disclaimer.wsis';

describe('grammar file', () => {
  const raw = JSON.parse(readFileSync(INJECTION_PATH, 'utf8')) as { scopeName: string; injectionSelector: string; repository: unknown };
  const inline = JSON.parse(readFileSync(INLINE_INJECTION_PATH, 'utf8')) as { scopeName: string; injectionSelector: string; patterns: { include?: string }[] };
  const base = JSON.parse(readFileSync(WSIS_GRAMMAR_PATH, 'utf8')) as { scopeName: string; patterns: { include?: string }[] };

  test('the grammars are those package.json contributes: two injections into Markdown and the wsis language\'s', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      contributes: { grammars: { language?: string; scopeName: string; path: string; injectTo?: string[] }[] };
    };
    const contributed = pkg.contributes.grammars.find((g) => g.language === 'wsis');
    assert.ok(contributed);
    assert.equal(contributed.scopeName, WSIS_SCOPE);
    assert.equal(join(root, contributed.path), WSIS_GRAMMAR_PATH);
    assert.equal(base.scopeName, WSIS_SCOPE);
    assert.deepEqual(base.patterns, [{ include: MARKDOWN_SCOPE }]);
    for (const [scope, path, file] of [[INJECTION_SCOPE, INJECTION_PATH, raw], [INLINE_INJECTION_SCOPE, INLINE_INJECTION_PATH, inline]] as const) {
      const g = pkg.contributes.grammars.find((c) => c.scopeName === scope);
      assert.ok(g, scope);
      assert.equal(join(root, g.path), path);
      assert.equal(g.language, undefined, 'an injection belongs to no language');
      assert.deepEqual(g.injectTo, [MARKDOWN_SCOPE, WSIS_SCOPE]);
      assert.equal(file.scopeName, scope);
      assert.ok(file.injectionSelector.startsWith(`L:${MARKDOWN_SCOPE} - markup.fenced_code - markup.raw - markup.inline.raw - comment`), file.injectionSelector);
    }
    assert.deepEqual(inline.patterns, [{ include: `${INJECTION_SCOPE}#inline-level` }]);
  });

  test('every regular expression compiles with Oniguruma', () => {
    const regexes: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        node.forEach(walk);
      } else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') regexes.push(value);
          else walk(value);
        }
      }
    };
    walk(raw);
    assert.ok(regexes.length > 10);
    for (const source of regexes) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), source);
    }
  });
});

describe('Markdown highlighting is kept', () => {
  const doc = [
    '# A heading',
    'Some **bold**, *italic* and [a link](https://example.org) and `code`.',
    '- a list item',
    '> a quote',
  ].join('\n');

  test('headings, emphasis, links, code, lists and quotes have their Markdown scopes', () => {
    expectScopes(doc, 0, 'A heading', ['markup.heading.markdown', 'entity.name.section.markdown']);
    expectScopes(doc, 0, '#', ['punctuation.definition.heading.markdown']);
    expectScopes(doc, 1, 'bold', ['markup.bold.markdown']);
    expectScopes(doc, 1, 'italic', ['markup.italic.markdown']);
    expectScopes(doc, 1, 'a link', ['meta.link.inline.markdown', 'string.other.link.title.markdown']);
    expectScopes(doc, 1, 'https://example.org', ['markup.underline.link.markdown']);
    expectScopes(doc, 1, 'code', ['markup.inline.raw.string.markdown']);
    expectScopes(doc, 2, 'a list item', ['markup.list.unnumbered.markdown']);
    expectScopes(doc, 3, 'a quote', ['markup.quote.markdown']);
  });

  test('a plain Markdown line tokenizes exactly as with the Markdown grammar alone', () => {
    const line = 'Some **bold**, *italic* and [a link](https://example.org) and `code`.';
    const ours = tokenize(line)[0] ?? [];
    const theirs = tokenize(line, markdownGrammar)[0] ?? [];
    assert.deepEqual(ours, theirs);
    assert.equal(ours[0]?.scopes[0], MARKDOWN_SCOPE);
  });

  test('the wsis language tokenizes as Markdown with the injections, under its own root scope', () => {
    const doc = ['## Part One: An executive summary', 'Text with a note.[^1] and C7 here.', '', '[^1]: A source.'].join('\n');
    const ours = tokenize(doc);
    const wsis = tokenize(doc, wsisGrammar);
    assert.deepEqual(
      wsis.map((line) => line.map((t) => [t.start, t.scopes.slice(1)])),
      ours.map((line) => line.map((t) => [t.start, t.scopes.slice(1)])),
    );
    assert.ok(wsis.every((line) => line.every((t) => t.scopes[0] === WSIS_SCOPE)));
    assert.ok(at(wsis, 0).some((t) => t.scopes.includes('markup.heading.part.wsis')));
  });
});

describe('Part headings', () => {
  const headings: [string, string][] = [
    ['## Part One: An executive summary', 'Part One'],
    ['#### **Part One: An executive summary of activities undertaken by all stakeholders.**', 'Part One'],
    ['### **Part Three: A brief description of:**', 'Part Three'],
    ['**Part Two: A brief analytical overview**', 'Part Two'],
    ['Part 2: Analytical overview', 'Part 2'],
    ['Part I', 'Part I'],
    ['Part I: Executive Summary', 'Executive Summary'],
    ['PART ONE', 'PART ONE'],
    ['Part Three – A brief description', 'Part Three'],
    ['I. Executive Summary', 'Executive Summary'],
    ['II. Part 3: Brief description of innovative policies, programmes and projects', 'Part 3'],
    ['  Part Two. Analytical overview', 'Part Two'],
  ];

  for (const [line, label] of headings) {
    test(`"${line}" is a Part heading`, () => {
      expectScopes(line, 0, label, [PART, SECTION]);
      expectScopes(line, 0, line.trim(), [PART]);
    });
  }

  test('an ATX Part heading keeps the Markdown heading scopes', () => {
    const line = '#### **Part One: An executive summary**';
    expectScopes(line, 0, '####', [PART, 'markup.heading.markdown', 'punctuation.definition.heading.markdown']);
    expectScopes(line, 0, 'Part One', [PART, 'markup.heading.markdown', 'entity.name.section.markdown', 'markup.bold.markdown']);
  });

  test('a bold Part heading keeps the bold scopes', () => {
    const line = '**Part Two: A brief analytical overview**';
    expectScopes(line, 0, '**', [PART, 'markup.bold.markdown', 'punctuation.definition.bold.markdown']);
    expectScopes(line, 0, 'A brief analytical overview', [PART, 'entity.name.section.part.wsis', 'markup.bold.markdown']);
  });

  const notHeadings = [
    'This is part of the work the Internet Society does.',
    'Part of the work was done in 2019.',
    'Part two of the programme was held online.',
    'As part of Part Two, the IGF reported on its intersessional work.',
    'I. INTRODUCTION',
    'Partners: One Laptop per Child',
  ];
  for (const line of notHeadings) {
    test(`"${line}" is not a Part heading`, () => {
      expectNoScopes(line, 0, line, [PART]);
    });
  }

  test('the word "part" in the middle of a sentence is not a heading', () => {
    const line = 'The report, in part, covers Part One and Part 2.';
    expectNoScopes(line, 0, 'part', [PART]);
    expectNoScopes(line, 0, 'Part One', [PART]);
    expectScopes(line, 0, 'covers', ['meta.paragraph.markdown']);
  });

  test('a Part heading inside a fenced code block is not a heading', () => {
    const doc = '```\n## Part One: An executive summary\n```';
    expectNoScopes(doc, 1, 'Part One', [PART, 'markup.heading.markdown']);
  });

  test('the line after a Part heading is ordinary text again', () => {
    const doc = '**Part Two: A brief analytical overview\nThe IGF has strived to build on progress.';
    expectScopes(doc, 0, 'Part Two', [PART]);
    assert.deepEqual(wsisScopesOfLine(doc, 1), []);
    expectScopes(doc, 1, 'The IGF', ['meta.paragraph.markdown']);
  });
});

describe("Part Three's subsections", () => {
  test('(a) and (b) are subsection markers in a heading, a bold paragraph and a plain line', () => {
    const doc = [
      '### (a) Innovative policies, programmes and projects',
      '**(b) Future actions or initiatives to be taken, regionally and/or internationally.**',
      '(a) Innovative **policies** and [projects](https://example.org)',
    ].join('\n');
    expectScopes(doc, 0, '(a)', ['markup.heading.subsection.wsis', 'markup.heading.markdown']);
    expectScopes(doc, 0, 'a', ['constant.other.subsection.wsis']);
    expectScopes(doc, 1, '(b)', ['markup.heading.subsection.wsis', 'markup.bold.markdown']);
    expectScopes(doc, 1, 'Future actions', ['markup.bold.markdown']);
    expectScopes(doc, 2, '(a)', ['markup.heading.subsection.wsis']);
    // The rest of the line keeps its Markdown highlighting.
    expectScopes(doc, 2, 'policies', ['markup.bold.markdown']);
    expectScopes(doc, 2, 'https://example.org', ['markup.underline.link.markdown']);
  });

  test('(a) in the middle of a sentence, and (c), are not subsection markers', () => {
    const doc = 'As described in (a) above.\n(c) Other matters';
    expectNoScopes(doc, 0, '(a)', ['markup.heading.subsection.wsis']);
    expectNoScopes(doc, 1, '(c)', ['markup.heading.subsection.wsis']);
  });
});

describe('the disclaimer', () => {
  const text =
    "The views presented here are the contributors' and do not necessarily reflect the views and position of the United Nations or the United Nations Conference on Trade and Development.";

  test('plain DISCLAIMER: starts the disclaimer paragraph', () => {
    const doc = `DISCLAIMER: ${text}`;
    expectScopes(doc, 0, 'DISCLAIMER:', [DISCLAIMER, 'meta.disclaimer.wsis']);
    expectNoScopes(doc, 0, 'The views', [DISCLAIMER]);
    expectScopes(doc, 0, 'The views', ['meta.disclaimer.wsis']);
  });

  test('bold **DISCLAIMER:** keeps the bold scopes', () => {
    const doc = `**DISCLAIMER:** ${text}`;
    expectScopes(doc, 0, 'DISCLAIMER:', [DISCLAIMER, 'markup.bold.markdown']);
    expectScopes(doc, 0, '**', ['punctuation.definition.bold.markdown']);
    expectNoScopes(doc, 0, 'The views', [DISCLAIMER, 'markup.bold.markdown']);
  });

  test('"disclaimer" in the middle of a sentence is not the disclaimer', () => {
    const doc = 'We read the disclaimer: it is fine.';
    expectNoScopes(doc, 0, 'disclaimer:', [DISCLAIMER]);
  });
});

describe('the cover block', () => {
  const cover = [
    '**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT', // 0
    '(CSTD)**', // 1
    '**Twenty-third session', // 2
    'Geneva, 23 to 27 March 2020**', // 3
    '**Submissions from entities in the United Nations system, international', // 4
    'organizations and other stakeholders on their efforts in 2019 to', // 5
    '**Submission by**', // 6
    'This submission was prepared as an input to the report of the UN Secretary-General (to the 23<sup>rd</sup> session of the CSTD), in response', // 7
    '23rd session', // 8
    'Statement submitted by', // 9
    'Submitted by: Internet Society', // 10
    '**UNITED NATIONS COMMISSION ON SCIENCE AND TECHNOLOGY', // 11
    'FOR DEVELOPMENT (CSTD), twenty-third session (virtual meeting)', // 12
    '**Working Group on Enhanced Cooperation**', // 13
  ].join('\n');

  test('the commission line, also when it wraps', () => {
    expectScopes(cover, 0, 'COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT', ['meta.cover.commission.wsis']);
    expectScopes(cover, 1, '(CSTD)', ['meta.cover.commission.wsis']);
    expectScopes(cover, 11, 'UNITED NATIONS COMMISSION', ['meta.cover.commission.wsis']);
  });

  test('the session, written out or as a number, and the venue and dates', () => {
    expectScopes(cover, 2, 'Twenty-third session', ['meta.cover.session.wsis']);
    expectScopes(cover, 8, '23rd session', ['meta.cover.session.wsis']);
    expectScopes(cover, 12, 'twenty-third session', ['meta.cover.session.wsis', 'meta.cover.commission.wsis']);
    expectNoScopes(cover, 12, '(virtual meeting)', ['meta.cover.session.wsis']);
    expectScopes(cover, 3, 'Geneva, 23 to 27 March 2020', ['meta.cover.venue.wsis']);
  });

  test('the title and the year of its "efforts in YEAR"', () => {
    expectScopes(cover, 4, 'Submissions from entities', ['meta.cover.title.wsis']);
    expectScopes(cover, 5, 'their efforts in', ['meta.cover.title.efforts.wsis']);
    expectScopes(cover, 5, '2019', ['constant.numeric.year.wsis']);
    expectNoScopes(cover, 5, 'organizations', ['meta.cover']);
    expectScopes(cover, 13, 'Working Group on Enhanced Cooperation', ['meta.cover.title.wsis', 'markup.bold.markdown']);
  });

  test('"Submission by", "Statement submitted by" and "Submitted by"', () => {
    expectScopes(cover, 6, 'Submission by', ['meta.cover.submitter.wsis', 'keyword.other.submitter.wsis', 'markup.bold.markdown']);
    expectScopes(cover, 9, 'Statement submitted by', ['meta.cover.submitter.wsis', 'keyword.other.submitter.wsis']);
    expectScopes(cover, 10, 'Submitted by:', ['meta.cover.submitter.wsis', 'keyword.other.submitter.wsis']);
    expectNoScopes(cover, 10, 'Internet Society', ['keyword.other.submitter.wsis']);
  });

  test("the input paragraph's start, with the rest of the line still Markdown and HTML", () => {
    expectScopes(cover, 7, 'This submission was prepared as an input', ['meta.cover.input.wsis']);
    expectScopes(cover, 7, 'sup', ['meta.cover.input.wsis', 'entity.name.tag.html']);
    expectNoScopes(cover, 7, '<sup>rd</sup>', [FN_REF, FN_DEF]);
  });

  test('the same words in running text are not cover fields', () => {
    const doc = 'We inform the Commission on Science and Technology for Development at its 23rd session, as submitted by us.';
    assert.deepEqual(wsisScopesOfLine(doc, 0), []);
  });
});

describe('footnotes', () => {
  test('<sup>N</sup>: a reference in the text and a definition at the start of a line', () => {
    const doc = [
      'digital divide in Africa<sup>8</sup>. And once more<sup>9</sup>',
      '<sup>8</sup> See: <https://example.org/report>',
      '   <sup>9</sup>Internet Society (2018)',
    ].join('\n');
    expectScopes(doc, 0, '<sup>8</sup>', [FN_REF]);
    expectScopes(doc, 0, '8', ['constant.numeric.footnote.wsis']);
    expectScopes(doc, 0, 'sup', ['entity.name.tag.html']);
    expectScopes(doc, 0, '<sup>9</sup>', [FN_REF]);
    expectNoScopes(doc, 0, 'Africa', [FN_REF]);
    expectScopes(doc, 1, '<sup>8</sup>', [FN_DEF]);
    expectNoScopes(doc, 1, '<sup>8</sup>', [FN_REF]);
    // The rest of a definition line keeps the Markdown autolink.
    expectScopes(doc, 1, 'https://example.org/report', ['markup.underline.link.markdown']);
    expectScopes(doc, 2, '<sup>9</sup>', [FN_DEF]);
  });

  test('ordinals such as 23<sup>rd</sup> are not footnotes', () => {
    const doc = 'to the 23<sup>rd</sup> session and the 1<sup>st</sup> meeting\n<sup>th</sup> line';
    expectNoScopes(doc, 0, '<sup>rd</sup>', [FN_REF, FN_DEF]);
    expectNoScopes(doc, 0, '<sup>st</sup>', [FN_REF, FN_DEF]);
    expectScopes(doc, 0, 'sup', ['entity.name.tag.html']);
    expectNoScopes(doc, 1, '<sup>th</sup>', [FN_REF, FN_DEF]);
  });

  test('Unicode superscripts: a reference after a word, a definition at the start of a line', () => {
    const doc = [
      'renewal of the mandate by the UN General Assembly¹. From 142 countries² and “quoted”¹²',
      '¹ http://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/70/125',
      '¹²³ <https://www.intgovforum.org/>',
    ].join('\n');
    expectScopes(doc, 0, '¹', [FN_REF, 'constant.numeric.footnote.wsis']);
    expectScopes(doc, 0, '²', [FN_REF]);
    expectScopes(doc, 0, '¹²', [FN_REF]);
    expectScopes(doc, 1, '¹', [FN_DEF]);
    expectNoScopes(doc, 1, '¹', [FN_REF]);
    expectScopes(doc, 2, '¹²³', [FN_DEF]);
  });

  test('superscript powers and units are not footnotes, nor a superscript without a space at line start', () => {
    const doc = 'An area of 5 km² and 10² users.\n¹http://example.org';
    expectNoScopes(doc, 0, '²', [FN_REF]);
    expectNoScopes(doc, 0, '²', [FN_REF], 1);
    expectNoScopes(doc, 1, '¹', [FN_DEF]);
  });

  test('Markdown footnotes: [^1] and [^1]:', () => {
    const doc = ['As noted[^1] and elsewhere [^note].', '[^1]: The definition, with **bold**.', '[^note]: Another one.'].join('\n');
    expectScopes(doc, 0, '[^1]', [FN_REF]);
    expectScopes(doc, 0, '1', ['constant.numeric.footnote.wsis']);
    expectScopes(doc, 0, '[^note]', [FN_REF]);
    expectScopes(doc, 1, '[^1]:', [FN_DEF]);
    expectNoScopes(doc, 1, '[^1]:', [FN_REF, 'meta.link.reference.def.markdown']);
    expectScopes(doc, 1, 'bold', ['markup.bold.markdown']);
    expectScopes(doc, 2, '[^note]:', [FN_DEF]);
  });

  test('footnote markers in code are not footnotes', () => {
    const doc = 'Inline `a<sup>1</sup> b[^1]` code.\n```\n<sup>1</sup> text[^2]\n```';
    expectNoScopes(doc, 0, '<sup>1</sup>', [FN_REF, FN_DEF]);
    expectNoScopes(doc, 0, '[^1]', [FN_REF]);
    assert.deepEqual(wsisScopesOfLine(doc, 2), []);
  });
});

describe('WSIS action lines', () => {
  test('C1 to C11 as whole words', () => {
    const doc = 'Action lines C1, C7 and C11 (C3-C5) and **C9**.';
    for (const code of ['C1', 'C7', 'C11', 'C3', 'C5']) expectScopes(doc, 0, code, [ACTION]);
    expectScopes(doc, 0, 'C9', [ACTION, 'markup.bold.markdown']);
    expectNoScopes(doc, 0, 'Action lines', [ACTION]);
  });

  test('C12, ABC1, C1x, C0 and lower-case c1 are not action lines', () => {
    const doc = 'C12 and ABC1 and C1x and C0 and c1 and C1.2';
    for (const word of ['C12', 'ABC1', 'C1x', 'C0', 'c1', 'C1.2']) expectNoScopes(doc, 0, word, [ACTION]);
  });

  test('action lines in headings, and not in URLs or code', () => {
    const doc = '## Action line C7: e-health\nSee https://example.org/C1 and [C2](https://example.org/C3) and `C4`.\n```\nC5\n```';
    expectScopes(doc, 0, 'C7', [ACTION, 'markup.heading.markdown']);
    expectNoScopes(doc, 1, 'C1', [ACTION]);
    expectScopes(doc, 1, 'C2', [ACTION, 'string.other.link.title.markdown']);
    expectNoScopes(doc, 1, 'C3', [ACTION]);
    expectNoScopes(doc, 1, 'C4', [ACTION]);
    expectNoScopes(doc, 3, 'C5', [ACTION]);
  });
});

describe('robustness', () => {
  test('a whole cover and body tokenize with each construct found once', () => {
    const doc = [
      '**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)**',
      '',
      '**Twenty-ninth session**',
      '',
      '**Submission by**',
      '',
      'Internet Society',
      '',
      '**DISCLAIMER:** The views presented here.',
      '',
      '## Part One: An executive summary',
      '',
      'Work on C5 continued<sup>1</sup>.',
      '',
      '<sup>1</sup> A source.',
    ].join('\n');
    const all = tokenize(doc).flat();
    const count = (scope: string): number =>
      all.filter((t, i) => t.scopes.includes(scope) && !(all[i - 1]?.scopes.includes(scope) ?? false)).length;
    assert.equal(count('meta.cover.commission.wsis'), 1);
    assert.equal(count('meta.cover.session.wsis'), 1);
    assert.equal(count('keyword.other.submitter.wsis'), 1);
    assert.equal(count(DISCLAIMER), 1);
    assert.equal(count(PART), 1);
    assert.equal(count(ACTION), 1);
    assert.equal(count(FN_REF), 1);
    assert.equal(count(FN_DEF), 1);
  });

  test('long adversarial lines tokenize quickly (no catastrophic backtracking)', () => {
    const n = 4000;
    const lines = [
      '¹'.repeat(n),
      'a¹'.repeat(n / 2),
      '*'.repeat(n),
      ' '.repeat(n) + 'x',
      '\t'.repeat(n),
      '<sup>'.repeat(n / 5),
      'a<sup>1'.repeat(n / 7),
      '[^'.repeat(n / 2),
      'C1 '.repeat(n / 3),
      'session '.repeat(n / 8),
      '(CSTD), '.repeat(n / 8),
      'Part One '.repeat(n / 9),
      '**Part One' + ' part'.repeat(n / 5),
      'IIII. '.repeat(n / 6),
      '(a)'.repeat(n / 3),
      'on their efforts in '.repeat(n / 20),
      'Geneva, 1' + ' 2'.repeat(n / 2),
    ];
    for (const line of lines) {
      const started = performance.now();
      const result = grammar.tokenizeLine(line, vsctm.INITIAL);
      const elapsed = performance.now() - started;
      assert.equal(result.stoppedEarly, false);
      assert.ok(elapsed < 2000, `${JSON.stringify(line.slice(0, 20))}... took ${elapsed.toFixed(0)} ms`);
    }
  });
});

describe('language-configuration.json', () => {
  interface LanguageConfiguration {
    comments: { blockComment: [string, string] };
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string }[];
    surroundingPairs: [string, string][];
    folding: { markers: { start: string; end: string } };
    wordPattern: { pattern: string; flags: string };
  }
  const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

  test('is the configuration package.json contributes for wsis', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      contributes: { languages: { id: string; configuration: string }[] };
    };
    const wsis = pkg.contributes.languages.find((l) => l.id === 'wsis');
    assert.equal(join(root, wsis?.configuration ?? ''), join(root, 'language-configuration.json'));
  });

  test('HTML comments, brackets and pairs', () => {
    assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
    assert.deepEqual(config.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
    for (const [open, close] of config.brackets) {
      assert.ok(config.autoClosingPairs.some((p) => p.open === open && p.close === close));
      assert.ok(config.surroundingPairs.some(([o, c]) => o === open && c === close));
    }
    assert.ok(config.surroundingPairs.some(([o, c]) => o === '*' && c === '*'));
  });

  test('region folding markers', () => {
    const start = new RegExp(config.folding.markers.start);
    const end = new RegExp(config.folding.markers.end);
    assert.ok(start.test('<!-- #region Cover block -->'));
    assert.ok(start.test('  <!-- region -->'));
    assert.ok(end.test('<!-- #endregion -->'));
    assert.ok(!start.test('<!-- #endregion -->'));
    assert.ok(!start.test('Some <!-- #region --> text'));
  });

  test('the word pattern suits prose', () => {
    const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
    const words = (text: string): string[] => text.match(word) ?? [];
    assert.deepEqual(words('The Twenty-third session, e-government and the contributors’ views'), [
      'The',
      'Twenty-third',
      'session',
      'e-government',
      'and',
      'the',
      'contributors',
      'views',
    ]);
    assert.deepEqual(words("don't stop at Assembly¹ or l’Union"), ["don't", 'stop', 'at', 'Assembly', 'or', 'l’Union']);
    assert.deepEqual(words('2030 Agenda, C11, Société'), ['2030', 'Agenda', 'C11', 'Société']);
    assert.equal(word.test(''), false);
  });
});

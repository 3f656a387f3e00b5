// The snippets in snippets/wsis.code-snippets and those the server writes for the date: well-formed VS Code snippet syntax, and a new
// submission that carries the template's cover, input paragraph, disclaimer and Parts word for word.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { datedSnippets } from '../../server/src/engine/dated-snippets';
import { DISCLAIMER, INPUT_PARAGRAPH, PART_DESCRIPTIONS, SUBSECTION_DESCRIPTIONS } from '../../server/src/engine/template';

const root = join(import.meta.dirname, '..', '..');
const SNIPPETS_PATH = join(root, 'snippets', 'wsis.code-snippets');

// ---- The template's texts, from the engine (test/unit/template.test.ts holds them to published submissions) ----
const inputParagraph = (session: string): string => INPUT_PARAGRAPH.replace('{session}', session);
const [PART_ONE_TEXT, PART_TWO_TEXT] = PART_DESCRIPTIONS;
const PART_THREE_A_TEXT = SUBSECTION_DESCRIPTIONS.a;
const PART_THREE_B_TEXT = SUBSECTION_DESCRIPTIONS.b;

// ---- A parser for VS Code's snippet syntax ----
// any ::= tabstop | placeholder | choice | variable | text
// tabstop ::= '$' int | '${' int '}'        placeholder ::= '${' int ':' any '}'
// choice ::= '${' int '|' text (',' text)* '|}'
// variable ::= '$' var | '${' var '}' | '${' var ':' any '}'
// In text, \$ \} and \\ are escapes; in a choice, \, \| and \\. Transforms are not used here.
type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: SnippetNode[] | null };

// Variables VS Code resolves (https://code.visualstudio.com/docs/editor/userdefinedsnippets#_variables).
const KNOWN_VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME',
  'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH',
  'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET',
  'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

class SnippetSyntaxError extends Error {}

function parseSnippet(source: string): SnippetNode[] {
  let pos = 0;
  const fail = (message: string): never => {
    throw new SnippetSyntaxError(`${message} at ${pos}: ${JSON.stringify(source.slice(Math.max(0, pos - 20), pos + 20))}`);
  };
  const readInt = (): number | null => {
    const m = /^[0-9]+/.exec(source.slice(pos));
    if (!m) return null;
    pos += m[0].length;
    return Number(m[0]);
  };
  const readVar = (): string | null => {
    const m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(source.slice(pos));
    if (!m) return null;
    pos += m[0].length;
    return m[0];
  };
  const expect = (ch: string): void => {
    if (source[pos] !== ch) fail(`expected "${ch}"`);
    pos++;
  };

  // Parses nodes until end of input (nested = false) or an unescaped "}" (nested = true).
  const parseAny = (nested: boolean): SnippetNode[] => {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (pos < source.length) {
      const ch = source[pos] ?? '';
      if (ch === '\\' && ['$', '}', '\\'].includes(source[pos + 1] ?? '')) {
        text += source[pos + 1];
        pos += 2;
      } else if (ch === '}') {
        if (!nested) fail('unbalanced "}" (escape it as \\})');
        flush();
        return nodes;
      } else if (ch === '$') {
        flush();
        nodes.push(parseDollar());
      } else {
        text += ch;
        pos++;
      }
    }
    if (nested) fail('unclosed "${"');
    flush();
    return nodes;
  };

  const parseDollar = (): SnippetNode => {
    pos++; // $
    if (source[pos] !== '{') {
      const index = readInt();
      if (index !== null) return { kind: 'tabstop', index };
      const name = readVar();
      if (name !== null) return { kind: 'variable', name, children: null };
      return fail('"$" that starts neither a tab stop nor a variable (escape it as \\$)');
    }
    pos++; // {
    const index = readInt();
    if (index !== null) {
      const next = source[pos];
      if (next === '}') {
        pos++;
        return { kind: 'tabstop', index };
      }
      if (next === ':') {
        pos++;
        const children = parseAny(true);
        expect('}');
        return { kind: 'placeholder', index, children };
      }
      if (next === '|') {
        pos++;
        const options: string[] = [];
        let option = '';
        for (;;) {
          const ch = source[pos];
          if (ch === undefined) return fail('unclosed choice');
          if (ch === '\\' && [',', '|', '\\'].includes(source[pos + 1] ?? '')) {
            option += source[pos + 1];
            pos += 2;
          } else if (ch === ',') {
            options.push(option);
            option = '';
            pos++;
          } else if (ch === '|') {
            options.push(option);
            pos++;
            expect('}');
            if (options.some((o) => o === '')) fail('empty choice option');
            return { kind: 'choice', index, options };
          } else {
            option += ch;
            pos++;
          }
        }
      }
      return fail('expected "}", ":" or "|" after the tab stop number');
    }
    const name = readVar();
    if (name === null) return fail('"${" needs a tab stop number or a variable name');
    if (source[pos] === '}') {
      pos++;
      return { kind: 'variable', name, children: null };
    }
    if (source[pos] === ':') {
      pos++;
      const children = parseAny(true);
      expect('}');
      return { kind: 'variable', name, children };
    }
    return fail('expected "}" or ":" after the variable name (transforms are not used here)');
  };

  const nodes = parseAny(false);
  assert.equal(pos, source.length);
  return nodes;
}

function* walk(nodes: SnippetNode[]): Generator<SnippetNode> {
  for (const node of nodes) {
    yield node;
    if (node.kind === 'placeholder') yield* walk(node.children);
    if (node.kind === 'variable' && node.children) yield* walk(node.children);
  }
}

/** The text the snippet inserts when every placeholder keeps its default value. */
function renderDefaults(nodes: SnippetNode[]): string {
  const defaults = new Map<number, string>();
  const render = (list: SnippetNode[]): string =>
    list
      .map((node): string => {
        switch (node.kind) {
          case 'text':
            return node.value;
          case 'placeholder': {
            const value = render(node.children);
            defaults.set(node.index, value);
            return value;
          }
          case 'choice': {
            const value = node.options[0] ?? '';
            defaults.set(node.index, value);
            return value;
          }
          case 'tabstop':
            return defaults.get(node.index) ?? '';
          case 'variable':
            return node.children ? render(node.children) : '';
        }
        return '';
      })
      .join('');
  // Mirrors ($6 after ${6:...}) take the placeholder's value: render twice so that a mirror
  // before its placeholder is filled too.
  render(nodes);
  return render(nodes);
}

// ---- The snippets file ----
interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const bodyOf = (s: Snippet): string => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixesOf = (s: Snippet): string[] => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);
const raw = readFileSync(SNIPPETS_PATH, 'utf8');
/**
 * The file's snippets and those the language server writes for the date (dated-snippets.ts:
 * wsis-submission, wsis-new, wsis-statement, wsis-input), here for a fixed date in the run-up to
 * the 29th session; dated-snippets.test.ts follows them through the calendar.
 */
const snippets = JSON.parse(raw) as Record<string, Snippet>;
for (const d of datedSnippets(new Date('2025-12-01T12:00:00Z'))) {
  const same = snippets[d.name];
  if (same !== undefined) same.prefix = [...prefixesOf(same), d.prefix];
  else snippets[d.name] = { prefix: [d.prefix], body: d.body, description: d.description };
}

function byPrefix(prefix: string): Snippet {
  const found = Object.values(snippets).filter((s) => prefixesOf(s).includes(prefix));
  assert.equal(found.length, 1, `exactly one snippet has the prefix ${prefix}`);
  return found[0]!;
}
const rendered = (prefix: string): string => renderDefaults(parseSnippet(bodyOf(byPrefix(prefix))));

describe('the snippet syntax checker itself', () => {
  test('accepts tab stops, placeholders, nested placeholders, choices, mirrors, variables and escapes', () => {
    const nodes = parseSnippet('a $1 ${2} ${3:x ${4:y}} ${5|one,t\\,wo|} $3 ${CURRENT_YEAR} \\$ \\} $0');
    assert.equal(renderDefaults(nodes), 'a   x y one x y  $ } ');
  });

  for (const bad of ['${1:unclosed', 'stray }', '${1|a,b}', '$', '${:x}', '${1x}', '${1|a,,b|}', 'a $ b']) {
    test(`rejects ${JSON.stringify(bad)}`, () => {
      assert.throws(() => parseSnippet(bad), SnippetSyntaxError);
    });
  }
});

describe('snippets/wsis.code-snippets', () => {
  test('parses as JSON with at least the required snippets', () => {
    assert.ok(Object.keys(snippets).length >= 11);
    for (const prefix of [
      'wsis-submission', 'wsis-statement', 'wsis-wgec', 'wsis-part-one', 'wsis-part-two', 'wsis-part-three',
      'wsis-disclaimer', 'wsis-input', 'wsis-footnote-md', 'wsis-footnote-sup', 'wsis-footnote-unicode',
    ]) {
      byPrefix(prefix);
    }
  });

  test('every snippet has a prefix, a body and a description', () => {
    const seen = new Set<string>();
    for (const [name, snippet] of Object.entries(snippets)) {
      const prefixes = prefixesOf(snippet);
      assert.ok(prefixes.length > 0, `${name}: prefix`);
      for (const prefix of prefixes) {
        assert.match(prefix, /^wsis-[a-z]+(?:-[a-z]+)*$/, `${name}: prefix ${prefix}`);
        assert.ok(!seen.has(prefix), `${name}: prefix ${prefix} is used once`);
        seen.add(prefix);
      }
      const body = snippet.body;
      assert.ok(
        typeof body === 'string' || (Array.isArray(body) && body.length > 0 && body.every((l) => typeof l === 'string')),
        `${name}: body is a string or an array of strings`,
      );
      assert.ok(bodyOf(snippet).trim().length > 0, `${name}: body is not empty`);
      assert.equal(typeof snippet.description, 'string', `${name}: description`);
      assert.ok(snippet.description.length > 20, `${name}: description says something`);
      assert.deepEqual(
        Object.keys(snippet).filter((k) => !['prefix', 'body', 'description', 'scope'].includes(k)),
        [],
        `${name}: no unknown keys`,
      );
    }
  });

  test('every body is well-formed snippet syntax with consistent, numbered tab stops', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const nodes = [...walk(parseSnippet(bodyOf(snippet)))];
      const defaults = new Map<number, Set<string>>();
      const indexes = new Set<number>();
      let finals = 0;
      for (const node of nodes) {
        if (node.kind === 'variable') assert.ok(KNOWN_VARIABLES.has(node.name), `${name}: unknown variable $${node.name}`);
        if (node.kind === 'tabstop' || node.kind === 'placeholder' || node.kind === 'choice') {
          if (node.index === 0) {
            assert.equal(node.kind, 'tabstop', `${name}: $0 is the final cursor position, not a placeholder`);
            finals++;
          } else {
            indexes.add(node.index);
          }
        }
        if (node.kind === 'placeholder' || node.kind === 'choice') {
          const value = node.kind === 'choice' ? node.options.join('|') : renderDefaults(node.children);
          assert.ok(value.trim().length > 0, `${name}: placeholder ${node.index} has a default value`);
          defaults.set(node.index, (defaults.get(node.index) ?? new Set<string>()).add(value));
        }
      }
      assert.ok(finals <= 1, `${name}: at most one $0`);
      for (const [index, values] of defaults) {
        assert.equal(values.size, 1, `${name}: placeholder ${index} has one default value`);
      }
      const sorted = [...indexes].sort((a, b) => a - b);
      assert.deepEqual(sorted, sorted.map((_, i) => i + 1), `${name}: tab stops are numbered 1, 2, 3 ... without gaps`);
    }
  });

  test('the body text is plain: no tab characters, no trailing spaces, no Windows line ends', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      for (const line of bodyOf(snippet).split('\n')) {
        assert.ok(!/\t|\r| $/.test(line), `${name}: ${JSON.stringify(line)}`);
      }
    }
  });
});

describe('wsis-submission', () => {
  const text = rendered('wsis-submission');
  const lines = text.split('\n');
  const lineIndex = (predicate: (line: string) => boolean, what: string): number => {
    const i = lines.findIndex(predicate);
    assert.ok(i >= 0, `the submission has ${what}`);
    return i;
  };

  test('contains the exact disclaimer and input paragraph of the template', () => {
    assert.ok(lines.includes(DISCLAIMER), 'the disclaimer, on a line of its own');
    assert.ok(lines.includes(inputParagraph('29th')), 'the input paragraph for the 29th session');
  });

  test('the cover block comes in the order of the template, each line bold', () => {
    const commission = lineIndex((l) => l === '**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)**', 'the commission');
    const session = lineIndex((l) => l === '**Twenty-ninth session**', 'the session');
    const venue = lineIndex((l) => /^\*\*Geneva, .*2026\*\*$/.test(l), 'venue and dates');
    const title = lineIndex(
      (l) =>
        l ===
        '**Submissions from entities in the United Nations system, international organizations and other stakeholders on their efforts in 2025 to implement the outcomes of the WSIS**',
      'the title',
    );
    const submissionBy = lineIndex((l) => l === '**Submission by**', '"Submission by"');
    const entity = lineIndex((l) => l === 'Name of the entity', 'the entity');
    const input = lineIndex((l) => l.startsWith('This submission was prepared as an input'), 'the input paragraph');
    const disclaimer = lineIndex((l) => l.startsWith('DISCLAIMER:'), 'the disclaimer');
    const partOne = lineIndex((l) => l.startsWith('## Part One:'), 'Part One');
    const order = [commission, session, venue, title, submissionBy, entity, input, disclaimer, partOne];
    assert.deepEqual([...order].sort((a, b) => a - b), order);
  });

  test('session, year and "efforts in YEAR" are tab stops with consistent defaults', () => {
    const nodes = [...walk(parseSnippet(bodyOf(byPrefix('wsis-submission'))))];
    const defaultsOf = new Map(
      nodes.flatMap((n) => (n.kind === 'placeholder' ? [[renderDefaults(n.children), n.index] as const] : [])),
    );
    assert.equal(defaultsOf.get('Twenty-ninth'), 1, 'the session ordinal is the first tab stop');
    assert.ok(defaultsOf.has('29th'), 'the session in the input paragraph is a tab stop');
    assert.ok(defaultsOf.has('2025'), 'the year of "efforts in YEAR" is a tab stop');
    assert.ok(defaultsOf.has('Geneva'), 'the venue is a tab stop');
    assert.ok([...defaultsOf.keys()].some((d) => d.includes('2026')), 'the dates are a tab stop');
    assert.ok(defaultsOf.has('Name of the entity'), 'the entity is a tab stop');
    // The Nth session is held in 1997 + N and reports on the year before.
    const session = 29;
    assert.ok(text.includes(`efforts in ${1997 + session - 1} `));
    assert.ok(text.includes(`${1997 + session}**`));
  });

  test('the three Parts in order, with (a) and (b) under Part Three, each with the template text to replace', () => {
    const headings = lines.filter((l) => /^#{1,6} /.test(l));
    assert.deepEqual(headings, [
      '## Part One: An executive summary',
      '## Part Two: A brief analytical overview',
      '## Part Three: A brief description',
      '### (a) Innovative policies, programmes and projects',
      '### (b) Future actions or initiatives',
    ]);
    const sectionText = (heading: string): string => {
      const start = lines.indexOf(heading);
      const next = lines.findIndex((l, i) => i > start && /^#{1,6} /.test(l));
      return lines.slice(start + 1, next < 0 ? undefined : next).join('\n').trim();
    };
    assert.equal(sectionText('## Part One: An executive summary'), PART_ONE_TEXT);
    assert.equal(sectionText('## Part Two: A brief analytical overview'), PART_TWO_TEXT);
    assert.equal(sectionText('### (a) Innovative policies, programmes and projects'), PART_THREE_A_TEXT);
    assert.equal(sectionText('### (b) Future actions or initiatives'), PART_THREE_B_TEXT);
  });

  test('the template texts are placeholders, selected when tabbing to them', () => {
    const nodes = [...walk(parseSnippet(bodyOf(byPrefix('wsis-submission'))))];
    const placeholders = nodes.flatMap((n) => (n.kind === 'placeholder' ? [renderDefaults(n.children)] : []));
    for (const template of [PART_ONE_TEXT, PART_TWO_TEXT, PART_THREE_A_TEXT, PART_THREE_B_TEXT]) {
      assert.ok(placeholders.includes(template), template.slice(0, 40));
    }
  });
});

describe('the other snippets', () => {
  test('wsis-statement: cover with "Statement submitted by", the disclaimer, no Parts', () => {
    const text = rendered('wsis-statement');
    assert.ok(text.startsWith('**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)**'));
    assert.ok(text.includes('**Twenty-ninth session**'));
    assert.ok(text.includes('**Statement submitted by**'));
    assert.ok(text.split('\n').includes(DISCLAIMER));
    assert.ok(!/Part (One|Two|Three)/.test(text));
    assert.ok(text.indexOf('Statement submitted by') < text.indexOf('DISCLAIMER:'));
    // The organization is typed once and mirrored in the heading.
    assert.ok(text.includes('## Organization statement at the 29th session of the CSTD'));
  });

  test('wsis-wgec: Working Group on Enhanced Cooperation, "Submitted by", the disclaimer, the guiding questions', () => {
    const text = rendered('wsis-wgec');
    assert.ok(text.includes('**Working Group on Enhanced Cooperation**'));
    assert.ok(text.includes('**Contribution to the guiding questions'));
    assert.ok(text.includes('**Submitted by**'));
    assert.ok(text.split('\n').includes(DISCLAIMER));
    assert.ok(text.includes('high-level characteristics of enhanced cooperation'));
    assert.ok(text.includes('paragraphs 69-71'));
    assert.ok(!/Part (One|Two|Three)/.test(text));
  });

  test('each Part alone: its canonical heading and the template text', () => {
    assert.equal(rendered('wsis-part-one').trim(), `## Part One: An executive summary\n\n${PART_ONE_TEXT}`);
    assert.equal(rendered('wsis-part-two').trim(), `## Part Two: A brief analytical overview\n\n${PART_TWO_TEXT}`);
    assert.equal(
      rendered('wsis-part-three').trim(),
      [
        '## Part Three: A brief description',
        '',
        '### (a) Innovative policies, programmes and projects',
        '',
        PART_THREE_A_TEXT,
        '',
        '### (b) Future actions or initiatives',
        '',
        PART_THREE_B_TEXT,
      ].join('\n'),
    );
  });

  test('wsis-disclaimer and wsis-input insert the exact texts', () => {
    assert.equal(rendered('wsis-disclaimer'), DISCLAIMER);
    assert.equal(rendered('wsis-input'), inputParagraph('29th'));
    const input = [...walk(parseSnippet(bodyOf(byPrefix('wsis-input'))))];
    assert.ok(input.some((n) => n.kind === 'placeholder' && n.index === 1 && renderDefaults(n.children) === '29th'));
  });

  test('footnotes in each notation', () => {
    assert.equal(rendered('wsis-footnote-md'), '[^1]');
    assert.match(byPrefix('wsis-footnote-md').description, /definition.*\[\^N\]:.*end of the document/);
    assert.equal(rendered('wsis-footnote-sup'), '<sup>1</sup>');
    assert.equal(rendered('wsis-footnote-unicode'), '¹');
    const choice = [...walk(parseSnippet(bodyOf(byPrefix('wsis-footnote-unicode'))))].find((n) => n.kind === 'choice');
    assert.ok(choice?.kind === 'choice');
    assert.ok(choice.options.every((o) => /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u.test(o)));
    assert.deepEqual(choice.options.slice(0, 3), ['¹', '²', '³']);
  });
});

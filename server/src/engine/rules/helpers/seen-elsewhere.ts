import type { SubmissionModel } from '../../model/submission';
import type { Span } from '../../types';
import type { Translator } from '../../messages/catalogue';
import type { Finding } from '../rule';
import { eolOf, lineSpanAt, sentenceStart } from './util';

/**
 * Where the template's text stands in a draft although the model did not read it as the element:
 * run into other text on its line ("... Development. DISCLAIMER: The views ..."), or below the
 * cover. A rule that finds its element missing looks here first: it then says what it saw and
 * where, and never inserts a second copy (issue: fixes never write an element the draft has).
 */
export interface SeenElsewhere {
  /** Where the element's text begins. */
  at: number;
  /** Whether other text stands before it on its line. */
  runIn: boolean;
}

/** The element's text, as a pattern that finds it anywhere; the first match outside code and comments. */
export function seenElsewhere(model: SubmissionModel, pattern: RegExp, accept?: (at: number) => boolean): SeenElsewhere | undefined {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let m: RegExpExecArray | null;
  let tries = 0;
  while ((m = re.exec(model.text)) !== null && tries++ < 1000) {
    const at = m.index;
    if (model.excluded.has(at)) continue;
    const kind = model.blockAt(at)?.kind;
    if (kind === undefined || kind === 'fence' || kind === 'html' || kind === 'artifact') continue;
    if (accept !== undefined && !accept(at)) continue;
    const line = lineSpanAt(model, at);
    const before = model.text.slice(line.start, at);
    return { at, runIn: /[^\s*_#>]/.test(before) };
  }
  return undefined;
}

/**
 * Whether `at` begins a sentence: after closing punctuation (and up to three spaces), or at a
 * line's start after nothing but markup. Looked at backwards a few characters at most, never
 * with a regex lookbehind (which retries its whole length at every position of a long run).
 */
export function startsSentence(text: string, at: number): boolean {
  let i = at;
  let spaces = 0;
  while (i > 0 && (text.charAt(i - 1) === ' ' || text.charAt(i - 1) === '\t') && spaces < 4) {
    i--;
    spaces++;
  }
  const before = text.charAt(i - 1);
  if (i === 0 || before === '\n' || before === '\r') return true;
  if (/[.!?:)\]"'\u201d]/.test(before) && spaces > 0) return true;
  for (let k = at - 1, n = 0; k >= 0 && n < 40; k--, n++) {
    const ch = text.charAt(k);
    if (ch === '\n' || ch === '\r') return true;
    if (!/[\s*_#>]/.test(ch)) return false;
  }
  return at < 40;
}

/** `Line 14` for a message. */
function lineOf(model: SubmissionModel, at: number): number {
  return model.lines.lineAt(at) + 1;
}

/**
 * The finding for an element seen elsewhere: pointed at where it stands, saying what was seen.
 * Run into other text, the fix starts it on a line of its own (a blank line before it, and after
 * it when `endsAt` says where it ends on its line); below the cover, the author moves it. `what`
 * names the element as the middle of a sentence does (`the disclaimer`), `where` is where it belongs,
 * both in the messages' language.
 */
export function elsewhereFinding(model: SubmissionModel, t: Translator, seen: SeenElsewhere, what: string, where: string, endsAt?: number): Finding {
  const line = lineOf(model, seen.at);
  const span: Span = { start: seen.at, end: Math.min(lineSpanAt(model, seen.at).end, seen.at + 80) };
  if (!seen.runIn) {
    return { span, message: t('elsewhere.misplaced', { what: sentenceStart(what), line, where }) };
  }
  const eol = eolOf(model.text);
  const text = model.text;
  // Bold or italic marks that open the element go with it, and those that close it too.
  let at = seen.at;
  while (at > 0 && (text[at - 1] === '*' || text[at - 1] === '_')) at--;
  if (endsAt !== undefined) while (endsAt < text.length && (text[endsAt] === '*' || text[endsAt] === '_')) endsAt++;
  const edits = [{ span: { start: at, end: at }, newText: eol + eol }];
  const lineEnd = lineSpanAt(model, seen.at).end;
  if (endsAt !== undefined && endsAt < lineEnd && model.text.slice(endsAt, lineEnd).trim().length > 0) {
    let after = endsAt;
    while (after < lineEnd && (model.text[after] === ' ' || model.text[after] === '\t')) after++;
    edits.push({ span: { start: endsAt, end: after }, newText: eol + eol });
  }
  // The text before it on the line loses its trailing spaces to the break.
  let start = at;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  edits[0] = { span: { start, end: at }, newText: eol + eol };
  return {
    span,
    message: t('elsewhere.run-in', { what: sentenceStart(what), line, where }),
    fix: { title: t('elsewhere.fix', { what }), edits },
  };
}

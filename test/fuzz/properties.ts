/**
 * The engine's properties, as plain checks that throw on failure. The property tests
 * (test/property/engine.test.ts) run them with a fixed seed and few cases; the fuzz runner
 * (test/fuzz/run.ts) runs as many cases as asked and saves the shrunk failures under
 * test/fixtures/fuzz/, which the property tests replay.
 */
import assert from 'node:assert/strict';
import type fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, checkText, DEFAULT_SETTINGS, fixAll, parseSubmission } from '../../server/src/engine';
import type { Diagnostic, Range, TextEdit } from '../../server/src/engine';
import { at } from '../../server/src/engine';
import { draftArb, inputArb } from './generators';

/** check.ts turns a rule's exception into an info diagnostic with this text: a failure here. */
export const SAFETY_NET = /could not check this draft/;

export interface EngineProperty {
  /** Also the prefix of saved failures: test/fixtures/fuzz/<name>-<seed>.md. */
  name: string;
  description: string;
  arbitrary: fc.Arbitrary<string>;
  /** Throws (an assertion error) when the property does not hold for `text`. */
  check(text: string): void;
  /** Share of the requested runs this property gets (it is slower than the others). */
  runsFactor: number;
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Lines as LSP counts them (\n, \r\n and \r all end a line), with each line's start offset. */
export function linesOf(text: string): { starts: number[]; lengths: number[] } {
  const starts = [0];
  const lengths: number[] = [];
  const re = /\r\n|\r|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    lengths.push(m.index - at(starts, starts.length - 1));
    starts.push(m.index + m[0].length);
  }
  lengths.push(text.length - at(starts, starts.length - 1));
  return { starts, lengths };
}

/** No lone surrogate (String.prototype.isWellFormed is ES2024; the project targets ES2022). */
export function isWellFormed(s: string): boolean {
  return !/[\uD800-\uDFFF]/u.test(s);
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

type Lines = ReturnType<typeof linesOf>;

/** The offset of a position, asserting it is inside the document and not inside a pair. */
function offsetOf(text: string, lines: Lines, pos: Range['start'], what: string): number {
  assert.ok(Number.isInteger(pos.line) && Number.isInteger(pos.character), `${what}: position ${JSON.stringify(pos)} is not integral`);
  assert.ok(pos.line >= 0 && pos.line < lines.starts.length, `${what}: line ${pos.line} is outside the document (${lines.starts.length} lines)`);
  assert.ok(pos.character >= 0 && pos.character <= at(lines.lengths, pos.line), `${what}: character ${pos.character} is outside line ${pos.line} (length ${lines.lengths[pos.line]})`);
  const offset = at(lines.starts, pos.line) + pos.character;
  assert.ok(!splitsSurrogatePair(text, offset), `${what}: position ${pos.line}:${pos.character} splits a surrogate pair`);
  return offset;
}

function rangeOffsets(text: string, lines: Lines, range: Range, what: string): { start: number; end: number } {
  const start = offsetOf(text, lines, range.start, `${what} start`);
  const end = offsetOf(text, lines, range.end, `${what} end`);
  assert.ok(start <= end, `${what}: starts after it ends (${JSON.stringify(range)})`);
  return { start, end };
}

const describe = (d: Diagnostic): string => `${d.rule} at ${d.range.start.line}:${d.range.start.character}: ${d.message}`;

/** Every edit range valid, and the edits of one fix pairwise disjoint (applyEdits needs it). */
function fixOffsets(text: string, lines: Lines, d: Diagnostic): { start: number; end: number; newText: string }[] {
  const edits = (d.fix?.edits ?? []).map((e: TextEdit, i) => ({ ...rangeOffsets(text, lines, e.range, `fix edit ${i} of ${describe(d)}`), newText: e.newText }));
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const a = at(sorted, i - 1);
    const b = at(sorted, i);
    assert.ok(a.end <= b.start && !(a.start === b.start && (a.start === a.end || b.start === b.end)), `the edits of the fix for ${describe(d)} overlap (${a.start}-${a.end} and ${b.start}-${b.end})`);
  }
  return sorted;
}

// ---------------------------------------------------------------------------------------------
// Properties

/** parseSubmission and checkText never throw, and no rule falls into check.ts's safety net. */
export function checkNoThrow(text: string): void {
  parseSubmission(text);
  const { diagnostics } = checkText(text);
  const caught = diagnostics.filter((d) => SAFETY_NET.test(d.message));
  assert.deepEqual(caught.map(describe), [], 'a rule threw');
  if (isWellFormed(text)) {
    for (const d of diagnostics) {
      assert.ok(isWellFormed(d.message), `the message of ${d.rule} holds half a surrogate pair: ${JSON.stringify(d.message)}`);
      for (const e of d.fix?.edits ?? []) assert.ok(isWellFormed(e.newText), `a fix of ${describe(d)} inserts half a surrogate pair: ${JSON.stringify(e.newText)}`);
    }
  }
}

/** Every diagnostic and fix edit range lies in the document, start <= end, on UTF-16 boundaries. */
export function checkRanges(text: string): void {
  const lines = linesOf(text);
  for (const d of checkText(text).diagnostics) {
    rangeOffsets(text, lines, d.range, describe(d));
    fixOffsets(text, lines, d);
  }
}

/** After fixAll no diagnostic has a fix, and fixing again changes nothing. */
export function checkFixAll(text: string): void {
  const once = fixAll(text);
  const left = once.diagnostics.filter((d) => d.fix !== undefined);
  assert.deepEqual(left.map(describe), [], 'fixable diagnostics remain after fixAll');
  const twice = fixAll(once.text);
  assert.equal(twice.applied, 0, `fixing a fixed draft applied ${twice.applied} more fix(es)`);
  assert.equal(twice.text, once.text, 'fixing a fixed draft changed it');
}

/**
 * Applying one diagnostic's fix changes only the ranges its edits name: the text between them
 * is kept, in order, and each range holds exactly its edit's new text. The engine's applyEdits
 * (fixAll, the CLI's --fix) and an LSP client's (vscode-languageserver-textdocument, as the
 * editor applies a quick fix) give the same text.
 */
export function checkFixLocal(text: string): void {
  const lines = linesOf(text);
  for (const d of checkText(text).diagnostics) {
    if (d.fix === undefined) continue;
    const edits = fixOffsets(text, lines, d);
    const after = applyEdits(text, d.fix.edits);
    const client = TextDocument.applyEdits(TextDocument.create('file:///draft.wsis.md', 'wsis', 1, text), d.fix.edits);
    assert.ok(after === client, `the engine and an LSP client apply the fix for ${describe(d)} differently`);
    let expected = '';
    let at = 0;
    for (const e of edits) {
      expected += text.slice(at, e.start) + e.newText;
      at = e.end;
    }
    expected += text.slice(at);
    if (after !== expected) {
      let i = 0;
      while (i < after.length && after[i] === expected[i]) i++;
      assert.fail(`the fix for ${describe(d)} changed text outside its edits, first at offset ${i}: ${JSON.stringify(after.slice(Math.max(0, i - 20), i + 20))} instead of ${JSON.stringify(expected.slice(Math.max(0, i - 20), i + 20))}`);
    }
  }
}

// Linear time: the draft repeated 8 times must not take much more than 8 times as long.

/**
 * Size of the smaller text in the timing comparison (env FC_TIMING_CHARS, default 25,000): big
 * enough to measure, small enough for CI. A quadratic step shows only where it outweighs the
 * linear work, which for a cheap step (a loop over the comments per diagnostic) takes a large
 * text: at 25,000 that one showed as 40 times for 8 times the text; `npm run fuzz --
 * --timing-chars 125000` compares 1 MB.
 */
const timingBaseChars = (): number => Number(process.env.FC_TIMING_CHARS ?? 25_000);
const TIMING_SCALE = 8;
/** Linear scaling gives about 8; quadratic gives 64. */
const TIMING_MAX_RATIO = 24;
/** Milliseconds of CPU time added to the allowance (timer and GC granularity). */
const TIMING_SLACK_MS = 8;

function repeat(unit: string, times: number): string {
  return Array(times).fill(unit).join('\n\n');
}

/** The least CPU time (user + system, ms) of `runs` checks of `text`: a loaded machine only adds time. */
export function cpuTimeOfCheck(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    checkText(text, DEFAULT_SETTINGS);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

export function timingTexts(text: string): { small: string; large: string } {
  const unit = text.length === 0 ? ' ' : text;
  const reps = Math.max(1, Math.ceil(timingBaseChars() / (unit.length + 2)));
  return { small: repeat(unit, reps), large: repeat(unit, reps * TIMING_SCALE) };
}

/** Checking the draft repeated 8 times takes at most about 24 times (not 64) as long as once. */
export function checkLinearTime(text: string): void {
  const { small, large } = timingTexts(text);
  const measure = (runs: number): { s: number; l: number; ok: boolean } => {
    cpuTimeOfCheck(small, 1);
    const s = cpuTimeOfCheck(small, runs);
    const l = cpuTimeOfCheck(large, runs);
    return { s, l, ok: l <= TIMING_MAX_RATIO * s + TIMING_SLACK_MS };
  };
  let m = measure(2);
  // A suspicion is measured again, longer, before it counts: load spikes must not fail CI.
  if (!m.ok) m = measure(5);
  assert.ok(
    m.ok,
    `checking ${large.length} characters took ${m.l.toFixed(1)} ms of CPU, ${(m.l / m.s).toFixed(1)} times the ${m.s.toFixed(1)} ms for ${small.length} (${TIMING_SCALE} times fewer): allowed ${TIMING_MAX_RATIO} times + ${TIMING_SLACK_MS} ms`,
  );
}

export const PROPERTIES: readonly EngineProperty[] = [
  { name: 'no-throw', description: 'parseSubmission and checkText never throw, no rule falls into the safety net, no message or fix text holds half a surrogate pair', arbitrary: inputArb, check: checkNoThrow, runsFactor: 1 },
  { name: 'ranges', description: 'diagnostic and fix ranges lie in the document, on UTF-16 boundaries, start <= end', arbitrary: inputArb, check: checkRanges, runsFactor: 1 },
  { name: 'fix-all', description: 'fixAll leaves no fixable diagnostic and is idempotent', arbitrary: inputArb, check: checkFixAll, runsFactor: 0.5 },
  { name: 'fix-local', description: "a fix changes only the ranges its edits name", arbitrary: inputArb, check: checkFixLocal, runsFactor: 0.5 },
  { name: 'linear-time', description: 'checking a draft repeated 8 times takes not much more than 8 times as long', arbitrary: draftArb, check: checkLinearTime, runsFactor: 0.05 },
];

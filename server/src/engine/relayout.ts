import type { Block } from './model/blocks';
import { endsClosed, lineHead, roleOf, startsLower } from './model/line-roles';
import { isPastedSubsectionHeading, TEMPLATE_ROLES } from './model/pasted';
import type { SubmissionModel } from './model/submission';
import type { SpanEdit } from './rules/rule';
import { eolOf } from './text/eol';
import { at } from './text/at';

/**
 * Pasted text laid out as Markdown: what pasted-layout's fix writes. A Markdown paragraph that
 * the model read as several of the template's elements (model/pasted.ts) is written again with a
 * blank line between paragraphs, its hard-wrapped lines joined, each cover line a paragraph, the
 * Part and (a)/(b) headings as headings, and the page numbers and running headers of a PDF copy
 * left out. Every other word stays, in its order: only line breaks, blank lines, heading marks and
 * list bullets are written or removed.
 */

/** A join the template cares about: an element begins or ends there, and no hard line break (two spaces, `\`) stands before it. */
export function isTemplateJoin(model: SubmissionModel, i: number): boolean {
  const b = model.blocks[i];
  if (b?.joined !== true) return false;
  const prev = model.blocks[i - 1];
  const roleHere = b.pasted !== undefined && TEMPLATE_ROLES.has(b.pasted);
  const rolePrev = prev?.pasted !== undefined && TEMPLATE_ROLES.has(prev.pasted);
  if (!roleHere && !rolePrev) return false;
  const before = model.text.slice(Math.max(0, b.span.start - 3), b.span.start).replace(/\r?\n$/, '');
  return !/(?: {2}|\\)$/.test(before);
}

/**
 * The Markdown paragraphs (first and last block index) that run the template's elements together
 * (`withArtifacts`: and those that hold a page number or running header, which the fix drops too).
 */
export function pastedRuns(model: SubmissionModel, withArtifacts = false): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  const { blocks } = model;
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (blocks[j + 1]?.joined === true) j++;
    let template = false;
    for (let k = i + 1; k <= j && !template; k++) template = isTemplateJoin(model, k);
    for (let k = i; k <= j && withArtifacts && !template; k++) {
      const block = at(blocks, k); // i <= k <= j < blocks.length
      template = block.kind === 'artifact' || block.skips !== undefined;
    }
    if (template) runs.push({ first: i, last: j });
    i = j + 1;
  }
  return runs;
}

/** The edits that lay every pasted run out as Markdown. */
export function relayoutEdits(model: SubmissionModel): SpanEdit[] {
  const eol = eolOf(model.text);
  return pastedRuns(model, true).map(({ first, last }) => {
    const blocks = model.blocks.slice(first, last + 1);
    const width = wrapWidth(model, blocks);
    const paragraphs: string[] = [];
    let afterArtifact = false;
    for (const b of blocks) {
      if (b.kind === 'artifact') {
        afterArtifact = paragraphs.length > 0;
        continue;
      }
      const mine = paragraphsOf(model, b, width);
      // Text that a page break cut in two (the page number and running header dropped) is one paragraph again.
      const last = paragraphs.at(-1);
      const next = mine[0];
      if (afterArtifact && next !== undefined && (b.pasted === 'text' || b.pasted === undefined) && last !== undefined && !/^#/.test(last) && (!endsClosed(last, 0, last.length) || startsLower(next))) {
        paragraphs[paragraphs.length - 1] = join([last, mine.shift() ?? '']);
      }
      paragraphs.push(...mine);
      afterArtifact = false;
    }
    // A run holds one block at least.
    return { span: { start: at(blocks, 0).span.start, end: at(blocks, blocks.length - 1).span.end }, newText: paragraphs.join(eol + eol) };
  });
}

function linesOf(model: SubmissionModel, b: Block): string[] {
  const out: string[] = [];
  for (let l = b.startLine; l <= b.endLine; l++) {
    // The page number and running header inside an element wrapped over a page break go too.
    const start = at(model.lines.lineStarts, l);
    if (b.skips?.some((s) => s.start <= start && start < s.end) === true) continue;
    const line = model.text.slice(at(model.lines.lineStarts, l), at(model.lines.lineEnds, l)).replace(/[\f\v]/g, ' ').trim();
    if (line.length > 0) out.push(line);
  }
  return out;
}

/** The column the run's text was wrapped at (the 80th percentile of its line lengths); a Word paste has no column and gets a large number. */
function wrapWidth(model: SubmissionModel, blocks: readonly Block[]): number {
  const lengths: number[] = [];
  for (const b of blocks) {
    if (b.kind === 'artifact') continue;
    for (let l = b.startLine; l <= b.endLine; l++) lengths.push(at(model.lines.lineEnds, l) - at(model.lines.lineStarts, l));
  }
  lengths.sort((x, y) => x - y);
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.8))] ?? 0;
}

const BULLET = /^[\u2022\u25cf\u25aa\u25e6\u00b7\uf0b7]\s*/;
const OPEN_ADDRESS = /<(?:https?:\/\/|www\.)[^\s<>]*$/i;

/**
 * Lines joined with a space, but for a web address in angle brackets that the line break cut
 * (`<https://.../a-policy-framework-f` / `or-enabling-internet-access/>`): an address has no
 * space, so its pieces join as they are.
 */
function join(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (out.length === 0) out = line;
    else out += (OPEN_ADDRESS.test(out) ? '' : ' ') + line;
  }
  return out;
}

/** What one block of the run becomes: its paragraphs, each one line. */
function paragraphsOf(model: SubmissionModel, b: Block, width: number): string[] {
  if (b.kind === 'artifact') return [];
  const lines = linesOf(model, b);
  if (lines.length === 0) return [];
  switch (b.pasted) {
    case 'part':
      return [`## ${unbold(join(lines))}`];
    case 'subsection': {
      // `(a) Projects` alone (on a line or two) is a heading; on a short line before the text, that line is; a long one begins the text.
      if (isPastedSubsectionHeading(model.text, b)) return [`### ${unbold(join(lines))}`];
      const first = at(lines, 0); // lines is not empty (above)
      const headingLine = first.length < Math.min(100, 0.7 * Math.max(width, 1));
      return headingLine ? [`### ${unbold(first)}`, ...prose(lines.slice(1), width)] : prose(lines, width);
    }
    case 'header': {
      // Each cover line a paragraph; a line that goes on with the one above (`(CSTD)`, `FOR DEVELOPMENT`) stays with it.
      const out: string[] = [];
      // A line that begins no heading line of its own (`(CSTD)`, `FOR DEVELOPMENT`, a date's year wrapped to the next line) goes on with the one above.
      for (const line of lines) {
        const own = roleOf(lineHead(line, 0, line.length), { inCover: true, inPartThree: false }) === 'header';
        const prev = out.length - 1;
        if (prev >= 0 && !own) out[prev] = `${at(out, prev)} ${line}`;
        else out.push(line);
      }
      return out;
    }
    case 'title':
    case 'submitter':
    case 'entity':
    case 'input':
    case 'disclaimer':
    case 'placeholder':
    case 'definition':
      return [join(lines)];
    default:
      return prose(lines, width);
  }
}

/** `**Part One: ...**` without its bold marks (a heading is bold already). */
function unbold(s: string): string {
  const m = /^(\*\*|__)([\s\S]*)\1$/.exec(s);
  const inner = m?.[2]; // participates whenever the regex matches
  return inner !== undefined ? inner.trim() : s;
}

/**
 * Ordinary text cut into paragraphs. Pasted from Word, each line is a paragraph. Copied from a
 * PDF (lines no longer than a column), the lines are joined, and a paragraph ends after a line
 * that completes a sentence well short of the column. A bulleted line is a list item.
 */
function prose(lines: readonly string[], width: number): string[] {
  const hardWrapped = width > 0 && width <= 110;
  const out: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) out.push(join(current));
    current = [];
  };
  for (const raw of lines) {
    const bullet = BULLET.exec(raw);
    const line = bullet !== null ? `- ${raw.slice(bullet[0].length)}` : raw;
    if (bullet !== null || /^[-*+]\s/.test(raw)) flush();
    current.push(line);
    if (!hardWrapped || (endsClosed(line, 0, line.length) && line.length < 0.8 * width)) flush();
  }
  flush();
  return out;
}

import { digitsToSuperscript, type DefinitionNotation, type FootnoteDef, type FootnoteNotation, type FootnoteRef } from './model/footnotes';
import type { SubmissionModel } from './model/submission';
import type { SpanEdit } from './rules/rule';
import type { Span } from './types';
import { at } from './text/at';

/**
 * Edits over footnotes, as pure functions of the model: renumbering, converting to one
 * notation, renaming. The footnote rules build their fixes from them and the language server's
 * commands ("Renumber footnotes", "Convert footnotes to ...", rename) apply them as they are,
 * so a quick fix and a command never disagree. Every function returns non-overlapping edits in
 * the coordinates of `model.text`, leaves the model untouched, and returns no edit when there
 * is nothing to change.
 */

/** A reference or a definition. */
export type FootnoteMarker = FootnoteRef | FootnoteDef;

export function isDefinition(marker: FootnoteMarker): marker is FootnoteDef {
  return 'textSpan' in marker;
}

/** Every reference and definition, in document order. */
export function footnoteMarkers(model: SubmissionModel): FootnoteMarker[] {
  const { refs, defs } = model.footnotes;
  const out: FootnoteMarker[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const ref = refs[i];
    const def = defs[j];
    if (ref !== undefined && (def === undefined || ref.span.start < def.span.start)) {
      out.push(ref);
      i++;
    } else if (def !== undefined) {
      out.push(def);
      j++;
    } else break;
  }
  return out;
}

/** The reference or definition whose marker holds `offset` (its end included), for rename and hover. */
export function footnoteAt(model: SubmissionModel, offset: number): FootnoteMarker | undefined {
  const { refs, defs } = model.footnotes;
  for (const list of [refs, defs] as const) {
    for (const m of list) {
      if (m.span.start > offset) break;
      if (offset <= m.span.end) return m;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Notations

/** Order of preference when two notations are used by as many references. */
const PREFERENCE: readonly FootnoteNotation[] = ['markdown', 'html', 'unicode'];

/** The highest footnote number the draft uses, in a reference or a definition (0 when none): a new footnote takes the next. */
export function highestFootnoteNumber(model: SubmissionModel): number {
  let max = 0;
  for (const m of model.footnotes.refs) if (m.number !== undefined && m.number > max) max = m.number;
  for (const m of model.footnotes.defs) if (m.number !== undefined && m.number > max) max = m.number;
  return max;
}

/**
 * The draft's main notation: the one most references use (ties: Markdown, then HTML, then
 * Unicode). A draft with definitions only is judged by its definitions (bare numbers aside).
 * Undefined when the draft has no footnotes in any of the three notations.
 */
export function mainFootnoteNotation(model: SubmissionModel): FootnoteNotation | undefined {
  const count = (markers: readonly FootnoteMarker[]): Map<DefinitionNotation, number> => {
    const counts = new Map<DefinitionNotation, number>();
    for (const m of markers) counts.set(m.notation, (counts.get(m.notation) ?? 0) + 1);
    return counts;
  };
  let counts = count(model.footnotes.refs);
  if (counts.size === 0) counts = count(model.footnotes.defs);
  let best: FootnoteNotation | undefined;
  let bestCount = 0;
  for (const n of PREFERENCE) {
    const c = counts.get(n) ?? 0;
    if (c > bestCount) {
      best = n;
      bestCount = c;
    }
  }
  return best;
}

/** Whether `label` can be written in `notation` (HTML and Unicode superscripts hold digits only). */
export function canWriteLabel(label: string, notation: DefinitionNotation): boolean {
  switch (notation) {
    case 'markdown':
      return isValidFootnoteLabel(label);
    case 'html':
      return /^\d{1,4}$/.test(label);
    case 'unicode':
      return /^\d{1,9}$/.test(label);
    case 'bare':
      return /^\d{1,3}$/.test(label);
  }
}

/** A label a Markdown footnote accepts: `[^label]`, no white space or brackets, at most 100 characters. */
export function isValidFootnoteLabel(label: string): boolean {
  return /^[^\]\s[]{1,100}$/.test(label);
}

/** The label as the marker writes it: superscript digits for Unicode, as is otherwise. */
function labelText(label: string, notation: DefinitionNotation): string {
  return notation === 'unicode' ? digitsToSuperscript(label) : label;
}

const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;

interface RefEdges {
  refEndingAt: Map<number, FootnoteRef>;
  refStartingAt: Map<number, FootnoteRef>;
}

const NO_EDGES: RefEdges = { refEndingAt: new Map(), refStartingAt: new Map() };
/** References by where they start and end, built once per model (footnote-style converts group by group). */
const edgesCache = new WeakMap<SubmissionModel, RefEdges>();

function refsByEdge(model: SubmissionModel): RefEdges {
  let edges = edgesCache.get(model);
  if (edges === undefined) {
    edges = { refEndingAt: new Map(), refStartingAt: new Map() };
    for (const r of model.footnotes.refs) {
      edges.refEndingAt.set(r.span.end, r);
      edges.refStartingAt.set(r.span.start, r);
    }
    edgesCache.set(model, edges);
  }
  return edges;
}

/**
 * The text of a whole marker in `notation`. `after` is the character that follows the marker
 * in the draft: a definition gets a space before its text when it has none (a Unicode
 * definition is only recognised with one).
 */
export function footnoteMarkerText(notation: FootnoteNotation, label: string, definition: boolean, after = ' '): string {
  let marker: string;
  if (notation === 'html') marker = `<sup>${label}</sup>`;
  else if (notation === 'unicode') marker = digitsToSuperscript(label);
  else marker = definition ? `[^${label}]:` : `[^${label}]`;
  if (definition && after !== ' ' && after !== '\t' && (notation === 'unicode' || (after !== '' && after !== '\n' && after !== '\r'))) marker += ' ';
  return marker;
}

/**
 * Edits that write `markers` in `target`. Markers already in `target`, and labels the target
 * cannot hold (`[^note]` has no superscript form), are left as they are. Two references side
 * by side in Unicode would read as one number (`¹²` is 12), so a comma goes between them.
 */
export function convertMarkersEdits(model: SubmissionModel, markers: Iterable<FootnoteMarker>, target: FootnoteNotation): SpanEdit[] {
  const { text } = model;
  const converting = new Set<FootnoteMarker>();
  for (const m of markers) if (m.notation !== target && canWriteLabel(m.label, target)) converting.add(m);
  if (converting.size === 0) return [];
  const { refEndingAt, refStartingAt } = target === 'unicode' ? refsByEdge(model) : NO_EDGES;
  const edits: SpanEdit[] = [];
  for (const m of converting) {
    const definition = isDefinition(m);
    let newText = footnoteMarkerText(target, m.label, definition, text.charAt(m.span.end));
    if (target === 'unicode' && !definition) {
      const before = refEndingAt.get(m.span.start);
      const endsInSuperscript = before !== undefined ? before.notation === 'unicode' || converting.has(before) : SUPERSCRIPT.test(text.charAt(m.span.start - 1));
      if (endsInSuperscript) newText = `,${newText}`;
      const next = refStartingAt.get(m.span.end);
      // A neighbour being converted puts the comma in itself.
      if (next === undefined ? SUPERSCRIPT.test(text.charAt(m.span.end)) : next.notation === 'unicode') newText += ',';
    }
    edits.push({ span: m.span, newText });
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}

/** Edits that write every footnote of the draft in `target` (the "Convert footnotes to ..." command). */
export function convertFootnoteEdits(model: SubmissionModel, target: FootnoteNotation): SpanEdit[] {
  return convertMarkersEdits(model, footnoteMarkers(model), target);
}

/**
 * The markers that must change together when one footnote is converted to `target`, by label:
 * every marker of the label not yet in `target` and, for Unicode, those of footnotes whose
 * references touch one of them (so the comma between them is placed once). Labels in one group
 * share one array. Labels with nothing to convert have no entry. Given `labels`, only the groups
 * of those labels are made (footnote-style builds fixes for its first hundred findings only).
 */
export function footnoteConversionGroups(model: SubmissionModel, target: FootnoteNotation, labels?: ReadonlySet<string>): Map<string, FootnoteMarker[]> {
  const markers = footnoteMarkers(model);
  const byLabel = new Map<string, FootnoteMarker[]>();
  if (target !== 'unicode') {
    // Nothing joins footnotes: a label's group is its own markers not yet in `target`.
    for (const m of markers) {
      if (m.notation === target || (labels !== undefined && !labels.has(m.label))) continue;
      const group = byLabel.get(m.label);
      if (group === undefined) byLabel.set(m.label, [m]);
      else group.push(m);
    }
    return byLabel;
  }
  // Union-find over labels: side-by-side references join their footnotes. Only joined labels
  // have a parent; a label without one is its own root.
  const { refs } = model.footnotes;
  const parent = new Map<string, string>();
  const find = (l: string): string => {
    let root = l;
    for (let up = parent.get(root); up !== undefined; up = parent.get(root)) root = up;
    if (root !== l) parent.set(l, root);
    return root;
  };
  for (let i = 1; i < refs.length; i++) {
    const a = at(refs, i - 1);
    const b = at(refs, i);
    if (a.span.end !== b.span.start || (a.notation === target && b.notation === target)) continue;
    const ra = find(a.label);
    const rb = find(b.label);
    if (ra !== rb) parent.set(ra, rb);
  }
  const roots = labels !== undefined ? new Set([...labels].map(find)) : undefined;
  const groups = new Map<string, FootnoteMarker[]>();
  for (const m of markers) {
    if (m.notation === target) continue;
    const root = find(m.label);
    if (roots !== undefined && !roots.has(root)) continue;
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [m]);
    else group.push(m);
  }
  for (const m of markers) {
    if (labels !== undefined && !labels.has(m.label)) continue;
    const group = groups.get(find(m.label));
    if (group !== undefined) byLabel.set(m.label, group);
  }
  return byLabel;
}

// ---------------------------------------------------------------------------------------------
// Renumbering

/** One footnote number in the order renumbering gives. */
export interface NumberingSlot {
  /** `referenced`: a label some reference uses; `unreferenced`: a label only defined; `duplicate`: a second definition of a label. */
  kind: 'referenced' | 'unreferenced' | 'duplicate';
  label: string;
  /** Its number now. */
  number: number;
  /** Its number after renumbering: its place in the sequence, from 1. */
  newNumber: number;
  /** The first reference (referenced) or the definition (the other kinds). */
  marker: Span;
  /** The definition that keeps this slot's text: the label's first, or the duplicate itself. */
  def: FootnoteDef | undefined;
}

/**
 * The order renumbering follows: numeric labels in order of first reference, then definitions
 * that no reference reaches (labels only defined, and second definitions of a label) in
 * document order. Non-numeric labels (`[^note]`) take no part.
 */
export function footnoteNumbering(model: SubmissionModel): NumberingSlot[] {
  const { refs, defs, defByLabel } = model.footnotes;
  const slots: NumberingSlot[] = [];
  const referenced = new Set<string>();
  const pair = orphanPair(model);
  for (const r of refs) {
    if (r.number === undefined || referenced.has(r.label)) continue;
    referenced.add(r.label);
    const def = defByLabel.get(r.label) ?? (pair?.refLabel === r.label ? pair.def : undefined);
    slots.push({ kind: 'referenced', label: r.label, number: r.number, newNumber: slots.length + 1, marker: r.span, def });
  }
  for (const d of defs) {
    if (d.number === undefined || d === pair?.def) continue;
    const first = defByLabel.get(d.label) === d;
    if (first && referenced.has(d.label)) continue;
    slots.push({ kind: first ? 'unreferenced' : 'duplicate', label: d.label, number: d.number, newNumber: slots.length + 1, marker: d.span, def: d });
  }
  return slots;
}

/** A reference with no definition and a definition with no reference that are one footnote. */
export interface OrphanPair {
  /** The label the references use. */
  refLabel: string;
  /** The definition nothing refers to. */
  def: FootnoteDef;
  /** The number both get: the reference's place in order of first reference (the definition's number if another footnote has that one). */
  number: number;
}

const pairCache = new WeakMap<SubmissionModel, OrphanPair | null>();

/**
 * The undefined reference and the unused definition that are the same footnote with two numbers
 * (`<sup>4</sup>` in the text, `<sup>3</sup>` at the bottom, after note 3's reference was
 * retyped or a note was deleted): exactly one numbered label is referenced and never defined,
 * exactly one numbered definition is reached by no reference (one nothing refers to, or a second
 * definition of a number), and the numbering agrees: the reference's place in order of first reference is the definition's number, or its place among
 * the definitions. More orphans than one each, or places that disagree, and the checker cannot
 * tell which text belongs to which reference: no pair.
 */
export function orphanPair(model: SubmissionModel): OrphanPair | undefined {
  let pair = pairCache.get(model);
  if (pair === undefined) {
    pair = findOrphanPair(model) ?? null;
    pairCache.set(model, pair);
  }
  return pair ?? undefined;
}

function findOrphanPair(model: SubmissionModel): OrphanPair | undefined {
  const { refs, defs, defByLabel, refsByLabel } = model.footnotes;
  let undefinedLabel: string | undefined;
  let place = 0;
  let refPlace = 0;
  const seen = new Set<string>();
  for (const r of refs) {
    if (r.number === undefined || seen.has(r.label)) continue;
    seen.add(r.label);
    place++;
    if (defByLabel.has(r.label)) continue;
    if (undefinedLabel !== undefined) return undefined;
    undefinedLabel = r.label;
    refPlace = place;
  }
  if (undefinedLabel === undefined) return undefined;
  let unused: FootnoteDef | undefined;
  let defPlace = 0;
  let at = 0;
  // A second definition of a number is one no reference reaches too (renumbering numbers it after the others).
  for (const d of defs) {
    if (d.number === undefined) continue;
    at++;
    if (defByLabel.get(d.label) === d && refsByLabel.has(d.label)) continue;
    if (unused !== undefined) return undefined;
    unused = d;
    defPlace = at;
  }
  if (unused?.number === undefined || (unused.number !== refPlace && defPlace !== refPlace)) return undefined;
  // The reference's place, unless another footnote has that number (out of order): then the
  // definition's, or else the first number no footnote has.
  const own = new Set([undefinedLabel]);
  if (defByLabel.get(unused.label) === unused) own.add(unused.label);
  const taken = (n: number): boolean => !own.has(String(n)) && (refsByLabel.has(String(n)) || defByLabel.has(String(n)));
  let number = taken(refPlace) ? unused.number : refPlace;
  if (taken(number)) {
    number = 1;
    for (const m of [...refs, ...defs]) if (m.number !== undefined && m.number >= number) number = m.number + 1;
  }
  return { refLabel: undefinedLabel, def: unused, number };
}

/**
 * Edits that join an orphan pair: the references and the definition both take the number the
 * reference has in order of first reference (the number renumbering gives them, so this and
 * "Renumber footnotes" make the same edits where both touch the pair).
 */
export function pairOrphansEdits(model: SubmissionModel): SpanEdit[] {
  const pair = orphanPair(model);
  if (pair === undefined) return [];
  const label = String(pair.number);
  const edits: SpanEdit[] = [];
  for (const r of model.footnotes.refsByLabel.get(pair.refLabel) ?? []) if (r.label !== label) edits.push({ span: r.labelSpan, newText: labelText(label, r.notation) });
  if (pair.def.label !== label) edits.push(relabelDefinition(model, pair.def, label, lazyStray(model)));
  return edits.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Paragraph lines that start with a number but are not footnote definitions (`3 countries
 * joined ...`), by number: the offset of the first. The model takes such a line for the
 * definition of a bare-numbered footnote that a reference uses and nothing else defines, so a
 * bare definition given the same number further down would lose its text to it.
 */
function strayNumberedLines(model: SubmissionModel): Map<number, number> {
  const { text, lines, blocks } = model;
  const bareLines = new Set(model.footnotes.defs.filter((d) => d.notation === 'bare').map((d) => lines.lineAt(d.span.start)));
  const stray = new Map<number, number>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    for (let line = block.startLine; line <= block.endLine; line++) {
      const start = at(lines.lineStarts, line);
      const m = BARE_LIKE.exec(text.slice(start, Math.min(at(lines.lineEnds, line), start + 12)));
      if (m === null || bareLines.has(line)) continue;
      const n = Number(m[1]);
      if (!stray.has(n)) stray.set(n, start);
    }
  }
  return stray;
}

const BARE_LIKE = /^[ \t]{0,3}(\d{1,3})[ \t]+(?=\S)/;

/**
 * The edit that gives a definition the label `label`. A bare-number definition that would not
 * be read as one under its new number (a stray numbered line comes first, or the number is too
 * long) is written like its first superscript reference instead, so it stays a definition.
 */
function relabelDefinition(model: SubmissionModel, def: FootnoteDef, label: string, stray: () => Map<number, number>): SpanEdit {
  if (def.notation === 'bare' && (!canWriteLabel(label, 'bare') || (stray().get(Number(label)) ?? Infinity) < def.span.start)) {
    const notation = model.footnotes.refsByLabel.get(def.label)?.find((r) => r.notation !== 'markdown')?.notation ?? 'html';
    return { span: def.span, newText: footnoteMarkerText(notation, label, true, model.text.charAt(def.span.end)) };
  }
  return { span: def.labelSpan, newText: labelText(label, def.notation) };
}

/** `strayNumberedLines`, computed on first use. */
function lazyStray(model: SubmissionModel): () => Map<number, number> {
  let stray: Map<number, number> | undefined;
  return () => (stray ??= strayNumberedLines(model));
}

/**
 * Edits that renumber every numeric footnote 1, 2, 3 ... in order of first reference, both
 * sides, each marker in its own notation. A reference stays paired with the definition text it
 * had; definitions no reference reaches are numbered after the referenced ones. Renumbering
 * twice gives what renumbering once does.
 *
 * One case is beyond it: a reference with no definition at all, renumbered to N, pairs with a
 * paragraph line that happens to start with N (the model reads it as a bare definition).
 */
export function renumberFootnoteEdits(model: SubmissionModel): SpanEdit[] {
  const { refsByLabel } = model.footnotes;
  const stray = lazyStray(model);
  const edits: SpanEdit[] = [];
  for (const slot of footnoteNumbering(model)) {
    const n = slot.newNumber;
    if (slot.kind === 'referenced') {
      for (const r of refsByLabel.get(slot.label) ?? []) if (r.number !== n) edits.push({ span: r.labelSpan, newText: labelText(String(n), r.notation) });
    }
    if (slot.def !== undefined && slot.def.number !== n) edits.push(relabelDefinition(model, slot.def, String(n), stray));
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}

// ---------------------------------------------------------------------------------------------
// Renaming

/**
 * Edits that rename footnote `label` to `newLabel`, references and definitions. A marker whose
 * notation cannot hold the new label (`<sup>3</sup>` renamed to `note`) becomes a Markdown
 * footnote. No edit when `newLabel` is not a valid label; the caller checks that `newLabel` is
 * not already taken (`model.footnotes.defByLabel`, `refsByLabel`).
 */
export function renameFootnoteEdits(model: SubmissionModel, label: string, newLabel: string): SpanEdit[] {
  if (!isValidFootnoteLabel(newLabel) || newLabel === label) return [];
  const { refsByLabel, defs } = model.footnotes;
  const markers: FootnoteMarker[] = [...(refsByLabel.get(label) ?? []), ...defs.filter((d) => d.label === label)];
  const stray = lazyStray(model);
  const edits: SpanEdit[] = markers.map((m) => {
    if (isDefinition(m) && m.notation === 'bare' && /^\d+$/.test(newLabel)) return relabelDefinition(model, m, newLabel, stray);
    if (canWriteLabel(newLabel, m.notation)) return { span: m.labelSpan, newText: labelText(newLabel, m.notation) };
    // Only a Markdown footnote holds a name (or a number too long for its notation).
    return { span: m.span, newText: footnoteMarkerText('markdown', newLabel, isDefinition(m), model.text.charAt(m.span.end)) };
  });
  return edits.sort((a, b) => a.span.start - b.span.start);
}

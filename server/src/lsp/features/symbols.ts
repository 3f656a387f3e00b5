import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { at, ordinalDigits, type Block, type Span, type SubmissionModel } from '../../engine';

/**
 * Footnote definitions listed under "Footnotes": a report compiled from many drafts can hold tens
 * of thousands, which no one reads in an outline, and which made each outline request of a 10 MB
 * draft take 150 ms. The group's detail gives the full count.
 */
export const MAX_FOOTNOTE_SYMBOLS = 1000;

/**
 * Whether the draft has Markdown headings (ATX or setext, not lines the pasted-text pass reads as
 * headings): then a Markdown outline of it is not empty.
 */
export function hasMarkdownHeadings(model: SubmissionModel): boolean {
  return model.blocks.some((b) => b.kind === 'heading' && b.pasted === undefined);
}

/**
 * The outline: the cover block (commission, session, title, submitter, input paragraph), the
 * disclaimer, Parts One to Three with Part Three's (a) and (b), the draft's other Markdown
 * headings nested by level under the Part (or subsection) they fall in, and the footnote
 * definitions grouped under "Footnotes". Spans come straight from the model.
 */
export function provideDocumentSymbols(model: SubmissionModel): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const cover = coverSymbol(model);
  if (cover !== undefined) out.push(cover);
  const { disclaimer } = model.cover;
  if (disclaimer !== undefined) out.push(symbol(model, 'Disclaimer', SymbolKind.Constant, disclaimer.span, firstLine(model, disclaimer.span), 'DISCLAIMER: The views presented here ...'));

  // Containers the other headings can fall in: Parts, and Part Three's subsections.
  interface Container {
    symbol: DocumentSymbol;
    span: Span;
    inner: Container[];
  }
  const top: Container[] = [];
  const skip = new Set<number>();
  for (const part of model.parts) {
    skip.add(part.heading.blockIndex);
    const name = `Part ${['One', 'Two', 'Three'][part.number - 1]}`;
    const partSymbol = symbol(model, name, SymbolKind.Namespace, part.span, part.heading.span, oneLine(part.heading.title));
    const container: Container = { symbol: partSymbol, span: part.span, inner: [] };
    part.subsections.forEach((sub, k) => {
      skip.add(sub.blockIndex);
      const next = part.subsections[k + 1];
      const end = trimEnd(model.text, sub.span.start, next !== undefined ? next.span.start : part.span.end);
      const span = { start: sub.span.start, end: Math.max(end, sub.span.end) };
      const label = subsectionTitle(model, at(model.blocks, sub.blockIndex), sub.span);
      const subSymbol = symbol(model, `(${sub.letter})`, SymbolKind.Namespace, span, sub.span, label);
      partSymbol.children?.push(subSymbol);
      container.inner.push({ symbol: subSymbol, span, inner: [] });
    });
    top.push(container);
  }

  // Other headings, nested by level inside the innermost container that holds them.
  const groups = new Map<DocumentSymbol | undefined, { block: Block }[]>();
  const containerOf = (offset: number): Container | undefined => {
    let found: Container | undefined;
    let list = top;
    for (;;) {
      const c = list.find((x) => x.span.start <= offset && offset < Math.max(x.span.end, x.span.start + 1));
      if (c === undefined) return found;
      found = c;
      list = c.inner;
    }
  };
  const containerEnd = new Map<DocumentSymbol | undefined, number>();
  model.blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || skip.has(i) || i <= model.cover.lastBlock) return;
    if (block.content.end <= block.content.start) return;
    const container = containerOf(block.span.start);
    const key = container?.symbol;
    containerEnd.set(key, container !== undefined ? container.span.end : trimEnd(model.text, 0, model.text.length));
    const list = groups.get(key) ?? [];
    list.push({ block });
    groups.set(key, list);
  });
  // Where a heading's section must end at the latest: the next Part or subsection heading.
  const boundaries = [...model.parts.map((p) => p.span.start), ...model.parts.flatMap((p) => p.subsections.map((s) => s.span.start))].sort((a, b) => a - b);
  for (const [key, headings] of groups) {
    const containerLimit = containerEnd.get(key) ?? model.text.length;
    const roots: DocumentSymbol[] = [];
    const stack: { level: number; symbol: DocumentSymbol }[] = [];
    headings.forEach((h, k) => {
      const next = headings.slice(k + 1).find((n) => n.block.level <= h.block.level);
      const boundary = boundaries.find((b) => b > h.block.span.start) ?? model.text.length;
      const limit = Math.min(next !== undefined ? next.block.span.start : containerLimit, boundary, containerLimit);
      const end = Math.max(h.block.span.end, trimEnd(model.text, h.block.span.start, limit));
      const name = oneLine(model.text.slice(h.block.content.start, h.block.content.end).replace(/[*_`]+/g, '')) || 'Heading';
      const s = symbol(model, name, SymbolKind.String, { start: h.block.span.start, end }, h.block.span);
      let parent = stack.at(-1);
      while (parent !== undefined && parent.level >= h.block.level) {
        stack.pop();
        parent = stack.at(-1);
      }
      if (parent !== undefined) parent.symbol.children?.push(s);
      else roots.push(s);
      stack.push({ level: h.block.level, symbol: s });
    });
    if (key === undefined) out.push(...roots);
    else {
      key.children?.push(...roots);
      key.children?.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }
  }
  for (const c of top) out.push(c.symbol);

  const { defs } = model.footnotes;
  const firstDef = defs[0];
  if (firstDef !== undefined) {
    const listed = defs.length > MAX_FOOTNOTE_SYMBOLS ? defs.slice(0, MAX_FOOTNOTE_SYMBOLS) : defs;
    const children = listed.map((d) =>
      symbol(model, `Footnote ${d.label}`, SymbolKind.Key, { start: d.span.start, end: Math.max(d.span.end, d.textSpan.end) }, d.labelSpan, shorten(oneLine(d.text), 80)),
    );
    let end = 0;
    for (const d of defs) end = Math.max(end, d.span.end, d.textSpan.end);
    const count = `${defs.length} definition${defs.length === 1 ? '' : 's'}${listed.length < defs.length ? ` (the first ${listed.length} listed)` : ''}`;
    const group = symbol(model, 'Footnotes', SymbolKind.Array, { start: firstDef.span.start, end }, firstLine(model, { start: firstDef.span.start, end: firstDef.span.end }), count);
    group.children = children;
    out.push(group);
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}

function coverSymbol(model: SubmissionModel): DocumentSymbol | undefined {
  const { commission, session, dates, title, submitter, input } = model.cover;
  const children: DocumentSymbol[] = [];
  if (commission !== undefined) {
    children.push(symbol(model, 'Commission', SymbolKind.Field, commission.span, commission.name.span, oneLine(commission.norm.text)));
  }
  if (session !== undefined) {
    const block = at(model.blocks, session.blockIndex).span;
    const span = { start: Math.min(block.start, dates?.span.start ?? block.start), end: Math.max(block.end, dates?.span.end ?? block.end) };
    const what = session.value !== undefined ? `${ordinalDigits(session.value)} session` : `${session.raw} session`;
    children.push(symbol(model, 'Session', SymbolKind.Field, span, session.span, dates !== undefined ? `${what}, ${dates.text}` : what));
  }
  if (title !== undefined) {
    children.push(symbol(model, 'Title', SymbolKind.Field, title.span, firstLine(model, title.span), title.year !== undefined ? `efforts in ${title.year}` : undefined));
  }
  if (submitter !== undefined) {
    const end = Math.max(submitter.span.end, submitter.entity?.span.end ?? 0);
    children.push(symbol(model, submitter.label, SymbolKind.Field, { start: submitter.span.start, end }, submitter.labelSpan, submitter.entity !== undefined ? oneLine(submitter.entity.text) : undefined));
  }
  if (input !== undefined) {
    const detail = input.session?.value !== undefined ? `to the ${ordinalDigits(input.session.value)} session` : undefined;
    children.push(symbol(model, 'Input paragraph', SymbolKind.Field, input.span, firstLine(model, input.span), detail));
  }
  if (children.length === 0) return undefined;
  children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const start = Math.min(...children.map((c) => model.lines.offsetAt(c.range.start)));
  const end = Math.max(...children.map((c) => model.lines.offsetAt(c.range.end)));
  const cover = symbol(model, 'Cover', SymbolKind.Module, { start, end }, firstLine(model, { start, end }));
  cover.children = children;
  return cover;
}

function symbol(model: SubmissionModel, name: string, kind: SymbolKind, span: Span, selection: Span, detail?: string): DocumentSymbol {
  const s: DocumentSymbol = {
    name,
    kind,
    range: model.lines.rangeOf(span),
    // The selection must lie inside the range, or editors reject the whole outline.
    selectionRange: model.lines.rangeOf({ start: Math.max(span.start, Math.min(selection.start, span.end)), end: Math.min(span.end, Math.max(selection.end, span.start)) }),
    children: [],
  };
  if (detail !== undefined && detail.length > 0) s.detail = detail;
  return s;
}

/** The first line of a span. */
function firstLine(model: SubmissionModel, span: Span): Span {
  const line = model.lines.lineAt(span.start);
  return { start: span.start, end: Math.min(span.end, at(model.lines.lineEnds, line)) };
}

function subsectionTitle(model: SubmissionModel, block: Block, span: Span): string {
  const raw = block.kind === 'heading' ? model.text.slice(block.content.start, block.content.end) : model.text.slice(span.start, span.end);
  return shorten(oneLine(raw.replace(/[*_]+/g, '').replace(/^\s*\(?[ab]\)\s*/i, '')), 80);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

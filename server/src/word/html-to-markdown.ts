import { textOf, type HtmlElement, type HtmlNode } from './html-tree';

/**
 * Markdown from the HTML that mammoth makes of a Word document: headings, paragraphs, lists,
 * tables, bold and italic, links, and Word's footnotes (and endnotes) as `[^1]` references with
 * their texts gathered for `[^1]: text` definitions, numbered in the order of the references.
 */
export interface MarkdownFromHtml {
  /** The blocks, each a paragraph, heading, list or table in Markdown. */
  blocks: string[];
  /** Footnote texts: `[^n]` is `footnotes[n - firstFootnote]`. */
  footnotes: string[];
  images: number;
}

const NOTE_ID = /^(foot|end)note-(-?\d+)$/;
const NOTE_HREF = /^#(foot|end)note-(-?\d+)$/;
const BACK_HREF = /^#(foot|end)note-ref-/;
const HEADING = /^h([1-6])$/;

interface Ctx {
  bold: boolean;
  italic: boolean;
  /** In a heading or a table cell: line breaks become spaces. */
  oneLine: boolean;
  link: boolean;
}

export interface HtmlToMarkdownOptions {
  /** The number of the first footnote (a paste numbers on from the draft's last); 1 by default. */
  firstFootnote?: number;
}

export function htmlToMarkdown(root: HtmlElement, options: HtmlToMarkdownOptions = {}): MarkdownFromHtml {
  return new Converter(root, options.firstFootnote ?? 1).convert();
}

class Converter {
  private readonly notes = new Map<string, HtmlElement>();
  private readonly numbers = new Map<string, number>();
  private readonly footnotes: string[] = [];
  private images = 0;

  constructor(
    private readonly root: HtmlElement,
    private readonly firstFootnote: number,
  ) {
    this.collectNotes(root);
  }

  private collectNotes(node: HtmlElement): void {
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      const id = child.attrs.id;
      if (child.name === 'li' && id !== undefined && NOTE_ID.test(id)) this.notes.set(id, child);
      else this.collectNotes(child);
    }
  }

  convert(): MarkdownFromHtml {
    const blocks = this.blocks(this.root.children, 0);
    // A reference whose note Word's footnotes part does not have.
    for (let k = 0; k < this.footnotes.length; k++) {
      if (this.footnotes[k] === '') this.footnotes[k] = '(no text)';
    }
    return { blocks, footnotes: this.footnotes, images: this.images };
  }

  private blocks(nodes: readonly HtmlNode[], depth: number): string[] {
    const out: string[] = [];
    let loose: HtmlNode[] = [];
    const flush = (): void => {
      const text = this.paragraph(loose);
      if (text !== '') out.push(text);
      loose = [];
    };
    for (const node of nodes) {
      if (node.kind === 'text' || !isBlock(node)) {
        loose.push(node);
        continue;
      }
      flush();
      const heading = HEADING.exec(node.name);
      if (heading !== null) {
        const text = this.inline(node.children, { bold: true, italic: false, oneLine: true, link: false }).trim();
        if (text !== '') out.push(`${'#'.repeat(Math.min(6, Number(heading[1]) + 1))} ${text}`);
      } else if (node.name === 'p') {
        const text = this.paragraph(node.children);
        if (text !== '') out.push(text);
      } else if (node.name === 'ul' || node.name === 'ol') {
        if (node.children.every((c) => c.kind !== 'element' || NOTE_ID.test(c.attrs.id ?? ''))) continue;
        const list = this.list(node, depth);
        if (list !== '') out.push(list);
      } else if (node.name === 'table') {
        const table = this.table(node);
        if (table !== '') out.push(table);
      } else if (node.name === 'blockquote') {
        const inner = this.blocks(node.children, depth);
        if (inner.length > 0) out.push(inner.join('\n\n').replace(/^/gm, '> '));
      } else {
        out.push(...this.blocks(node.children, depth));
      }
    }
    flush();
    return out;
  }

  private paragraph(nodes: readonly HtmlNode[]): string {
    const text = this.inline(nodes, { bold: false, italic: false, oneLine: false, link: false });
    // A break at a paragraph's start or end (`<p><br></p>`, LibreOffice's empty line) breaks nothing.
    return escapeLineStarts(trimBreaks(text.split('\n').map(trimSpaces).join('\n')));
  }

  private list(node: HtmlElement, depth: number): string {
    const ordered = node.name === 'ol';
    let n = Number(node.attrs.start ?? '1') || 1;
    const items: string[] = [];
    for (const li of node.children) {
      if (li.kind !== 'element') continue;
      const marker = ordered ? `${n++}. ` : '- ';
      const inline: HtmlNode[] = [];
      const nested: string[] = [];
      for (const c of li.children) {
        if (c.kind === 'element' && (c.name === 'ul' || c.name === 'ol')) nested.push(this.list(c, depth + 1));
        else if (c.kind === 'element' && c.name === 'p') inline.push(...c.children, { kind: 'text', text: ' ' });
        else inline.push(c);
      }
      const text = this.inline(inline, { bold: false, italic: false, oneLine: false, link: false }).trim();
      const pad = ' '.repeat(marker.length);
      let item = marker + text.replace(/\n/g, `\n${pad}`);
      for (const sub of nested) if (sub !== '') item += `\n${sub.replace(/^/gm, pad)}`;
      items.push(item);
    }
    return items.join('\n');
  }

  private table(node: HtmlElement): string {
    const rows: string[][] = [];
    const visit = (n: HtmlElement): void => {
      for (const c of n.children) {
        if (c.kind !== 'element') continue;
        if (c.name === 'tr') {
          const cells: string[] = [];
          for (const cell of c.children) {
            if (cell.kind !== 'element' || (cell.name !== 'td' && cell.name !== 'th')) continue;
            // A header row is bold by being one: its own bold would only add markers.
            const ctx: Ctx = { bold: rows.length === 0, italic: false, oneLine: true, link: false };
            const parts = cell.children.map((p) => (p.kind === 'element' && p.name === 'p' ? this.inline(p.children, ctx) : this.inline([p], ctx)));
            const text = parts.join(' ').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
            // Columns beyond any real table's go into the last one: every word kept, the table bounded.
            if (cells.length >= MAX_COLUMNS) cells[MAX_COLUMNS - 1] = `${cells[MAX_COLUMNS - 1]} ${text}`.trim();
            else cells.push(text);
            const span = Number(cell.attrs.colspan ?? '1');
            for (let k = 1; k < span && k < 50 && cells.length < MAX_COLUMNS; k++) cells.push('');
          }
          rows.push(cells);
        } else {
          visit(c);
        }
      }
    };
    visit(node);
    const [header, ...body] = rows;
    if (header === undefined) return '';
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    const line = (cells: string[]): string => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
    return [line(header), line(Array<string>(width).fill('---')), ...body.map(line)].join('\n');
  }

  private inline(nodes: readonly HtmlNode[], ctx: Ctx): string {
    let out = '';
    for (const node of mergeAdjacent(nodes)) {
      if (node.kind === 'text') {
        out += escapeText(node.text.replace(/\s+/g, ' '));
        continue;
      }
      switch (node.name) {
        case 'strong':
        case 'b':
          out += ctx.bold ? this.inline(node.children, ctx) : wrap('**', this.inline(node.children, { ...ctx, bold: true }));
          break;
        case 'em':
        case 'i':
          out += ctx.italic ? this.inline(node.children, ctx) : wrap('*', this.inline(node.children, { ...ctx, italic: true }));
          break;
        case 's':
        case 'del':
          out += wrap('~~', this.inline(node.children, ctx));
          break;
        case 'sup':
        case 'sub': {
          const note = noteLink(node);
          if (note !== undefined) out += this.noteRef(note);
          else {
            const inner = this.inline(node.children, ctx);
            if (inner.trim() !== '') out += `<${node.name}>${inner}</${node.name}>`;
          }
          break;
        }
        case 'a':
          out += this.anchor(node, ctx);
          break;
        case 'br':
          out += ctx.oneLine ? ' ' : '<br>\n';
          break;
        case 'img':
          this.images++;
          break;
        default:
          out += this.inline(node.children, ctx);
      }
    }
    return out;
  }

  private anchor(node: HtmlElement, ctx: Ctx): string {
    const href = node.attrs.href ?? '';
    if (NOTE_HREF.test(href)) return this.noteRef(href.slice(1));
    if (BACK_HREF.test(href)) return '';
    const inner = this.inline(node.children, { ...ctx, link: true });
    if (href === '' || href.startsWith('#') || ctx.link || inner.trim() === '') return inner;
    const text = textOf(node).trim();
    if (text === href || `mailto:${text}` === href) return `<${text}>`;
    if (/^www\./i.test(text) && (href === `https://${text}` || href === `http://${text}`)) return inner;
    const target = /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
    const [lead, core, trail] = splitSpace(inner);
    return `${lead}[${core}](${target})${trail}`;
  }

  private noteRef(id: string): string {
    let n = this.numbers.get(id);
    if (n === undefined) {
      this.footnotes.push('');
      n = this.footnotes.length;
      this.numbers.set(id, n);
      const li = this.notes.get(id);
      if (li !== undefined) {
        const paragraphs = li.children.map((c) => (c.kind === 'element' && c.name === 'p' ? c.children : [c]));
        const text = paragraphs.map((p) => this.inline(p, { bold: false, italic: false, oneLine: true, link: false }).trim()).filter((t) => t !== '');
        this.footnotes[n - 1] = text.join(' ').replace(/\s+/g, ' ').trim();
      }
    }
    return `[^${n + this.firstFootnote - 1}]`;
  }
}

const MAX_COLUMNS = 100;

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'div', 'section', 'article', 'body', 'html']);

function isBlock(node: HtmlElement): boolean {
  return BLOCKS.has(node.name);
}

/** The note id a `<sup><a href="#footnote-3">[3]</a></sup>` refers to. */
function noteLink(sup: HtmlElement): string | undefined {
  const kids = sup.children.filter((c) => c.kind === 'element' || c.text.trim() !== '');
  const only = kids.length === 1 ? kids[0] : undefined;
  if (only?.kind !== 'element' || only.name !== 'a') return undefined;
  const href = only.attrs.href ?? '';
  return NOTE_HREF.test(href) ? href.slice(1) : undefined;
}

/** `<strong>a</strong><strong>b</strong>` is one bold run: `**ab**`, never `**a****b**`. */
function mergeAdjacent(nodes: readonly HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  const mergeable = (n: HtmlNode | undefined): n is HtmlElement => n?.kind === 'element' && ['strong', 'b', 'em', 'i', 's', 'del'].includes(n.name);
  // The runs made here, whose children can grow in place: a thousand runs in a row stay linear.
  const made = new Set<HtmlElement>();
  const merged = (run: HtmlElement, more: readonly HtmlNode[]): HtmlElement => {
    if (made.has(run)) {
      run.children.push(...more);
      return run;
    }
    const copy = { ...run, children: [...run.children, ...more] };
    made.add(copy);
    return copy;
  };
  for (const node of nodes) {
    const last = out[out.length - 1];
    const beforeSpace = out[out.length - 2];
    if (mergeable(node) && mergeable(last) && last.name === node.name) {
      out[out.length - 1] = merged(last, node.children);
    } else if (mergeable(node) && last?.kind === 'text' && /^\s+$/.test(last.text) && mergeable(beforeSpace) && beforeSpace.name === node.name) {
      // `<strong>a</strong> <strong>b</strong>` is `**a b**`.
      out.splice(out.length - 2, 2, merged(beforeSpace, [last, ...node.children]));
    } else {
      out.push(node);
    }
  }
  return out;
}

/** Emphasis markers hug the text: `**bold** ` rather than `**bold **`, which would not close. */
function wrap(marker: string, inner: string): string {
  const [lead, core, trail] = splitSpace(inner);
  return core === '' ? inner : `${lead}${marker}${core}${marker}${trail}`;
}

const SPACE = /\s/;

/**
 * `text` as its leading white space, the rest, and its trailing white space. By hand: a regex
 * such as `\s*$` is tried from every position, quadratic on long runs of spaces.
 */
function splitSpace(text: string): [string, string, string] {
  let a = 0;
  while (a < text.length && SPACE.test(text.charAt(a))) a++;
  let b = text.length;
  while (b > a && SPACE.test(text.charAt(b - 1))) b--;
  return [text.slice(0, a), text.slice(a, b), text.slice(b)];
}

/** A line without the spaces and tabs at its ends. */
function trimSpaces(line: string): string {
  let a = 0;
  while (a < line.length && (line[a] === ' ' || line[a] === '\t')) a++;
  let b = line.length;
  while (b > a && (line[b - 1] === ' ' || line[b - 1] === '\t')) b--;
  return line.slice(a, b);
}

/** A break at a paragraph's start or end (`<p><br></p>`, LibreOffice's empty line) breaks nothing. */
function trimBreaks(text: string): string {
  let a = 0;
  let b = text.length;
  for (;;) {
    while (a < b && SPACE.test(text.charAt(a))) a++;
    if (!text.startsWith('<br>', a) || a + 4 > b) break;
    a += 4;
  }
  for (;;) {
    while (b > a && SPACE.test(text.charAt(b - 1))) b--;
    if (b - 4 < a || text.slice(b - 4, b) !== '<br>') break;
    b -= 4;
  }
  return text.slice(a, b);
}

/** Escapes what would otherwise read as Markdown, and only that, so the draft stays readable. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[*`]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace('_', '\\_'))
    .replace(/\[\^/g, '[\\^')
    .replace(/\](?=\()/g, '\\]')
    .replace(/~~/g, '\\~~')
    .replace(/<(?=[A-Za-z/!])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A line that would start a heading, list, quote or rule is escaped at its start. */
function escapeLineStarts(text: string): string {
  return text.replace(/^(\s*)(#{1,6}(?=\s|$)|>|[-+](?=\s)|(\d{1,9})([.)])(?=\s)|={3,}\s*$|-{3,}\s*$)/gm, (_all: string, lead: string, mark: string, digits: string | undefined, dot: string | undefined) => {
    if (digits !== undefined && dot !== undefined) return `${lead}${digits}\\${dot}`;
    return `${lead}\\${mark}`;
  });
}

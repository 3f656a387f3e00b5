import { at } from '../engine';

/**
 * A tree from HTML: the well-formed HTML that mammoth writes from a .docx, and the HTML that
 * Word, LibreOffice and browsers put on the clipboard (tag soup with `<o:p>`, unquoted
 * attributes, `<style>` in the head, Word's conditional comments). Not a general HTML parser
 * and never a renderer: it only builds a tree for the Markdown converter.
 *
 * Untrusted input: one pass over the text, each character read a bounded number of times
 * (closers are found with indexOf or a sticky scan that never goes back), whatever the input
 * holds. `<script>`, `<style>` and the like keep no content; nesting deeper than MAX_DEPTH is
 * flattened, so the converter's recursion stays shallow.
 *
 * Word's downlevel-revealed conditionals (`<![if !supportLists]>` ... `<![endif]>`, and the
 * same as comments, `<!--[if !supportFootnotes]-->` ... `<!--[endif]-->`) become elements named
 * `#if`, with the condition in `attrs.condition`: what they hold is Word's rendering for browsers
 * (a bullet character, a footnote's `[1]`), which the clipboard converter reads or drops.
 */
export interface HtmlElement {
  kind: 'element';
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export interface HtmlText {
  kind: 'text';
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'wbr', 'area', 'base', 'embed', 'param', 'source', 'track']);
/** Elements whose content is not markup; it is skipped, up to the closing tag. */
const RAW = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'noscript', 'noembed', 'noframes', 'iframe', 'xml', 'template', 'plaintext']);
/** Opening one of these ends an open `<p>` (as in HTML), unless a container comes first. */
const ENDS_P = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre', 'hr', 'section', 'article', 'dl']);
const CONTAINERS = new Set(['#root', 'html', 'body', 'div', 'li', 'td', 'th', 'table', 'ul', 'ol', 'blockquote', 'section', 'article', '#if']);
export const MAX_DEPTH = 256;

/** Thrown when the HTML has more elements than the caller allows. */
export class HtmlTooLargeError extends Error {
  constructor(readonly maxElements: number) {
    super(`more than ${maxElements.toLocaleString('en')} HTML elements`);
  }
}

export interface ParseOptions {
  /** The most elements the tree may have (no limit by default). */
  maxElements?: number;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  bull: '\u2022',
  middot: '\u00B7',
  shy: '\u00AD',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  euro: '\u20AC',
  deg: '\u00B0',
  sect: '\u00A7',
  laquo: '\u00AB',
  raquo: '\u00BB',
};

/** Character references; a name it does not know is left as it was written. */
export function decodeHtml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,8}|#\d{1,9}|[a-z][a-z0-9]{1,31});/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[body.toLowerCase()] ?? all;
  });
}

const NAME = /[A-Za-z][A-Za-z0-9:._-]*/y;
const SPACE = /[\s/]*/y;
const ATTR_NAME = /[^\s=/>"'<][^\s=/>"'<]*/y;
const EQUALS = /\s*=\s*/y;
const UNQUOTED = /[^\s>]*/y;

function sticky(re: RegExp, s: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(s);
  return m === null ? undefined : m[0];
}

class Parser {
  readonly root: HtmlElement = { kind: 'element', name: '#root', attrs: {}, children: [] };
  private readonly stack: HtmlElement[] = [this.root];
  /** Elements not pushed because the tree was too deep: their closing tags are ignored. */
  private flattened = 0;
  private at = 0;
  private elements = 0;

  constructor(
    private readonly html: string,
    private readonly maxElements = Infinity,
  ) {}

  parse(): HtmlElement {
    const s = this.html;
    while (this.at < s.length) {
      const lt = s.indexOf('<', this.at);
      if (lt < 0) {
        this.text(s.slice(this.at));
        break;
      }
      if (lt > this.at) this.text(s.slice(this.at, lt));
      this.at = lt;
      this.markup();
    }
    return this.root;
  }

  private get top(): HtmlElement {
    return this.stack.at(-1) ?? this.root; // the root is never popped (closing stops above it)
  }

  private text(raw: string): void {
    const text = decodeHtml(raw);
    const kids = this.top.children;
    const last = kids[kids.length - 1];
    if (last?.kind === 'text') last.text += text;
    else kids.push({ kind: 'text', text });
  }

  /** At a `<`: a tag, a comment, a declaration, or a `<` that is only text. */
  private markup(): void {
    const s = this.html;
    const next = s[this.at + 1];
    if (next === '!') return this.bang();
    if (next === '?') return this.skipPast('>', 2);
    if (next === '/') {
      const name = sticky(NAME, s, this.at + 2);
      if (name === undefined) return this.skipPast('>', 2);
      this.skipPast('>', 2 + name.length);
      return this.close(name.toLowerCase());
    }
    const name = sticky(NAME, s, this.at + 1);
    if (name === undefined) {
      this.text('<');
      this.at++;
      return;
    }
    this.at += 1 + name.length;
    const { attrs, selfClosing } = this.attributes();
    this.open(name.toLowerCase(), attrs, selfClosing);
  }

  /**
   * The attributes up to `>`. A quote that is never closed, or a `<` before the `>`, ends the
   * tag there: the scan never goes back.
   */
  private attributes(): { attrs: Record<string, string>; selfClosing: boolean } {
    const s = this.html;
    // No prototype: an attribute named `__proto__` or `toString` is only an attribute.
    const attrs = Object.create(null) as Record<string, string>;
    for (;;) {
      const gap = sticky(SPACE, s, this.at) ?? '';
      this.at += gap.length;
      if (this.at >= s.length) return { attrs, selfClosing: false };
      const ch = s[this.at];
      if (ch === '>') {
        this.at++;
        return { attrs, selfClosing: gap.endsWith('/') };
      }
      if (ch === '<') return { attrs, selfClosing: false };
      const name = sticky(ATTR_NAME, s, this.at);
      if (name === undefined) {
        // A stray quote: skip it.
        this.at++;
        continue;
      }
      this.at += name.length;
      let value = '';
      const eq = sticky(EQUALS, s, this.at);
      if (eq !== undefined && eq.length > 0) {
        this.at += eq.length;
        const quote = s[this.at];
        if (quote === '"' || quote === "'") {
          const end = s.indexOf(quote, this.at + 1);
          const stop = end < 0 ? s.length : end;
          value = s.slice(this.at + 1, stop);
          this.at = Math.min(s.length, stop + 1);
        } else {
          value = sticky(UNQUOTED, s, this.at) ?? '';
          this.at += value.length;
        }
      }
      const key = name.toLowerCase();
      if (!(key in attrs)) attrs[key] = decodeHtml(value);
    }
  }

  /** `<!--...-->`, `<![if ...]>`, `<![endif]>`, `<!DOCTYPE ...>`, `<![CDATA[...]]>`. */
  private bang(): void {
    const s = this.html;
    if (s.startsWith('<!--', this.at)) {
      const end = s.indexOf('-->', this.at + 4);
      const body = s.slice(this.at + 4, end < 0 ? s.length : end);
      this.at = end < 0 ? s.length : end + 3;
      return this.conditional(body);
    }
    if (s.startsWith('<![CDATA[', this.at)) {
      const end = s.indexOf(']]>', this.at + 9);
      this.text(s.slice(this.at + 9, end < 0 ? s.length : end));
      this.at = end < 0 ? s.length : end + 3;
      return;
    }
    const end = s.indexOf('>', this.at + 2);
    const body = s.slice(this.at + 2, end < 0 ? s.length : end);
    this.at = end < 0 ? s.length : end + 1;
    this.conditional(body);
  }

  /** A comment or declaration whose whole body is `[if ...]` or `[endif]`: Word's downlevel-revealed conditionals. */
  private conditional(body: string): void {
    const b = body.trim();
    if (/^\[endif\]$/i.test(b)) {
      const at = this.stack.map((e) => e.name).lastIndexOf('#if');
      if (at > 0) this.stack.length = at;
      return;
    }
    if (b.length < 200 && /^\[if [^\]]*\]$/i.test(b)) this.open('#if', { condition: b.slice(4, -1).trim() }, false);
  }

  private open(name: string, attrs: Record<string, string>, selfClosing: boolean): void {
    if (RAW.has(name)) {
      if (!selfClosing) this.skipRaw(name);
      return;
    }
    if (ENDS_P.has(name)) this.closeImplied('p');
    else if (name === 'li') this.closeImplied('li', new Set(['ul', 'ol']));
    if (++this.elements > this.maxElements) throw new HtmlTooLargeError(this.maxElements);
    const element: HtmlElement = { kind: 'element', name, attrs, children: [] };
    this.top.children.push(element);
    if (VOID.has(name) || selfClosing) return;
    if (this.stack.length >= MAX_DEPTH) {
      // Its children go to the deepest element kept.
      this.flattened++;
      return;
    }
    this.stack.push(element);
  }

  /** Ends an open `name` that only inline elements (or none) separate from the top. */
  private closeImplied(name: string, stopAt: ReadonlySet<string> = CONTAINERS): void {
    for (let k = this.stack.length - 1; k > 0; k--) {
      const open = at(this.stack, k).name;
      if (open === name) {
        this.stack.length = k;
        return;
      }
      if (stopAt.has(open) || CONTAINERS.has(open)) return;
    }
  }

  private close(name: string): void {
    for (let k = this.stack.length - 1; k > 0; k--) {
      if (at(this.stack, k).name === name) {
        this.stack.length = k;
        return;
      }
    }
    if (this.flattened > 0) this.flattened--;
  }

  /** Past the raw element's closing tag (or to the end). */
  private skipRaw(name: string): void {
    const closer = new RegExp(`</${name}[\\s/>]`, 'gi');
    closer.lastIndex = this.at;
    const m = closer.exec(this.html);
    if (m === null) {
      this.at = this.html.length;
      return;
    }
    this.at = m.index + m[0].length;
    if (!m[0].endsWith('>')) this.skipPast('>', 0);
  }

  private skipPast(ch: string, from: number): void {
    const end = this.html.indexOf(ch, this.at + from);
    this.at = end < 0 ? this.html.length : end + 1;
  }
}

export function parseHtml(html: string, options: ParseOptions = {}): HtmlElement {
  return new Parser(html, options.maxElements).parse();
}

export function textOf(node: HtmlNode): string {
  if (node.kind === 'text') return node.text;
  let out = '';
  const stack: HtmlNode[] = [node];
  // Iterative: a text's depth does not matter here.
  while (stack.length > 0) {
    const n = stack.pop() as HtmlNode;
    if (n.kind === 'text') out += n.text;
    else for (let k = n.children.length - 1; k >= 0; k--) stack.push(at(n.children, k));
  }
  return out;
}

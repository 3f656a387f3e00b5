/**
 * A small parser for the inline Markdown that drafts use: bold, italic, code, strikethrough,
 * links (inline, `<autolinks>` and bare URLs), backslash escapes, hard line breaks and the few
 * HTML tags that conversions leave (`<sup>`, `<sub>`, `<br>`, `<b>`, `<i>`, `<a href>`).
 * Footnote references arrive as placeholders (see `notePlaceholder`), put there by the code
 * that reads the engine's model, so this parser never has to know the three notations.
 *
 * Every step is linear in the text, whatever it holds: searches for a closing delimiter that
 * failed are remembered, and closing tags and brackets are indexed once.
 */
import { at } from '../engine';
import { isXmlText } from './xml-text';

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  sup?: boolean;
  sub?: boolean;
}

export type Inline =
  | { kind: 'text'; text: string; style: TextStyle }
  | { kind: 'link'; target: string; children: Inline[] }
  /** A hard line break (`<br>`, two trailing spaces, a backslash at the line's end). */
  | { kind: 'break' }
  /** A line break in the source: a space in body text, a line break in the cover. */
  | { kind: 'soft' }
  | { kind: 'note'; id: number };

/**
 * Noncharacters, which `readDraft` strips from a draft (see xml-text.ts) before it puts these in:
 * nothing a person types can be taken for a footnote reference. (Private-use characters such as
 * U+E000 were used before, and a draft could hold those.)
 */
const NOTE_OPEN = '\uFDD0';
const NOTE_CLOSE = '\uFDD1';
const NOTE = /\uFDD0(\d{1,9})\uFDD1/y;

/** The placeholder that stands for footnote `id` in text given to `parseInline`. */
export function notePlaceholder(id: number): string {
  return `${NOTE_OPEN}${id}${NOTE_CLOSE}`;
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const URL_START = /^(?:https?:\/\/|www\.)[^\s<>"'`\])\\]*[^\s<>"'`\]).,;:!?*_\\]/i;
const AUTOLINK = /^<((?:https?|ftp|mailto):[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[A-Za-z]{2,})>/i;
const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s[^<>]*)?)\/?>/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026' };
const STYLE_TAGS: Record<string, keyof TextStyle> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', sup: 'sup', sub: 'sub', s: 'strike', del: 'strike', strike: 'strike', code: 'code' };
const MAX_DEPTH = 12;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

class InlineParser {
  /**
   * Where a search for a closing delimiter already failed, by delimiter and end: a later
   * search from further on would fail too. Keeps runs of unclosed `*`, `[` or backticks linear.
   */
  private readonly failed = new Map<string, number>();
  private brackets: Int32Array | undefined;
  /** Where each closing tag (`</b>`, `</A >` ...) starts, by lower-case name, in order. */
  private closingTags: Map<string, number[]> | undefined;
  /** The last search for `-->`: from where, and where it was found (-1: nowhere after). */
  private commentClose: { from: number; at: number } | undefined;

  constructor(private readonly src: string) {}

  private hasFailed(key: string, from: number): boolean {
    const at = this.failed.get(key);
    return at !== undefined && from >= at;
  }

  private fail(key: string, from: number): undefined {
    const at = this.failed.get(key);
    if (at === undefined || from < at) this.failed.set(key, from);
    return undefined;
  }

  /** The `]` that closes each `[`, escapes honoured (-1 when none does). */
  private closingBracket(open: number): number {
    if (this.brackets === undefined) {
      const src = this.src;
      const match = new Int32Array(src.length).fill(-1);
      const stack: number[] = [];
      for (let k = 0; k < src.length; k++) {
        const c = src[k];
        if (c === '\\') k++;
        else if (c === '[') stack.push(k);
        else if (c === ']' && stack.length > 0) match[stack.pop() as number] = k;
      }
      this.brackets = match;
    }
    return this.brackets[open] ?? -1;
  }

  /** The first closing tag `</name>` at or after `from` and before `to` (-1 when none is). */
  private closingTag(name: string, from: number, to: number): number {
    if (this.closingTags === undefined) {
      const tags = new Map<string, number[]>();
      const re = /<\/([A-Za-z][A-Za-z0-9]*)\s*>/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(this.src)) !== null) {
        const [, tagName] = m;
        if (tagName === undefined) continue; // the group always matches
        const key = tagName.toLowerCase();
        const list = tags.get(key);
        if (list === undefined) tags.set(key, [m.index]);
        else list.push(m.index);
      }
      this.closingTags = tags;
    }
    const list = this.closingTags.get(name) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at(list, mid) >= from) hi = mid; // lo <= mid < hi <= list.length
      else lo = mid + 1;
    }
    const found = list[lo];
    return found !== undefined && found < to ? found : -1;
  }

  /** `src.indexOf('-->', from)`, remembered: unclosed comments repeated must not rescan the rest each time. */
  private commentEnd(from: number): number {
    const c = this.commentClose;
    if (c !== undefined && from >= c.from && (c.at < 0 || from <= c.at)) return c.at;
    const at = this.src.indexOf('-->', from);
    this.commentClose = { from, at };
    return at;
  }

  parse(from: number, to: number, style: TextStyle, depth: number, inLink: boolean): Inline[] {
    const out: Inline[] = [];
    let text = '';
    const flush = (): void => {
      if (text.length > 0) pushText(out, text, style);
      text = '';
    };
    const emit = (items: Inline[]): void => {
      flush();
      for (const item of items) {
        if (item.kind === 'text') pushText(out, item.text, item.style);
        else out.push(item);
      }
    };
    const src = this.src;
    let i = from;
    while (i < to) {
      const ch = src[i];
      if (ch === '\\') {
        const next = src[i + 1];
        if (i + 1 < to && (next === '\n' || next === '\r')) {
          emit([{ kind: 'break' }]);
          i = this.skipLineBreak(i + 1, to);
          continue;
        }
        if (i + 1 < to && next !== undefined && ESCAPABLE.test(next)) {
          text += next;
          i += 2;
          continue;
        }
        text += ch;
        i++;
        continue;
      }
      if (ch === NOTE_OPEN) {
        NOTE.lastIndex = i;
        const note = NOTE.exec(src);
        if (note !== null && NOTE.lastIndex <= to) {
          emit([{ kind: 'note', id: Number(note[1]) }]);
          i = NOTE.lastIndex;
          continue;
        }
      }
      if (ch === '\n' || ch === '\r') {
        const hard = /( {2,}|\t)$/.test(text);
        text = text.replace(/[ \t]+$/, '');
        emit([{ kind: hard ? 'break' : 'soft' }]);
        i = this.skipLineBreak(i, to);
        continue;
      }
      if (ch === '`') {
        const r = this.codeSpan(i, to);
        if (r !== undefined) {
          emit([{ kind: 'text', text: r.text, style: { ...style, code: true } }]);
          i = r.end;
          continue;
        }
        const run = this.runLength(i, to, '`');
        text += src.slice(i, i + run);
        i += run;
        continue;
      }
      if ((ch === '[' || (ch === '!' && src[i + 1] === '[')) && depth < MAX_DEPTH) {
        const link = this.link(i, to);
        if (link !== undefined) {
          const children = this.parse(link.textStart, link.textEnd, style, depth + 1, true);
          if (link.image) emit(children.length > 0 ? children : [{ kind: 'text', text: '[image]', style }]);
          else if (inLink || link.target === '' || link.target === '#') emit(children);
          else emit([{ kind: 'link', target: link.target, children }]);
          i = link.end;
          continue;
        }
      }
      if (ch === '<') {
        const [autolink, address] = AUTOLINK.exec(src.slice(i, Math.min(to, i + 2000))) ?? [];
        if (autolink !== undefined && address !== undefined) {
          const target = /^[^:]+@/.test(address) && !/^mailto:/i.test(address) ? `mailto:${address}` : address;
          emit(inLink ? [{ kind: 'text', text: address, style }] : [{ kind: 'link', target, children: [{ kind: 'text', text: address, style }] }]);
          i += autolink.length;
          continue;
        }
        if (src.startsWith('<!--', i)) {
          const close = this.commentEnd(i + 4);
          i = close < 0 || close + 3 > to ? to : close + 3;
          continue;
        }
        const tag = TAG.exec(src.slice(i, Math.min(to, i + 500)));
        if (tag !== null) {
          const r = this.htmlTag(tag, i, to, style, depth, inLink);
          emit(r.items);
          i = r.end;
          continue;
        }
      }
      if (ch === '&') {
        const [entity, entityName] = /^&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/i.exec(src.slice(i, i + 12)) ?? [];
        const decoded = entityName === undefined ? undefined : decodeEntity(entityName);
        if (entity !== undefined && decoded !== undefined) {
          text += decoded;
          i += entity.length;
          continue;
        }
      }
      if ((ch === '*' || ch === '_' || ch === '~') && depth < MAX_DEPTH) {
        const r = this.emphasis(i, to, style, depth, inLink);
        if (r !== undefined) {
          emit(r.items);
          i = r.end;
          continue;
        }
        const run = this.runLength(i, to, ch);
        text += src.slice(i, i + run);
        i += run;
        continue;
      }
      if (!inLink && (ch === 'h' || ch === 'H' || ch === 'w' || ch === 'W') && !isWordChar(src[i - 1])) {
        const url = URL_START.exec(src.slice(i, Math.min(to, i + 2000)));
        if (url !== null) {
          let u = url[0];
          const opens = (u.match(/\(/g) ?? []).length;
          const closes = (u.match(/\)/g) ?? []).length;
          if (closes > opens) u = u.replace(/\)+$/, '');
          emit([{ kind: 'link', target: /^www\./i.test(u) ? `https://${u}` : u, children: [{ kind: 'text', text: u, style }] }]);
          i += u.length;
          continue;
        }
      }
      text += ch;
      i++;
    }
    flush();
    return out;
  }

  private skipLineBreak(i: number, to: number): number {
    if (this.src[i] === '\r' && this.src[i + 1] === '\n') i++;
    i++;
    while (i < to && (this.src[i] === ' ' || this.src[i] === '\t')) i++;
    return i;
  }

  private runLength(i: number, to: number, ch: string): number {
    let j = i;
    while (j < to && this.src[j] === ch) j++;
    return j - i;
  }

  private codeSpan(i: number, to: number): { text: string; end: number } | undefined {
    const n = this.runLength(i, to, '`');
    const key = `\`${n}:${to}`;
    if (this.hasFailed(key, i)) return undefined;
    let j = i + n;
    while (j < to) {
      const at = this.src.indexOf('`', j);
      if (at < 0 || at >= to) return this.fail(key, i);
      const m = this.runLength(at, to, '`');
      if (m === n) {
        let text = this.src.slice(i + n, at).replace(/\r\n|\r|\n/g, ' ');
        if (/^ .*[^ ].* $/.test(text)) text = text.slice(1, -1);
        return { text, end: at + m };
      }
      j = at + m;
    }
    return this.fail(key, i);
  }

  /** `[text](target "title")` or `![alt](src)`, brackets balanced, escapes honoured. */
  private link(i: number, to: number): { textStart: number; textEnd: number; target: string; end: number; image: boolean } | undefined {
    const src = this.src;
    const image = src[i] === '!';
    const open = image ? i + 1 : i;
    const j = this.closingBracket(open);
    if (j < 0 || j >= to || src[j + 1] !== '(') return undefined;
    const rest = src.slice(j + 2, Math.min(to, j + 2 + 4000));
    const [destination, written] = /^\s*(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/.exec(rest) ?? [];
    if (destination === undefined || written === undefined) return undefined;
    const raw = written.startsWith('<') ? written.slice(1, -1) : written;
    const target = raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    return { textStart: open + 1, textEnd: j, target, end: j + 2 + destination.length, image };
  }

  private htmlTag(tag: RegExpExecArray, i: number, to: number, style: TextStyle, depth: number, inLink: boolean): { items: Inline[]; end: number } {
    const [whole, slash, tagName, attrs = ''] = tag;
    const after = i + whole.length;
    if (tagName === undefined) return { items: [], end: after }; // the name's group always matches
    const name = tagName.toLowerCase();
    if (name === 'br') return { items: [{ kind: 'break' }], end: after };
    if (slash === '/' || whole.endsWith('/>')) return { items: [], end: after };
    const key = STYLE_TAGS[name];
    if (key === undefined && name !== 'a') return { items: [], end: after };
    if (depth >= MAX_DEPTH) return { items: [], end: after };
    const closeAt = this.closingTag(name, after, to);
    if (closeAt < 0) return { items: [], end: after };
    const closeEnd = this.src.indexOf('>', closeAt) + 1;
    if (name === 'a') {
      const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
      const target = href === null ? '' : (href[1] ?? href[2] ?? href[3] ?? '');
      const children = this.parse(after, closeAt, style, depth + 1, true);
      const items: Inline[] = inLink || target === '' || target.startsWith('#') ? children : [{ kind: 'link', target: decodeAll(target), children }];
      return { items, end: closeEnd };
    }
    return { items: this.parse(after, closeAt, { ...style, [key as string]: true }, depth + 1, inLink), end: closeEnd };
  }

  /**
   * `*a*`, `_a_`, `**a**`, `__a__`, `***a***`, `~~a~~`: an opening run that can open (not
   * followed by white space; `_` not inside a word) and the first closing run after it that can
   * close. A run that finds no partner is literal text.
   */
  private emphasis(i: number, to: number, style: TextStyle, depth: number, inLink: boolean): { items: Inline[]; end: number } | undefined {
    const src = this.src;
    const ch = src.charAt(i); // i < to: parse() calls it on the run's first character
    const n = this.runLength(i, to, ch);
    if (isSpace(src[i + n])) return undefined;
    if (ch === '_' && isWordChar(src[i - 1])) return undefined;
    if (ch === '~' && n !== 2) return undefined;
    const wanted = Math.min(n, 3);
    const key = `${ch}${wanted}:${to}`;
    if (this.hasFailed(key, i)) return undefined;
    let j = i + n;
    while (j < to) {
      const c = src[j];
      if (c === '\\') {
        j += 2;
        continue;
      }
      if (c === '`') {
        const code = this.codeSpan(j, to);
        j = code !== undefined ? code.end : j + this.runLength(j, to, '`');
        continue;
      }
      if (c !== ch) {
        j++;
        continue;
      }
      const m = this.runLength(j, to, ch);
      const canClose = !isSpace(src[j - 1]) && !(ch === '_' && isWordChar(src[j + m]));
      const fits = m === wanted || (wanted < 3 && m === 3) || (wanted === 3 && m >= 1);
      if (canClose && fits && j > i + n) {
        const used = Math.min(m, wanted);
        const inner: TextStyle = { ...style };
        if (ch === '~') inner.strike = true;
        else {
          if (used >= 2) inner.bold = true;
          if (used % 2 === 1) inner.italic = true;
        }
        const items: Inline[] = [];
        // An opening `***` closed by `*` or `**`: the rest of the opening run is literal.
        if (n > used) items.push({ kind: 'text', text: src.slice(i, i + n - used), style });
        const contentEnd = j + m - used;
        items.push(...this.parse(i + n, contentEnd, inner, depth + 1, inLink));
        return { items, end: contentEnd + used };
      }
      j += m;
    }
    return this.fail(key, i);
  }
}

function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    if (!Number.isFinite(code)) return undefined;
    // What a Word document cannot hold (NUL, controls, noncharacters, surrogates) is U+FFFD, as in CommonMark.
    const ch = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    return isXmlText(ch) ? ch : '\uFFFD';
  }
  return ENTITIES[body.toLowerCase()];
}

function decodeAll(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, body: string) => decodeEntity(body) ?? all);
}

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && !!a.strike === !!b.strike && !!a.sup === !!b.sup && !!a.sub === !!b.sub;
}

function pushText(out: Inline[], text: string, style: TextStyle): void {
  const last = out[out.length - 1];
  if (last !== undefined && last.kind === 'text' && sameStyle(last.style, style)) last.text += text;
  else out.push({ kind: 'text', text, style: { ...style } });
}

/** Parses inline Markdown; line breaks in `text` come back as `soft` or `break` items. */
export function parseInline(text: string): Inline[] {
  return new InlineParser(text).parse(0, text.length, {}, 0, false);
}

/** The text a reader sees, footnote references left out; soft breaks read as spaces. */
export function plainText(items: readonly Inline[]): string {
  let out = '';
  for (const item of items) {
    if (item.kind === 'text') out += item.text;
    else if (item.kind === 'link') out += plainText(item.children);
    else if (item.kind === 'soft' || item.kind === 'break') out += ' ';
  }
  return out;
}

/** Drops one formatting flag from every item (a heading is bold by its style already). */
export function withoutStyle(items: readonly Inline[], key: keyof TextStyle): Inline[] {
  return items.map((item) => {
    if (item.kind === 'text') {
      const style = { ...item.style };
      delete style[key];
      return { ...item, style };
    }
    if (item.kind === 'link') return { ...item, children: withoutStyle(item.children, key) };
    return item;
  });
}

/** Removes leading and trailing white space and breaks. */
export function trimInlines(items: readonly Inline[]): Inline[] {
  const blank = (item: Inline | undefined): boolean => item !== undefined && (item.kind === 'soft' || item.kind === 'break' || (item.kind === 'text' && item.text.trim() === ''));
  const out = [...items];
  while (blank(out[0])) out.shift();
  while (blank(out.at(-1))) out.pop();
  if (out[0]?.kind === 'text') out[0] = { ...out[0], text: out[0].text.trimStart() };
  const end = out[out.length - 1];
  if (end?.kind === 'text') out[out.length - 1] = { ...end, text: end.text.trimEnd() };
  return out;
}

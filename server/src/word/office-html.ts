import { at } from '../engine';
import { textOf, type HtmlElement, type HtmlNode } from './html-tree';

/**
 * Rewrites the HTML that Word and LibreOffice put on the clipboard (or write with "Save as
 * HTML") into the shape the Markdown converter knows from mammoth (html-to-markdown.ts), so both
 * paths share one converter:
 *
 * - Word's footnotes and endnotes: references `<a href="#_ftn1" name="_ftnref1">`, texts in
 *   `<div id="ftn1">` (`_edn`/`edn` for endnotes); LibreOffice's `<a href="#sdfootnote1sym">` and
 *   `<div id="sdfootnote1">` (`sdendnote`). References become `<a href="#footnote-N">`, texts
 *   `<li id="footnote-N">` gathered at the end, and the links back from a text to its
 *   reference are dropped.
 * - Word's lists, which are paragraphs styled `mso-list:l0 level1 lfo1` with the bullet or
 *   number written inside `<![if !supportLists]>`: consecutive ones become `<ul>`/`<ol>`,
 *   nested by level, ordered when the bullet is a number or a letter.
 * - Word's other downlevel-revealed content (`<![if !supportFootnotes]>[1]<![endif]>`, the rule
 *   above the footnotes, `<![if !supportEmptyParas]>`) is dropped, keeping any footnote
 *   reference inside it; so are the `<head>`, hidden text, and `mso-list:Ignore` bullets.
 * - Bold and italic written as styles (`<span style="font-weight:bold">`, Google Docs' spans)
 *   become `<b>` and `<i>`; Google Docs' `<b style="font-weight:normal">` wrapper is not bold.
 */
export type HtmlSource = 'word' | 'libreoffice' | 'html';

export interface OfficeHtml {
  root: HtmlElement;
  source: HtmlSource;
}

const WORD_REF = /#_(ftn|edn)(\d{1,6})$/i;
const WORD_BACK = /#_(ftn|edn)ref(\d{1,6})$/i;
const WORD_DEF = /^(ftn|edn)(\d{1,6})$/i;
const LO_REF = /#sd(foot|end)note(\d{1,6})sym$/i;
const LO_BACK = /#sd(foot|end)note(\d{1,6})anc$/i;
const LO_DEF = /^sd(foot|end)note(\d{1,6})$/i;
const LIST_STYLE = /mso-list:\s*l(\d{1,6})\s+level(\d{1,2})/i;
const HIDDEN_STYLE = /display:\s*none|mso-hide:\s*all|mso-list:\s*ignore/i;
const BOLD_STYLE = /font-weight:\s*(bold|[6-9]00)/i;
const NOT_BOLD_STYLE = /font-weight:\s*(normal|[1-4]00)/i;
const ITALIC_STYLE = /font-style:\s*italic/i;
const ORDERED_BULLET = /^\(?(\d{1,9}|[a-z]|[ivxlcdm]{1,8})[.)]$/i;
const DROPPED = new Set(['head', 'object', 'embed', 'svg', 'math', 'canvas', 'audio', 'video', 'select', 'button', 'input', 'map']);
const HEADING = /^h[1-6]$/;

function element(name: string, children: HtmlNode[], attrs: Record<string, string> = {}): HtmlElement {
  return { kind: 'element', name, attrs, children };
}

/** The note a reference link points to (`ftn1`, `sdfootnote1`), if it is one. */
function refKey(href: string): string | undefined {
  const [, wordKind, wordNumber] = WORD_REF.exec(href) ?? [];
  if (wordKind !== undefined && wordNumber !== undefined) return `${wordKind.toLowerCase()}${wordNumber}`;
  const [, loKind, loNumber] = LO_REF.exec(href) ?? [];
  return loKind === undefined || loNumber === undefined ? undefined : `sd${loKind.toLowerCase()}note${loNumber}`;
}

function defKey(id: string): string | undefined {
  if (WORD_DEF.test(id)) return id.toLowerCase();
  return LO_DEF.test(id) ? id.toLowerCase() : undefined;
}

interface ListItem {
  node: HtmlElement;
  list: string;
  level: number;
  ordered: boolean;
  start: number;
}

export function normalizeOfficeHtml(root: HtmlElement): OfficeHtml {
  return new Normalizer().run(root);
}

class Normalizer {
  private readonly defs = new Map<string, HtmlElement>();
  private readonly numbers = new Map<string, number>();
  /** Note keys in the order their references were met (a note's text may refer to another). */
  private readonly order: string[] = [];
  private word = false;
  private libreOffice = false;

  run(root: HtmlElement): OfficeHtml {
    this.survey(root);
    const children = this.children(root.children);
    const notes: HtmlElement[] = [];
    // Only the texts some reference points to; numbered as the references are met.
    for (const [k, key] of this.order.entries()) {
      const def = this.defs.get(key);
      if (def !== undefined) notes.push(element('li', this.children(def.children), { id: `footnote-${k + 1}` }));
    }
    if (notes.length > 0) children.push(element('ol', notes));
    const source: HtmlSource = this.word ? 'word' : this.libreOffice ? 'libreoffice' : 'html';
    return { root: { ...root, children }, source };
  }

  /** Who wrote the HTML, and the footnote texts, taken out of the tree. Iterative: any depth. */
  private survey(root: HtmlElement): void {
    const stack: HtmlElement[] = [root];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      const attrs = node.attrs;
      if (node.name === 'meta') {
        const content = attrs.content ?? '';
        if (/microsoft word|word\.document/i.test(content)) this.word = true;
        if (/libreoffice|openoffice/i.test(content)) this.libreOffice = true;
      }
      if (/^mso/i.test(attrs.class ?? '') || /(^|;)\s*mso-/i.test(attrs.style ?? '') || node.name.startsWith('o:')) this.word = true;
      node.children = node.children.filter((child) => {
        if (child.kind !== 'element') return true;
        const key = defKey(child.attrs.id ?? '');
        if (key === undefined || this.defs.has(key)) return stack.push(child) > 0;
        if (key.startsWith('sd')) this.libreOffice = true;
        else this.word = true;
        this.defs.set(key, child);
        return false;
      });
    }
  }

  private children(nodes: readonly HtmlNode[]): HtmlNode[] {
    const out: HtmlNode[] = [];
    for (let k = 0; k < nodes.length; k++) {
      const node = at(nodes, k); // k < nodes.length (a run moves k to its last item)
      const item = this.listItem(node);
      if (item === undefined) {
        out.push(...this.node(node));
        continue;
      }
      // A run of Word list paragraphs, white space between them aside.
      const run: ListItem[] = [item];
      let j = k + 1;
      for (; j < nodes.length; j++) {
        const n = at(nodes, j);
        if (n.kind === 'text' && n.text.trim() === '') continue;
        const next = this.listItem(n);
        if (next === undefined) break;
        run.push(next);
        k = j;
      }
      out.push(...this.lists(run));
    }
    return mergeNumberedLists(out);
  }

  private listItem(node: HtmlNode): ListItem | undefined {
    if (node.kind !== 'element' || node.name !== 'p') return undefined;
    const [, list, level] = LIST_STYLE.exec(node.attrs.style ?? '') ?? [];
    if (list === undefined || level === undefined) return undefined;
    const bullet = this.bullet(node).replace(/[\s\u00A0]+/g, '');
    const number = ORDERED_BULLET.exec(bullet);
    const digits = number?.[1];
    return { node, list, level: Number(level), ordered: number !== null, start: digits !== undefined && /^\d+$/.test(digits) ? Number(digits) : 1 };
  }

  /** The bullet or number Word wrote for browsers, in the paragraph's `!supportLists` part. */
  private bullet(p: HtmlElement): string {
    const stack: HtmlNode[] = [...p.children].reverse();
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      if (n.kind !== 'element') continue;
      if ((n.name === '#if' && /supportLists/i.test(n.attrs.condition ?? '')) || /mso-list:\s*ignore/i.test(n.attrs.style ?? '')) return textOf(n);
      for (let k = n.children.length - 1; k >= 0; k--) stack.push(at(n.children, k));
    }
    return '';
  }

  /** Nested lists from a run of Word list paragraphs. */
  private lists(run: readonly ListItem[]): HtmlNode[] {
    const out: HtmlElement[] = [];
    const open: { level: number; list: HtmlElement; id: string }[] = [];
    for (const item of run) {
      let top = open.at(-1);
      while (top !== undefined && top.level > item.level) {
        open.pop();
        top = open.at(-1);
      }
      const li = element('li', this.children(item.node.children));
      if (top !== undefined && top.level === item.level && top.id === item.list) {
        top.list.children.push(li);
        continue;
      }
      const list = element(item.ordered ? 'ol' : 'ul', [li], item.ordered && item.start !== 1 ? { start: String(item.start) } : {});
      const parentItem = top?.list.children[top.list.children.length - 1];
      if (top !== undefined && top.level < item.level && parentItem?.kind === 'element') {
        parentItem.children.push(list);
      } else {
        // A new list at this level (another list id, or nothing open at a lower level).
        if (top !== undefined && top.level === item.level) open.pop();
        out.push(list);
      }
      open.push({ level: item.level, list, id: item.list });
    }
    return out;
  }

  private node(node: HtmlNode): HtmlNode[] {
    if (node.kind === 'text') return [node];
    const { name, attrs } = node;
    if (DROPPED.has(name) || HIDDEN_STYLE.test(attrs.style ?? '')) return [];
    if (name === '#if') {
      // Word's rendering for browsers: kept only for the footnote references it may hold.
      if (/supportLists/i.test(attrs.condition ?? '')) return [];
      return this.refsIn(node);
    }
    if (name === 'a') {
      const href = attrs.href ?? '';
      const key = refKey(href);
      if (key !== undefined) return [this.ref(key)];
      if (WORD_BACK.test(href) || LO_BACK.test(href)) return [];
    }
    if (HEADING.test(name)) return [{ ...node, children: this.children(this.numberedHeading(node.children)) }];
    const children = this.children(node.children);
    const style = attrs.style ?? '';
    if (name === 'b' || name === 'strong') return NOT_BOLD_STYLE.test(style) ? children : [{ ...node, children }];
    let out: HtmlNode[] = [{ ...node, children }];
    if (name === 'span' || name === 'font') {
      if (ITALIC_STYLE.test(style)) out = [element('i', out)];
      if (BOLD_STYLE.test(style)) out = [element('b', out)];
    }
    return out;
  }

  /** A heading Word numbers (`I.`, `1.1`) keeps its number, as text. */
  private numberedHeading(nodes: readonly HtmlNode[]): HtmlNode[] {
    return nodes.map((n) => {
      if (n.kind === 'element' && n.name === '#if' && /supportLists/i.test(n.attrs.condition ?? '')) {
        return { kind: 'text', text: `${textOf(n).replace(/[\s\u00A0]+/g, ' ').trim()} ` };
      }
      return n;
    });
  }

  private refsIn(node: HtmlElement): HtmlNode[] {
    const out: HtmlNode[] = [];
    const stack: HtmlNode[] = [...node.children].reverse();
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      if (n.kind !== 'element') continue;
      const key = n.name === 'a' ? refKey(n.attrs.href ?? '') : undefined;
      if (key !== undefined) out.push(this.ref(key));
      else for (let k = n.children.length - 1; k >= 0; k--) stack.push(at(n.children, k));
    }
    return out;
  }

  private ref(key: string): HtmlElement {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.order.push(key);
      this.numbers.set(key, n);
    }
    return element('a', [], { href: `#footnote-${n}` });
  }
}

/** LibreOffice writes each item of a numbered list as an `<ol start="n">` of its own: one list again. */
function mergeNumberedLists(nodes: HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  let last: { list: HtmlElement; next: number; at: number } | undefined;
  for (const node of nodes) {
    if (node.kind === 'text' && node.text.trim() === '' && last !== undefined) {
      out.push(node);
      continue;
    }
    if (node.kind === 'element' && node.name === 'ol') {
      const start = Number(node.attrs.start ?? '1') || 1;
      const items = node.children.filter((c) => c.kind === 'element' && c.name === 'li').length;
      if (last !== undefined && start === last.next && items > 0) {
        last.list.children.push(...node.children);
        last.next += items;
        out.length = last.at + 1;
        continue;
      }
      out.push(node);
      last = { list: node, next: start + items, at: out.length - 1 };
      continue;
    }
    last = undefined;
    out.push(node);
  }
  return out;
}

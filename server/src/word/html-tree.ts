/**
 * A tree from the HTML that mammoth writes: well-formed, no scripts or comments, attributes in
 * double quotes, text escaped (&amp; &lt; &gt; &quot;). Enough for that, and no more: this is
 * not a general HTML parser.
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

const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'wbr']);
const TOKEN = /<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->|[^<]+|</g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function decodeHtml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_all, body: string) => {
    const b = body.toLowerCase();
    if (b[0] === '#') {
      const code = b[1] === 'x' ? parseInt(b.slice(2), 16) : Number(b.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' }[b] ?? '';
  });
}

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { kind: 'element', name: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html)) !== null) {
    const top = stack[stack.length - 1];
    if (m[2] === undefined) {
      if (m[0].startsWith('<!--')) continue;
      top.children.push({ kind: 'text', text: decodeHtml(m[0]) });
      continue;
    }
    const name = m[2].toLowerCase();
    if (m[1] === '/') {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    ATTR.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = ATTR.exec(m[3])) !== null) attrs[a[1].toLowerCase()] = decodeHtml(a[2] ?? a[3] ?? a[4] ?? '');
    const element: HtmlElement = { kind: 'element', name, attrs, children: [] };
    top.children.push(element);
    if (!VOID.has(name) && m[4] !== '/') stack.push(element);
  }
  return root;
}

export function textOf(node: HtmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}

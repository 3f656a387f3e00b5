/**
 * What an XML 1.0 document (a .docx part) may hold as text: tab, line feed, carriage return and
 * the code points from U+0020 on, less the surrogates and U+FFFE and U+FFFF. Word refuses a
 * document with anything else. Noncharacters (U+FDD0-U+FDEF and U+xFFFE/U+xFFFF in every
 * plane) are left out too: they are not text, and the exporter uses two as internal markers.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this is about
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\p{Cs}\p{Noncharacter_Code_Point}]/gu;
// eslint-disable-next-line no-control-regex -- as above
const FORBIDDEN_ONE = /^[\0-\x08\x0B\x0C\x0E-\x1F\p{Cs}\p{Noncharacter_Code_Point}]$/u;

/** Whether the one character `ch` may stand in a Word document's text. */
export function isXmlText(ch: string): boolean {
  return !FORBIDDEN_ONE.test(ch);
}

/**
 * `text` with what a Word document cannot hold taken out: vertical tab and form feed become
 * spaces (they separate words), the rest is dropped. `removed` counts what was changed.
 */
export function toXmlText(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(FORBIDDEN, (ch) => {
    removed++;
    return ch === '\x0B' || ch === '\x0C' ? ' ' : '';
  });
  return { text: out, removed };
}

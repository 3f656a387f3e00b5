/**
 * Draft text quoted in a message: on one line, and when longer than `max` characters cut at the
 * end of a word (never inside one, nor inside a surrogate pair) with an ellipsis, so the Problems
 * panel never shows half a word ('undertake...' for 'undertaken').
 */
export function quoteText(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  let cut = one.lastIndexOf(' ', max - 1);
  // One word longer than the whole quote: cut it at `max`, on a whole character.
  if (cut <= 0) {
    cut = max - 1;
    const c = one.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
  }
  return `${one.slice(0, cut).replace(/[\s,;:.\-–—(]+$/u, '')}…`;
}

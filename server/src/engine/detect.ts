/**
 * Whether a plain Markdown file looks like a CSTD input, for `wsis.markdown.enable: auto`:
 * its beginning names the commission, carries the disclaimer, or has the input paragraph,
 * or it says it is a WSIS submission, unless its first line turns every rule off. Only the first
 * few thousand characters are read.
 */
const HEAD = 4000;
const SIGNS = [
  /commission\s+on\s+science\s+and\s+technology\s+for\s+development/i,
  /disclaimer:?\W+the\s+views\s+presented\s+here\s+are\s+the\s+contributors/i,
  /this\s+submission\s+was\s+prepared\s+as\s+an\s+input/i,
  /<!--\s*wsis\s+kind\s*:/i,
];

/**
 * A file that begins by turning every rule off (`<!-- wsis-disable -->` on its first line) says it
 * is not a draft though it quotes one: the rule docs, a README about the template.
 */
const OPTED_OUT = /^\uFEFF?[ \t]*<!--[ \t]*wsis-disable[ \t]*-->/;

export function looksLikeSubmission(text: string): boolean {
  if (OPTED_OUT.test(text)) return false;
  const head = text.slice(0, HEAD).replace(/[*_]/g, '');
  return SIGNS.some((re) => re.test(head));
}

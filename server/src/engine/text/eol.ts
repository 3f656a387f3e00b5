/** The draft's own line break (CRLF if its first line ends so), so inserted text matches it. */
export function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

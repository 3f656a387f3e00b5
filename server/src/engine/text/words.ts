/**
 * Counts words as a reader would: runs of non-space characters that hold at least one letter
 * or digit (so `**`, `-` and `|` are not words). A plain loop: it runs over every body block on
 * each check, and is several times faster than a Unicode-aware regex here.
 */
export function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  let counted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0xa0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0)) {
      words++;
      counted = true;
    }
  }
  return words;
}

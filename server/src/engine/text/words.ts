/** Character classes for word counting, by UTF-16 code unit. */
const SPACE = 1;
const WORD = 2;
const CLASS = new Uint8Array(65536);
for (const c of [32, 10, 13, 9, 12, 0xa0]) CLASS[c] = SPACE;
for (let c = 48; c <= 57; c++) CLASS[c] = WORD;
for (let c = 65; c <= 90; c++) CLASS[c] = WORD;
for (let c = 97; c <= 122; c++) CLASS[c] = WORD;
for (let c = 0xc0; c < 65536; c++) CLASS[c] = WORD;

/**
 * Counts words as a reader would: runs of non-space characters that hold at least one letter
 * or digit (so `**`, `-` and `|` are not words). A plain loop over a class table: it runs over
 * every body block on each check, and is several times faster than a Unicode-aware regex here
 * (and a quarter faster than comparing each character against the ranges).
 */
export function countWords(text: string, start: number, end: number): number {
  let words = 0;
  // 0: between words; 1: in a word with no letter or digit yet; 2: in a counted word.
  let state = 0;
  for (let i = start; i < end; i++) {
    const k = CLASS[text.charCodeAt(i)];
    if (k === SPACE) state = 0;
    else if (state !== 2) {
      if (k === WORD) {
        words++;
        state = 2;
      } else state = 1;
    }
  }
  return words;
}

import { at } from './at';
/**
 * Word-level difference between the template's wording and the draft's, for messages such as
 * "reworded: 'position' became 'positions'". Longest common subsequence over words; texts are
 * a paragraph long, and anything longer is cut to keep the table small.
 */
const MAX_WORDS = 300;

export interface WordDiff {
  /** Template words the draft lacks. */
  missing: string[];
  /** Draft words the template lacks. */
  added: string[];
}

function tokens(s: string): string[] {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, MAX_WORDS);
}

const LEADING = new Set(['"', "'", '(']);
const TRAILING = new Set([',', '.', ';', ':', '"', "'", ')']);

/**
 * A word for comparison: lower case, without quotes and brackets before it and punctuation after
 * it. Trimmed by hand: `/[,.;:"')]+$/` retries from every character of a long run of such marks
 * that does not end the word (a "word" of 40,000 dots took seconds).
 */
function key(w: string): string {
  let start = 0;
  let end = w.length;
  while (start < end && LEADING.has(w.charAt(start))) start++;
  while (end > start && TRAILING.has(w.charAt(end - 1))) end--;
  return w.slice(start, end).toLowerCase();
}

export function wordDiff(expected: string, actual: string): WordDiff {
  const a = tokens(expected);
  const b = tokens(actual);
  const ka = a.map(key);
  const kb = b.map(key);
  const n = a.length;
  const m = b.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      // i < n and j < m, so every index below is under (n + 1) * (m + 1).
      table[i * (m + 1) + j] = at(ka, i) === at(kb, j) ? at(table, (i + 1) * (m + 1) + j + 1) + 1 : Math.max(at(table, (i + 1) * (m + 1) + j), at(table, i * (m + 1) + j + 1));
    }
  }
  const missing: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (at(ka, i) === at(kb, j)) {
      i++;
      j++;
    } else if (at(table, (i + 1) * (m + 1) + j) >= at(table, i * (m + 1) + j + 1)) {
      missing.push(at(a, i++));
    } else {
      added.push(at(b, j++));
    }
  }
  for (; i < n; i++) missing.push(at(a, i));
  for (; j < m; j++) added.push(at(b, j));
  return { missing, added };
}

/** Whether two texts have the same words, ignoring case, quotes and punctuation at word ends. */
export function sameWords(expected: string, actual: string): boolean {
  const a = tokens(expected).map(key);
  const b = tokens(actual).map(key);
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

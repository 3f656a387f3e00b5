import { at } from './at';
/** Session ordinals in words (`Twenty-third`) and digits (`23rd`), both ways. */

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS_ORDINAL = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty'];

const WORDS = new Map<string, number>();
for (let n = 1; n < 60; n++) WORDS.set(ordinalWords(n), n);

/** `23` -> `twenty-third`; outside 1 to 59, which have no words here, digits (`60th`). */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 60) return ordinalDigits(n);
  // n is an integer from 1 to 59 here, so every index below is inside its table.
  if (n < 10) return at(UNITS, n);
  if (n < 20) return at(TEENS, n - 10);
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  return unit === 0 ? at(TENS_ORDINAL, tens) : `${at(TENS, tens)}-${at(UNITS, unit)}`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The English suffix a number takes: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinalSuffix(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

export function ordinalDigits(n: number): string {
  return `${n}${ordinalSuffix(n)}`;
}

/** Regex source that matches an ordinal in words or digits (capture it, then use parseOrdinal). */
export const ORDINAL_SOURCE =
  '(?:(?:twenty|thirty|forty|fifty)[\\s-]*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|\\d{1,3}\\s?(?:st|nd|rd|th))';

export interface ParsedOrdinal {
  value: number;
  /** False for `23th`, `Twenty third` and the like: a number can be read, but it is misspelt. */
  wellFormed: boolean;
}

export function parseOrdinal(raw: string): ParsedOrdinal | undefined {
  const s = raw.trim().toLowerCase();
  const digits = /^(\d{1,3})\s?(st|nd|rd|th)$/.exec(s);
  if (digits !== null) {
    const value = Number(digits[1]);
    return { value, wellFormed: digits[2] === ordinalSuffix(value) && !/\s/.test(s) };
  }
  const compact = s.replace(/[\s-]+/g, '-');
  const value = WORDS.get(compact);
  if (value === undefined) return undefined;
  return { value, wellFormed: s === compact };
}

/** `n` as an ordinal written the way `like` is: `23<sup>rd</sup>`, `23rd`, `Twenty-third` or `twenty-third`. */
export function ordinalLike(like: string, n: number): string {
  if (/<sup>/i.test(like)) return `${n}<sup>${ordinalSuffix(n)}</sup>`;
  if (/\d/.test(like)) return ordinalDigits(n);
  const words = ordinalWords(n);
  return /^[A-Z]/.test(like.trim()) ? capitalize(words) : words;
}

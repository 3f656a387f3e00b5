import { at } from '../engine';

/**
 * Spans of a text to be replaced when the text is read piece by piece: footnote marks by
 * placeholders, definitions and comments by nothing. A slice finds its first substitution by a
 * binary search, not a walk from the first, so reading a draft with tens of thousands of
 * footnotes (a substitution each, and a slice for each block) stays linear.
 */
export interface Substitution {
  start: number;
  end: number;
  text: string;
}

export class Substitutions {
  private readonly subs: Substitution[];
  /** `reach[k]`: the furthest end among `subs[0..k]` (non-decreasing). */
  private readonly reach: number[];

  constructor(subs: Iterable<Substitution>) {
    this.subs = [...subs].sort((a, b) => a.start - b.start || b.end - a.end);
    this.reach = [];
    let furthest = -Infinity;
    for (const s of this.subs) this.reach.push((furthest = Math.max(furthest, s.end)));
  }

  /** The first index whose substitution, or an earlier one, ends after `offset`. */
  private firstReaching(offset: number): number {
    let lo = 0;
    let hi = this.reach.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at(this.reach, mid) > offset) hi = mid; // lo <= mid < hi <= reach.length
      else lo = mid + 1;
    }
    return lo;
  }

  /** Whether a substitution covers `offset`. */
  covers(offset: number): boolean {
    for (let k = this.firstReaching(offset); k < this.subs.length; k++) {
      const s = at(this.subs, k);
      if (s.start > offset) break;
      if (offset < s.end) return true;
    }
    return false;
  }

  /** `text` between two offsets with the substitutions made (one that starts before `start` is cut). */
  slice(text: string, start: number, end: number): string {
    let out = '';
    let pos = start;
    for (let k = this.firstReaching(start); k < this.subs.length; k++) {
      const s = at(this.subs, k);
      if (s.start >= end) break;
      if (s.end <= pos) continue;
      if (s.start < pos) {
        pos = Math.max(pos, Math.min(s.end, end));
        continue;
      }
      out += text.slice(pos, s.start) + s.text;
      pos = Math.min(s.end, end);
    }
    return out + text.slice(pos, end);
  }
}

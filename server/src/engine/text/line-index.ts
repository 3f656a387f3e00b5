import type { Position, Range, Span } from '../types';
import { at } from './at';

/**
 * Maps UTF-16 offsets to LSP positions and back. Built once per document version.
 * Line breaks are \n, \r\n or \r, as LSP defines them.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  readonly lineStarts: number[];
  /** Offset at which each line's content ends (before its line break). */
  readonly lineEnds: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    if (text.indexOf('\r') < 0) {
      // The common case, and the hot one: indexOf is several times faster than a regex here.
      let at = text.indexOf('\n');
      while (at >= 0) {
        ends.push(at);
        starts.push(at + 1);
        at = text.indexOf('\n', at + 1);
      }
    } else {
      const re = /\r\n|\r|\n/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        ends.push(m.index);
        starts.push(m.index + m[0].length);
      }
    }
    ends.push(text.length);
    this.lineStarts = starts;
    this.lineEnds = ends;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnds[line]);
  }

  /** The line that holds `offset` (a line break belongs to the line it ends). */
  lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at(starts, mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    const character = Math.min(clamped, at(this.lineEnds, line)) - at(this.lineStarts, line);
    return { line, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    // 0 <= line < lineCount here; lineEnds has one entry per line, as lineStarts.
    const start = at(this.lineStarts, position.line);
    return Math.min(start + Math.max(0, position.character), at(this.lineEnds, position.line));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

import type { Span } from '../types';

/** Whether `at` falls in one of `spans` (sorted and disjoint): a binary search, as drafts may hold thousands. */
export function inSpans(spans: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid];
    if (span === undefined) break; // lo <= mid <= hi < spans.length: never
    if (span.end <= at) lo = mid + 1;
    else if (span.start > at) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * The element at `index` of a list, where the caller has proven the index in range (by its loop
 * bounds, or because one list is built in step with another: a document's lineStarts and lineEnds).
 * With noUncheckedIndexedAccess an index read is `T | undefined`; this states the invariant once per
 * read and throws if it is ever broken, instead of letting `undefined` flow on as a value. A plain
 * function (no closure, no allocation on the in-range path) so it can stand in hot loops.
 */
export function at<T>(list: ArrayLike<T>, index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`index out of range: ${index} of ${list.length}`);
  return value;
}

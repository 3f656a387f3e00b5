/**
 * PDF.js's legacy build carries core-js, whose polyfills change the JavaScript built-ins of the
 * process that loads it: they add what the engine lacks (Promise.withResolvers, the Set methods,
 * the Iterator helpers; PDF.js needs them in Node 20), but they also *replace* built-ins that exist,
 * where a spec corner fails their test: Array.prototype.push and JSON.parse became JavaScript
 * functions, and every push in the language server, the CLI or the browser worker ran three times
 * slower once a PDF had been imported (a 20,000-key .wsisrc.json took 2.3 s to read instead of 0.8 s;
 * a 1 MB draft's check 60 ms instead of 50). They also add the globals `self` and (PDF.js, in
 * Node) `navigator`, by which other libraries tell a browser from Node.
 *
 * pdf-read.ts, the one module that imports PDF.js, first imports builtins-before-pdfjs.ts, whose
 * snapshot is so taken before PDF.js runs, and calls its `pdfjsLoaded` once PDF.js has loaded:
 * every property of a built-in that existed is put back as it was, the globals PDF.js added that
 * are not needed to read a PDF are taken away, and the built-ins it only added stay (PDF.js uses
 * them).
 */

/** Added globals that PDF.js does not need once loaded (the import sets pdfjsWorker itself: pdf-read.ts). */
const ADDED_GLOBALS_REMOVED = ['self', 'navigator', 'pdfjsLib', 'pdfjsWorker', '_pdfjsTestingUtils'];

type Snapshot = Map<object, { name: string; properties: Map<PropertyKey, PropertyDescriptor> }>;

function builtins(): [string, object][] {
  const out: [string, object][] = [['globalThis', globalThis]];
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    const value = Object.getOwnPropertyDescriptor(globalThis, name)?.value as unknown;
    // The constructors and namespaces of the language (Array, Promise, JSON, Math, Reflect ...), not the platform's classes.
    if (!/^[A-Z]/.test(name) || (typeof value !== 'function' && typeof value !== 'object') || value === null) continue;
    out.push([name, value]);
    const prototype = (value as { prototype?: unknown }).prototype;
    if (typeof prototype === 'object' && prototype !== null) out.push([`${name}.prototype`, prototype]);
  }
  // The prototypes that have no global name: %TypedArray%, the iterators', the generators'.
  const typedArray = Object.getPrototypeOf(Uint8Array) as object;
  const arrayIterator = Object.getPrototypeOf([][Symbol.iterator]()) as object;
  const generator = Object.getPrototypeOf(function* () {}) as object;
  out.push(
    ['%TypedArray%', typedArray],
    ['%TypedArray%.prototype', (typedArray as { prototype: object }).prototype],
    ['%ArrayIteratorPrototype%', arrayIterator],
    ['%IteratorPrototype%', Object.getPrototypeOf(arrayIterator) as object],
    ['%StringIteratorPrototype%', Object.getPrototypeOf(''[Symbol.iterator]()) as object],
    ['%MapIteratorPrototype%', Object.getPrototypeOf(new Map()[Symbol.iterator]()) as object],
    ['%SetIteratorPrototype%', Object.getPrototypeOf(new Set()[Symbol.iterator]()) as object],
    ['%GeneratorFunction.prototype%', generator],
    ['%GeneratorPrototype%', (generator as { prototype: object }).prototype],
  );
  return out;
}

/** Every own property of every built-in, as it is now. */
export function snapshotBuiltins(): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const [name, object] of builtins()) {
    if (snapshot.has(object)) continue;
    const properties = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      if (descriptor !== undefined) properties.set(key, descriptor);
    }
    snapshot.set(object, { name, properties });
  }
  return snapshot;
}

function same(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return Object.is(a.value, b.value) && a.get === b.get && a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable && a.configurable === b.configurable;
}

/**
 * Puts back every property of `snapshot` that was changed or deleted since, and deletes the
 * globals of ADDED_GLOBALS_REMOVED that it did not have. Returns what it mended ("Array.prototype.push"),
 * for the tests. A property that cannot be put back (made non-configurable since) is left.
 */
export function restoreBuiltins(snapshot: Snapshot): string[] {
  const mended: string[] = [];
  for (const [object, { name, properties }] of snapshot) {
    for (const [key, before] of properties) {
      const now = Object.getOwnPropertyDescriptor(object, key);
      if (now !== undefined && same(now, before)) continue;
      // Node defines some globals (TextDecoder, DOMException ...) with a getter that, once read,
      // puts the value in its place: the same value, not a change.
      if (now !== undefined && 'value' in now && before.get !== undefined && Object.is(now.value, before.get.call(object))) continue;
      try {
        Object.defineProperty(object, key, before);
        mended.push(`${name}.${String(key)}`);
      } catch {
        // Not configurable any more: nothing to be done.
      }
    }
  }
  const globals = snapshot.get(globalThis)?.properties;
  for (const key of ADDED_GLOBALS_REMOVED) {
    if (globals?.has(key) === true || !Object.prototype.hasOwnProperty.call(globalThis, key)) continue;
    if (Reflect.deleteProperty(globalThis, key)) mended.push(`globalThis.${key} (added)`);
  }
  return mended;
}

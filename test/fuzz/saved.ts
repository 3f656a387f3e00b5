/**
 * Failing inputs the fuzz runner saved, under test/fixtures/fuzz/:
 * - `<property>-<seed>.md`: the shrunk input, byte for byte (BOM, CR and NUL included);
 * - `<property>-<seed>.json`: `{ "input": "..." }` instead, when the input holds a lone
 *   surrogate (UTF-8 cannot store one);
 * - `<property>-<seed>.note.txt`: what failed, and how to run it again.
 * Inputs written by hand to pin a bug are named `<property>-handmade-<n>.md`, with a note too.
 * The property tests replay every saved input against every property.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { at } from '../../server/src/engine/text/at';
import { isWellFormed, PROPERTIES } from './properties';

export const FUZZ_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'fuzz');

export interface SavedInput {
  /** File name without extension, e.g. `fix-all-1234`. */
  name: string;
  /** The property that failed when it was saved (from the name). */
  property: string;
  input: string;
}

/** A JSON string literal with invisible and direction-changing characters escaped too, for notes and logs. */
export function printable(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff0-\ufffb]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function loadSavedInputs(dir = FUZZ_FIXTURES): SavedInput[] {
  if (!existsSync(dir)) return [];
  const out: SavedInput[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = /^(.+)\.(md|json)$/.exec(file);
    if (m === null) continue;
    const raw = readFileSync(join(dir, file), 'utf8');
    const input = m[2] === 'json' ? String((JSON.parse(raw) as { input: unknown }).input) : raw;
    // `fix-all-1234` was saved by fix-all; a hand-written one may say `fix-all-handmade-1`.
    const property = PROPERTIES.map((p) => p.name).find((name) => at(m, 1).startsWith(`${name}-`)) ?? '';
    out.push({ name: at(m, 1), property, input });
  }
  return out;
}

/** Saves a failing input and its note; returns the input's path. */
export function saveFailure(property: string, seed: number | string, input: string, note: string, dir = FUZZ_FIXTURES): string {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${property}-${seed}`);
  const path = isWellFormed(input) ? `${base}.md` : `${base}.json`;
  writeFileSync(path, isWellFormed(input) ? input : `${JSON.stringify({ input }, null, 2)}\n`, 'utf8');
  writeFileSync(`${base}.note.txt`, note, 'utf8');
  return path;
}

/**
 * Failing inputs of the Word properties, saved by the fuzz runner under test/fixtures/fuzz-word/
 * as `<property>-<seed>.json` (`{ "input": ... }`: a .docx case or a draft) with a note beside
 * it; test/property/word.test.ts replays them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORD_PROPERTIES } from './word-properties';

export const WORD_FUZZ_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'fuzz-word');

export interface SavedWordInput {
  name: string;
  property: string;
  input: unknown;
}

export function loadSavedWordInputs(dir = WORD_FUZZ_FIXTURES): SavedWordInput[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.json'.length);
      const property = WORD_PROPERTIES.map((p) => p.name).find((p) => name.startsWith(`${p}-`)) ?? '';
      return { name, property, input: (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { input: unknown }).input };
    });
}

export function saveWordFailure(property: string, seed: number, input: unknown, note: string, dir = WORD_FUZZ_FIXTURES): string {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${property}-${seed}`);
  writeFileSync(`${base}.json`, `${JSON.stringify({ input }, null, 2)}\n`, 'utf8');
  writeFileSync(`${base}.note.txt`, note, 'utf8');
  return `${base}.json`;
}

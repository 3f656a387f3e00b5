// Property tests of the Word import and export (test/fuzz/word-properties.ts), seeded and bounded
// for CI, and a replay of every failing input the fuzz runner saved under test/fixtures/fuzz-word/.
//
//   FC_SEED=123 FC_RUNS=2000 node --import tsx --test test/property/word.test.ts
//
// For long runs that save what they find: npm run fuzz -- --property import-docx,export-draft
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { WORD_PROPERTIES } from '../fuzz/word-properties';
import { loadSavedWordInputs } from '../fuzz/word-saved';

const SEED = Number(process.env.FC_SEED ?? 20261204);
const RUNS = Number(process.env.FC_RUNS ?? 120);

describe(`Word properties (seed ${SEED}, ${RUNS} runs)`, () => {
  for (const p of WORD_PROPERTIES) {
    const numRuns = Math.max(2, Math.round(RUNS * p.runsFactor * 2));
    const check = p.check.bind(p) as (input: unknown) => Promise<void>;
    it(`${p.name}: ${p.description}`, async () => {
      await fc.assert(fc.asyncProperty(p.arbitrary as fc.Arbitrary<unknown>, (input) => check(input)), { seed: SEED, numRuns });
    });
  }
});

describe('saved Word fuzz failures (test/fixtures/fuzz-word)', () => {
  for (const s of loadSavedWordInputs()) {
    const p = WORD_PROPERTIES.find((q) => q.name === s.property);
    if (p === undefined) continue;
    it(`${s.name} (${p.name})`, async () => {
      await (p.check as (input: unknown) => Promise<void>)(s.input);
    });
  }
});

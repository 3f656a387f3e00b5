// Property tests of the engine (test/fuzz/properties.ts), seeded and bounded for CI, and a replay
// of every failing input the fuzz runner saved under test/fixtures/fuzz/.
//
//   FC_SEED=123 FC_RUNS=2000 node --import tsx --test test/property/engine.test.ts
//
// FC_RUNS is the number of cases of the cheap properties; slower ones get a share of it (see
// `runsFactor`). For long runs that save what they find, use `npm run fuzz`.
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { checkText, RULE_IDS } from '../../server/src/engine';
import { draftArb } from '../fuzz/generators';
import { PROPERTIES } from '../fuzz/properties';
import { loadSavedInputs } from '../fuzz/saved';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_RUNS ?? 120);

describe(`engine properties (seed ${SEED}, ${RUNS} runs)`, () => {
  for (const p of PROPERTIES) {
    const numRuns = Math.max(2, Math.round(RUNS * p.runsFactor));
    it(`${p.name}: ${p.description}`, () => {
      fc.assert(
        fc.property(p.arbitrary, (text) => {
          p.check(text);
        }),
        { seed: SEED, numRuns },
      );
    });
  }
});

describe('saved fuzz failures (test/fixtures/fuzz)', () => {
  const saved = loadSavedInputs();
  for (const s of saved) {
    // The timing property is slow: only for inputs it failed on.
    for (const p of PROPERTIES.filter((q) => q.name !== 'linear-time' || s.property === 'linear-time')) {
      it(`${s.name}: ${p.name}`, () => p.check(s.input));
    }
  }
});

describe('generators', () => {
  it('drafts reach every rule (so the properties exercise every rule and its fix)', () => {
    const seen = new Set<string>();
    // Enough drafts that any seed reaches every rule (the rarest, length-part-one, needs one of the long paragraphs in Part One).
    for (const text of fc.sample(draftArb, { seed: SEED, numRuns: 600 })) {
      for (const d of checkText(text).diagnostics) seen.add(d.rule);
    }
    const missing = RULE_IDS.filter((id) => !seen.has(id));
    if (missing.length > 0) throw new Error(`no generated draft triggers ${missing.join(', ')}: extend test/fuzz/generators.ts`);
  });
});

/**
 * Fuzzes the engine with the properties of test/fuzz/properties.ts, and the Word import and
 * export with those of test/fuzz/word-properties.ts (generated .docx files imported, generated
 * drafts exported, each within a time and memory bound).
 *
 *   npm run fuzz -- [--runs N] [--seed S] [--property NAME[,NAME...]] [--timing-chars C] [--no-save]
 *
 * Each property gets N cases (slow ones a share of N, at least one), from seed S (random when
 * not given; printed either way, so a run can be replayed). A failure is shrunk and saved as
 * test/fixtures/fuzz/<property>-<seed>.md (a Word property's under test/fixtures/fuzz-word/, as
 * JSON) with a note beside it; the property tests replay
 * everything saved there. --timing-chars sets the size of the smaller text linear-time compares
 * (default 25,000; larger finds cheaper quadratic steps, and takes longer). Exits with 1 when a
 * property failed.
 */
import fc from 'fast-check';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { PROPERTIES } from './properties';
import { printable, saveFailure } from './saved';
import { WORD_PROPERTIES } from './word-properties';
import { saveWordFailure } from './word-saved';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    property: { type: 'string' },
    'timing-chars': { type: 'string' },
    'no-save': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (values.help) {
  console.log('Usage: npm run fuzz -- [--runs N] [--seed S] [--property NAME[,NAME...]] [--timing-chars C] [--no-save]');
  console.log(`Properties: ${[...PROPERTIES, ...WORD_PROPERTIES].map((p) => p.name).join(', ')}`);
  process.exit(0);
}

const runs = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('fuzz: --runs must be a positive integer and --seed an integer');
  process.exit(2);
}
const wanted = values.property?.split(',').map((s) => s.trim()) ?? [];
const known = [...PROPERTIES, ...WORD_PROPERTIES].map((p) => p.name);
const unknown = wanted.filter((w) => !known.includes(w));
if (unknown.length > 0) {
  console.error(`fuzz: no property ${unknown.join(', ')} (known: ${known.join(', ')})`);
  process.exit(2);
}
if (values['timing-chars'] !== undefined) process.env.FC_TIMING_CHARS = values['timing-chars'];
const selected = PROPERTIES.filter((p) => wanted.length === 0 || wanted.includes(p.name));

console.log(`fuzz: seed ${seed}, ${runs} runs${values['timing-chars'] !== undefined ? `, timing on ${values['timing-chars']} characters` : ''}`);
let failed = 0;
for (const p of selected) {
  const numRuns = Math.max(1, Math.round(runs * p.runsFactor));
  const started = performance.now();
  const details = fc.check(
    fc.property(p.arbitrary, (text) => {
      p.check(text);
    }),
    { seed, numRuns },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!details.failed || details.counterexample === null) {
    console.log(`  ok    ${p.name} (${numRuns} cases, ${seconds} s)`);
    continue;
  }
  const [input] = details.counterexample;
  const note = reportFailure(p, details, seconds, `${input.length} UTF-16 units, ${printable(input.slice(0, 300))}${input.length > 300 ? '...' : ''}`);
  if (!values['no-save']) {
    const path = saveFailure(p.name, seed, input, note);
    console.log(`        saved: ${relative(process.cwd(), path)}`);
  }
}

/**
 * Counts a failed property and prints its note (what failed, where, the input's start as given in
 * `shown`, how to replay it); returns the note, which is saved beside the input.
 */
function reportFailure(
  p: { name: string; description: string },
  details: { errorInstance: unknown; counterexamplePath: string | null; numRuns: number; numShrinks: number },
  seconds: string,
  shown: string,
): string {
  failed++;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const note = [
    `property: ${p.name} (${p.description})`,
    `seed: ${seed}, path: ${details.counterexamplePath ?? ''}, failed after ${details.numRuns} case(s), shrunk ${details.numShrinks} time(s)`,
    `input: ${shown}`,
    `replay: npm run fuzz -- --property ${p.name} --seed ${seed} --runs ${runs}`,
    '',
    error,
    '',
  ].join('\n');
  console.log(`  FAIL  ${p.name} (after ${details.numRuns} cases, ${seconds} s)\n${note.replace(/^/gm, '        ')}`);
  return note;
}

/** The Word properties are async (the conversions are): fc.asyncProperty, one case at a time. */
async function fuzzWord(p: (typeof WORD_PROPERTIES)[number]): Promise<void> {
  const numRuns = Math.max(1, Math.round(runs * p.runsFactor));
  const started = performance.now();
  const check = p.check.bind(p) as (input: unknown) => Promise<void>;
  const details = await fc.check(fc.asyncProperty(p.arbitrary as fc.Arbitrary<unknown>, (input) => check(input)), { seed, numRuns });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!details.failed || details.counterexample === null) {
    console.log(`  ok    ${p.name} (${numRuns} cases, ${seconds} s)`);
    return;
  }
  const [input] = details.counterexample;
  const shown = printable(JSON.stringify(input));
  const note = reportFailure(p, details, seconds, `${shown.slice(0, 300)}${shown.length > 300 ? '...' : ''}`);
  if (!values['no-save']) console.log(`        saved: ${relative(process.cwd(), saveWordFailure(p.name, seed, input, note))}`);
}

void (async () => {
  for (const p of WORD_PROPERTIES) if (wanted.length === 0 || wanted.includes(p.name)) await fuzzWord(p);
  process.exit(failed > 0 ? 1 : 0);
})();

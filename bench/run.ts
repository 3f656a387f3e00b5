/**
 * `npm run bench`: the checker's performance against its targets. Not a test: prints a table and
 * writes bench/results.json. Targets are goals, marked pass or MISS, never a failure exit.
 *
 *   node --import tsx bench/run.ts [--quick] [--only engine|server] [--server dist/server.js]
 *
 * --quick  fewer repetitions and no 10 MB draft (CI smoke runs).
 * --only   run only the engine part or only the language server part.
 * --server the server bundle to spawn (default dist/server.js, from `npm run build`).
 *
 * Every child process it starts is stopped, on failure and on Ctrl-C too; it listens on nothing.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { lint } from 'markdownlint/sync';
import { at } from '../server/src/engine/text/at';
import { wordPaste } from '../test/layouts';
import { loadEngineBundle, type EngineApi } from './engine-bundle';
import { applyEdit, DRAFT_1MB, generateDraft, MB, planEdits, REALISTIC_40K, STRESS_10MB } from './generate';
import { killAll, LspServer, nodeStartMs } from './lsp-client';
import { runWeb } from './web';
import { bareScan, machine, median, percentile, sample, sizes, type Plan } from './measure';
import { runPdfImport } from './pdf-import';
import { ms, printReport, type EditStats, type EngineResult, type Results, type ServerDraftResult, type ServerResult } from './report';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out');
const SEEDS = join(ROOT, 'bench', 'inputs', 'seeds');

interface Options {
  quick: boolean;
  only: 'engine' | 'server' | undefined;
  server: string;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const opts: Options = { quick: false, only: undefined, server: join(ROOT, 'dist', 'server.js') };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = at(argv, i).split('=', 2) as [string, string | undefined];
    const value = (): string => inline ?? argv[++i] ?? '';
    if (flag === '--quick') opts.quick = true;
    else if (flag === '--only') {
      const v = value();
      if (v !== 'engine' && v !== 'server') throw new UsageError(`--only takes engine or server, not '${v}'`);
      opts.only = v;
    } else if (flag === '--server') opts.server = resolve(value());
    else throw new UsageError(`unknown option '${argv[i]}' (use --quick, --only engine|server, --server <path>)`);
  }
  return opts;
}

interface Input {
  name: string;
  text: string;
  bytes: number;
  file: string;
  generated: boolean;
}

function inputs(quick: boolean): Input[] {
  const list: Input[] = readdirSync(SEEDS)
    .sort()
    .map((f) => {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      return { name: `seeds/${f}`, text, bytes: Buffer.byteLength(text), file: join(SEEDS, f), generated: false };
    });
  mkdirSync(OUT, { recursive: true });
  for (const spec of quick ? [REALISTIC_40K, DRAFT_1MB] : [REALISTIC_40K, DRAFT_1MB, STRESS_10MB]) {
    const draft = generateDraft(spec);
    const file = join(OUT, `${spec.name}.wsis.md`);
    writeFileSync(file, draft.text);
    list.push({ name: spec.name, text: draft.text, bytes: draft.stats.bytes, file, generated: true });
    if (spec === DRAFT_1MB) {
      // The same draft as it arrives pasted from Word: one line per paragraph, no blank lines (the
      // pasted-text pass reads it line by line).
      const pasted = wordPaste(draft.text);
      const pastedFile = join(OUT, `${spec.name}-word-paste.wsis.md`);
      writeFileSync(pastedFile, pasted);
      list.push({ name: `${spec.name}-word-paste`, text: pasted, bytes: Buffer.byteLength(pasted), file: pastedFile, generated: true });
    }
  }
  return list;
}

/** Repetitions by input size: generous for small inputs, bounded for big ones. */
function plans(bytes: number, quick: boolean): { check: Plan; markdownlint: Plan; bare: Plan; mdlNote?: string } {
  if (bytes <= 100 * 1024) {
    return quick
      ? { check: { warmup: 5, runs: 30 }, markdownlint: { warmup: 1, runs: 5 }, bare: { warmup: 5, runs: 30 } }
      : { check: { warmup: 50, runs: 300, budgetMs: 5000 }, markdownlint: { warmup: 3, runs: 20, budgetMs: 5000 }, bare: { warmup: 50, runs: 300 } };
  }
  if (bytes <= 2 * MB) {
    return quick
      ? { check: { warmup: 2, runs: 7 }, markdownlint: { warmup: 0, runs: 1 }, bare: { warmup: 3, runs: 10 }, mdlNote: 'single run' }
      : { check: { warmup: 5, runs: 30, budgetMs: 20_000 }, markdownlint: { warmup: 1, runs: 3 }, bare: { warmup: 5, runs: 30 } };
  }
  // The stress draft: bounded, as a slow (super-linear) check must not make the run endless.
  return { check: { warmup: 1, runs: 5, budgetMs: 30_000, minRuns: 1 }, markdownlint: { warmup: 0, runs: 1 }, bare: { warmup: 2, runs: 10 }, mdlNote: 'single run, no warm-up' };
}

function runEngine(list: Input[], quick: boolean, { checkText, parseSubmission }: EngineApi): EngineResult[] {
  const results: EngineResult[] = [];
  for (const input of list) {
    const plan = plans(input.bytes, quick);
    const { text } = input;
    process.stderr.write(`engine: ${input.name} ...\n`);
    const check = sample(() => checkText(text), plan.check);
    const parse = sample(() => parseSubmission(text), { ...plan.check, runs: Math.max(3, Math.floor(plan.check.runs / 2)) });
    const diagnostics = checkText(text).diagnostics.length;
    const mdl = sample(() => lint({ strings: { content: text }, handleRuleFailures: true }), plan.markdownlint);
    const bare = sample(() => bareScan(text), plan.bare);
    const checkMs = median(check);
    const mdlMs = median(mdl);
    const bareMs = median(bare);
    results.push({
      input: input.name,
      bytes: input.bytes,
      lines: text.split('\n').length,
      check: { medianMs: checkMs, minMs: Math.min(...check), p95Ms: percentile(check, 0.95), runs: check.length, warmup: plan.check.warmup },
      mbPerS: input.bytes / MB / (checkMs / 1000),
      msPerMB: checkMs / (input.bytes / MB),
      parseMedianMs: median(parse),
      diagnostics,
      markdownlint: { medianMs: mdlMs, runs: mdl.length, warmup: plan.markdownlint.warmup, note: plan.mdlNote },
      bare: { medianMs: bareMs, runs: bare.length, warmup: plan.bare.warmup },
      vsMarkdownlint: mdlMs / checkMs,
      vsBare: checkMs / bareMs,
    });
  }
  return results;
}

function uriOf(input: Input): string {
  return pathToFileURL(input.file).href;
}

async function withServer<T>(path: string, timeoutMs: number, fn: (s: LspServer) => Promise<T>): Promise<T> {
  const server = await LspServer.start(path, { cwd: ROOT, timeoutMs });
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

/** Edits one after the other, each timed from didChange to the diagnostics for its version. */
async function timeEdits(server: LspServer, input: Input, count: number, seed: number): Promise<{ stats: EditStats; text: string }> {
  const { edits, finalText } = planEdits(input.text, count, seed);
  let doc = input.text;
  const times: number[] = [];
  for (const edit of edits) {
    if (!server.incremental) doc = applyEdit(doc, edit);
    times.push(await server.change(uriOf(input), edit, doc));
  }
  return { stats: { count: times.length, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: Math.max(...times) }, text: finalText };
}

/** A footnote reference's position past the cover (a hover target), found without the engine. */
function refPosition(text: string): { line: number; character: number } {
  const re = /\S(?:<sup>\d+<\/sup>|\[\^\d+\])/g;
  re.lastIndex = Math.min(20_000, text.length);
  let m = re.exec(text);
  if (m === null) {
    re.lastIndex = 0;
    m = re.exec(text);
  }
  const offset = m === null ? 0 : m.index + 1;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 0;
  for (let p = text.indexOf('\n'); p >= 0 && p < lineStart; p = text.indexOf('\n', p + 1)) line++;
  return { line, character: offset - lineStart };
}

async function timeRequests(server: LspServer, input: Input, runs: number): Promise<Pick<ServerDraftResult, 'hoverMs' | 'symbolsMs'>> {
  const uri = uriOf(input);
  const caps = server.capabilities;
  const out: Pick<ServerDraftResult, 'hoverMs' | 'symbolsMs'> = {};
  if (caps.hoverProvider) {
    const position = refPosition(input.text);
    const t: number[] = [];
    for (let i = 0; i < runs; i++) t.push((await server.request('textDocument/hover', { textDocument: { uri }, position })).ms);
    out.hoverMs = median(t);
  }
  if (caps.documentSymbolProvider) {
    const t: number[] = [];
    for (let i = 0; i < runs; i++) t.push((await server.request('textDocument/documentSymbol', { textDocument: { uri } })).ms);
    out.symbolsMs = median(t);
  }
  return out;
}

async function runServer(opts: Options, list: Input[]): Promise<ServerResult> {
  const result: ServerResult = { status: 'ok', serverPath: opts.server, drafts: [] };
  if (!existsSync(opts.server)) return { ...result, status: 'not built', error: `${opts.server} does not exist: run npm run build first` };
  try {
    process.stderr.write('server: start-up ...\n');
    const startPlan = opts.quick ? { warmup: 1, runs: 3 } : { warmup: 2, runs: 9 };
    const starts: number[] = [];
    for (let i = 0; i < startPlan.warmup + startPlan.runs; i++) {
      const startup = await withServer(opts.server, 10_000, (s) => {
        result.sync = s.incremental ? 'incremental' : 'full';
        result.capabilities = Object.keys(s.capabilities).sort();
        return Promise.resolve(s.startupMs);
      });
      if (i >= startPlan.warmup) starts.push(startup);
    }
    result.startup = { medianMs: median(starts), runs: starts.length, warmup: startPlan.warmup };
    const bare: number[] = [];
    for (let i = 0; i < startPlan.warmup + startPlan.runs; i++) {
      const t = await nodeStartMs();
      if (i >= startPlan.warmup) bare.push(t);
    }
    result.nodeStartMs = median(bare);

    for (const input of list.filter((x) => x.generated)) {
      const stress = input.bytes > 2 * MB;
      process.stderr.write(`server: ${input.name} ...\n`);
      const draft = await withServer(opts.server, stress ? 300_000 : 20_000, async (s) => {
        const idle = s.memoryKb();
        const r: ServerDraftResult = { input: input.name, bytes: input.bytes, openMs: await s.open(uriOf(input), input.text) };
        if (idle !== undefined) r.idleMemoryMB = idle.current / 1024;
        // On the stress draft, as many edits as fit in about a minute (at least one).
        const count = stress ? Math.max(1, Math.min(20, Math.floor(60_000 / Math.max(1, r.openMs)))) : 200;
        if (stress && count < 20) (result.notes ??= []).push(`${input.name}: only ${count} edit(s) timed, as its first check took ${ms(r.openMs)} ms`);
        const edited = await timeEdits(s, input, count, input.bytes);
        r.edits = edited.stats;
        Object.assign(r, await timeRequests(s, { ...input, text: edited.text }, 5));
        if (stress && s.capabilities.documentSymbolProvider) {
          // Responsiveness under load: a request sent right after an edit, while it is checked.
          const { edits } = planEdits(edited.text, 1, 99);
          const edit = { ...at(edits, 0), version: edited.stats.count + 2 };
          const t0 = performance.now();
          const diags = s.change(uriOf(input), edit, applyEdit(edited.text, edit));
          const symbols = s.request('textDocument/documentSymbol', { textDocument: { uri: uriOf(input) } });
          r.symbolsAfterEditMs = (await symbols).ms;
          await diags;
          r.editThenDiagnosticsMs = performance.now() - t0;
        }
        r.diagnostics = s.diagnosticCount.get(uriOf(input));
        const mem = s.memoryKb();
        if (mem !== undefined) r.memoryMB = { peak: mem.peak / 1024, current: mem.current / 1024 };
        result.versionless = s.versionless;
        return r;
      });
      result.drafts.push(draft);
    }
  } catch (e) {
    result.status = 'failed';
    result.error = e instanceof Error ? e.message : String(e);
  }
  return result;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const list = inputs(opts.quick);
  const results: Results = {
    machine: machine(),
    options: { quick: opts.quick, only: opts.only ?? 'all' },
    units: { MB: `${MB} bytes`, KB: '1024 bytes', times: 'ms, medians after warm-up unless noted' },
    inputs: list.map((x) => ({ name: x.name, bytes: x.bytes, file: x.file.slice(ROOT.length + 1) })),
    engine: opts.only === 'server' ? undefined : runEngine(list, opts.quick, loadEngineBundle(ROOT, OUT)),
    server: opts.only === 'engine' ? undefined : await runServer(opts, list),
    sizes: sizes(ROOT),
    pdfImport: opts.only === 'server' ? undefined : await runPdfImport(ROOT, opts.quick),
    web: opts.only === 'engine' ? undefined : await runWeb(list.find((x) => x.name === REALISTIC_40K.name)?.text ?? '', opts.quick),
    notes: [
      'engine: the bundled, minified engine (bench/out/engine.cjs, built as dist/server.js is), not the TypeScript sources through tsx.',
      'markdownlint: library, default rules, handleRuleFailures: true (its MD042 throws on a link whose text is wrapped over two lines).',
      opts.quick ? 'quick run: fewer repetitions, no 10 MB draft.' : 'markdownlint on the 10 MB draft: a single run without warm-up.',
    ],
    targets: [],
  };
  printReport(results);
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote bench/results.json; inputs in bench/out/`);
  return results.server?.status === 'failed' ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

main().then(
  (code) => {
    killAll();
    process.exitCode = code;
  },
  (e: unknown) => {
    killAll();
    console.error(e instanceof UsageError ? `bench: ${e.message}` : e instanceof Error ? (e.stack ?? e.message) : e);
    process.exitCode = 2;
  },
);

/**
 * Timing and bookkeeping for the benchmark: repeated runs after warm-up, medians and
 * percentiles, the bare line-by-line scan (the practical lower bound), machine and bundle sizes.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { at } from '../server/src/engine/text/at';

export interface Plan {
  warmup: number;
  runs: number;
  /** Stop early (after at least `minRuns`, default 3) once this much time is spent. */
  budgetMs?: number;
  minRuns?: number;
}

/** Keeps results alive so no run can be optimised away. */
export let sink: unknown;

export function sample(fn: () => unknown, plan: Plan): number[] {
  for (let i = 0; i < plan.warmup; i++) sink = fn();
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < plan.runs; i++) {
    const t0 = performance.now();
    sink = fn();
    times.push(performance.now() - t0);
    if (plan.budgetMs !== undefined && times.length >= (plan.minRuns ?? 3) && performance.now() - start > plan.budgetMs) break;
  }
  return times;
}

/** Nearest-rank percentile (p in 0..1); median is percentile(xs, 0.5). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return at(sorted, Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1)));
}

export const median = (xs: readonly number[]): number => percentile(xs, 0.5);

const HEADING = /^ {0,3}#{1,6}[ \t]/;
const FOOTNOTE = /<sup>\d+<\/sup>|\[\^[^\]\s]+\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]/;

/** The lower bound: split into lines and test a heading and a footnote pattern on each. */
export function bareScan(text: string): number {
  let headings = 0;
  let footnotes = 0;
  for (const line of text.split('\n')) {
    if (HEADING.test(line)) headings++;
    if (FOOTNOTE.test(line)) footnotes++;
  }
  return headings * 1_000_000 + footnotes;
}

export interface Machine {
  os: string;
  cpuModel: string;
  cpuCount: number;
  memoryGB: number;
  node: string;
  date: string;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews timings. */
  loadAverage: number[];
}

export function machine(): Machine {
  const list = cpus();
  return {
    os: `${osType()} ${release()} ${process.arch}`,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cpuCount: list.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    date: new Date().toISOString(),
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export interface FileSize {
  file: string;
  bytes: number;
}

export interface Sizes {
  dist: FileSize[] | 'not built';
  /** Total of the .js bundles in dist/ (source maps left out). */
  distJsBytes: number | undefined;
  vsix: FileSize[] | 'not built';
}

export function sizes(root: string): Sizes {
  const distDir = join(root, 'dist');
  const dist: FileSize[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else dist.push({ file: `dist/${prefix}${e.name}`, bytes: statSync(join(dir, e.name)).size });
    }
  };
  if (existsSync(distDir)) walk(distDir, '');
  const vsix = readdirSync(root)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => ({ file: f, bytes: statSync(join(root, f)).size }));
  return {
    dist: dist.length > 0 ? dist.sort((a, b) => a.file.localeCompare(b.file)) : 'not built',
    distJsBytes: dist.length > 0 ? dist.filter((f) => f.file.endsWith('.js')).reduce((s, f) => s + f.bytes, 0) : undefined,
    vsix: vsix.length > 0 ? vsix : 'not built',
  };
}

/**
 * The benchmark's results: their shape (also bench/results.json's), the targets with a pass or
 * miss mark, and the printed table.
 */
import { at } from '../server/src/engine/text/at';
import type { PdfImportResult } from './pdf-import';
import type { Machine, Sizes } from './measure';
import type { WebResult } from './web';

export interface Timing {
  medianMs: number;
  runs: number;
  warmup: number;
  note?: string;
}

export interface EngineResult {
  input: string;
  bytes: number;
  lines: number;
  /** Full check: parse and all rules (`checkText`). */
  check: Timing & { minMs: number; p95Ms: number };
  mbPerS: number;
  msPerMB: number;
  parseMedianMs: number;
  diagnostics: number;
  markdownlint: Timing;
  bare: Timing;
  /** markdownlint time over full check time. */
  vsMarkdownlint: number;
  /** Full check time over bare scan time. */
  vsBare: number;
}

export interface EditStats {
  count: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface ServerDraftResult {
  input: string;
  bytes: number;
  /** didOpen to the first diagnostics. */
  openMs: number;
  edits?: EditStats;
  hoverMs?: number;
  symbolsMs?: number;
  /** A documentSymbol request sent right after a didChange, while that version is checked. */
  symbolsAfterEditMs?: number;
  editThenDiagnosticsMs?: number;
  diagnostics?: number;
  /** Resident set after initialize, before the draft is opened. */
  idleMemoryMB?: number;
  memoryMB?: { peak: number; current: number };
}

export interface ServerResult {
  status: 'ok' | 'not built' | 'failed';
  serverPath: string;
  error?: string;
  startup?: Timing;
  /** Spawn to first output of a bare `node -e`: the floor under startup. */
  nodeStartMs?: number;
  sync?: 'incremental' | 'full';
  versionless?: boolean;
  capabilities?: string[];
  notes?: string[];
  drafts: ServerDraftResult[];
}

export interface Target {
  goal: string;
  value: string;
  /** undefined: not measured in this run. */
  pass: boolean | undefined;
}

export interface Results {
  machine: Machine;
  options: { quick: boolean; only: string };
  units: Record<string, string>;
  inputs: { name: string; bytes: number; file: string }[];
  engine: EngineResult[] | undefined;
  server: ServerResult | undefined;
  sizes: Sizes;
  pdfImport?: PdfImportResult;
  /** VS Code for the Web: minified bundles beside the Node ones, the 40 KB check in a browser worker. */
  web?: WebResult;
  notes: string[];
  targets: Target[];
}

export function ms(x: number | undefined): string {
  if (x === undefined || Number.isNaN(x)) return '-';
  if (x < 1) return x.toFixed(3);
  if (x < 10) return x.toFixed(2);
  if (x < 100) return x.toFixed(1);
  return x.toFixed(0);
}

export function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

const ratio = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export function evaluateTargets(r: Results): Target[] {
  const e = (name: string): EngineResult | undefined => r.engine?.find((x) => x.input === name);
  const d = (name: string): ServerDraftResult | undefined => r.server?.drafts.find((x) => x.input === name);
  const t: Target[] = [];
  const add = (goal: string, value: string | undefined, pass: boolean | undefined): void => {
    t.push({ goal, value: value ?? 'not measured', pass: value === undefined ? undefined : pass });
  };
  const p = r.pdfImport;
  add('import a 4-page PDF: < 1 s CPU (first import, loading the PDF bundle included)', p && `${ms(p.firstCpuMs)} ms CPU first (${ms(p.firstMs)} ms elapsed), ${ms(p.warmCpuMs)} ms CPU warm`, p !== undefined && p.firstCpuMs < 1000);
  const one = e('draft-1mb');
  add('full check, 1 MB draft: >= 50 MB/s (<= 20 ms)', one && `${ms(one.check.medianMs)} ms, ${one.mbPerS.toFixed(1)} MB/s`, one !== undefined && one.mbPerS >= 50);
  add('full check, 1 MB draft: >= 100x markdownlint', one && `${ratio(one.vsMarkdownlint)}x (markdownlint ${ms(one.markdownlint.medianMs)} ms)`, one !== undefined && one.vsMarkdownlint >= 100);
  add('full check, 1 MB draft: <= 5x the bare scan', one && `${ratio(one.vsBare)}x (bare scan ${ms(one.bare.medianMs)} ms)`, one !== undefined && one.vsBare <= 5);
  const forty = e('draft-40k');
  add('full check, 40 KB draft: <= 1 ms', forty && `${ms(forty.check.medianMs)} ms`, forty !== undefined && forty.check.medianMs <= 1);
  const ten = e('stress-10mb');
  add(
    '10 MB stress draft in linear time: ms/MB at 10 MB <= 1.5x ms/MB at 1 MB',
    one && ten && `${ms(ten.msPerMB)} ms/MB at 10 MB vs ${ms(one.msPerMB)} ms/MB at 1 MB (${ratio(ten.msPerMB / one.msPerMB)}x)`,
    one !== undefined && ten !== undefined && ten.msPerMB <= 1.5 * one.msPerMB,
  );
  const s40 = d('draft-40k')?.edits;
  add('edit to diagnostics, 40 KB: p95 <= 10 ms', s40 && `p95 ${ms(s40.p95Ms)} ms (p50 ${ms(s40.p50Ms)} ms, ${s40.count} edits)`, s40 !== undefined && s40.p95Ms <= 10);
  const s1 = d('draft-1mb')?.edits;
  add('edit to diagnostics, 1 MB: p95 <= 30 ms', s1 && `p95 ${ms(s1.p95Ms)} ms (p50 ${ms(s1.p50Ms)} ms, ${s1.count} edits)`, s1 !== undefined && s1.p95Ms <= 30);
  const start = r.server?.startup;
  add('server start to initialize response: <= 150 ms', start && `${ms(start.medianMs)} ms`, start !== undefined && start.medianMs <= 150);
  const mem = d('draft-1mb')?.memoryMB;
  add('server peak RSS (VmHWM) with the 1 MB draft: <= 80 MB', mem && `${mem.peak.toFixed(1)} MB`, mem !== undefined && mem.peak <= 80);
  const stress = d('stress-10mb');
  const responsive = stress && Math.max(stress.hoverMs ?? 0, stress.symbolsMs ?? 0);
  add(
    'server responsive with the 10 MB draft open: hover and documentSymbol <= 100 ms',
    stress &&
      (stress.hoverMs === undefined && stress.symbolsMs === undefined
        ? undefined
        : `hover ${ms(stress.hoverMs)} ms, documentSymbol ${ms(stress.symbolsMs)} ms (right after an edit: ${ms(stress.symbolsAfterEditMs)} ms)`),
    responsive !== undefined && responsive <= 100,
  );
  const webServer = r.web?.bundles.find((b) => b.what === 'language server');
  add('web server bundle (minified, Word apart) <= the Node server bundle', webServer && `${size(webServer.webBytes)} vs ${size(webServer.nodeBytes)}`, webServer !== undefined && webServer.webBytes <= webServer.nodeBytes);
  const web40 = r.web?.check40k;
  add('check of the 40 KB draft in the browser worker: within 2x of Node', web40 && `${web40.ratio.toFixed(2)}x (${ms(web40.webMs)} vs ${ms(web40.nodeMs)} ms)`, web40 !== undefined && web40.ratio <= 2);
  const vsix = r.sizes.vsix;
  if (vsix === 'not built') t.push({ goal: '.vsix <= 400 KB', value: 'not built', pass: undefined });
  else add('.vsix <= 400 KB', vsix.map((v) => `${v.file} ${size(v.bytes)}`).join(', '), vsix.every((v) => v.bytes <= 400 * 1024));
  return t;
}

function table(rows: string[][], right: boolean[]): string {
  const widths = at(rows, 0).map((_, i) => Math.max(...rows.map((row) => at(row, i).length)));
  return rows.map((row) => row.map((c, i) => (right[i] ? c.padStart(at(widths, i)) : c.padEnd(at(widths, i)))).join('  ').trimEnd()).join('\n');
}

export function printReport(r: Results): void {
  const m = r.machine;
  console.log(`WSIS checker benchmark, ${m.date}`);
  console.log(`machine: ${m.os}, ${m.cpuCount} x ${m.cpuModel}, ${m.memoryGB} GB, node ${m.node}; load average ${m.loadAverage.join(' ')}`);
  console.log(`run: ${r.options.quick ? 'quick' : 'full'}, part: ${r.options.only}`);
  if (at(m.loadAverage, 0) > m.cpuCount / 2) console.log(`warning: the machine was busy (load ${m.loadAverage[0]} on ${m.cpuCount} CPUs): other work skews these timings`);
  if (r.engine !== undefined) {
    console.log('\nEngine, in this process (median ms after warm-up; ratios: markdownlint / check, check / bare scan)');
    const rows = [['input', 'size', 'check ms', 'MB/s', 'parse ms', 'diags', 'runs', 'markdownlint ms', 'x faster', 'bare scan ms', 'x bare']];
    for (const e of r.engine) {
      rows.push([
        e.input,
        size(e.bytes),
        ms(e.check.medianMs),
        e.mbPerS.toFixed(1),
        ms(e.parseMedianMs),
        String(e.diagnostics),
        `${e.check.runs}+${e.check.warmup}w`,
        `${ms(e.markdownlint.medianMs)}${e.markdownlint.note !== undefined ? ` (${e.markdownlint.note})` : ''}`,
        ratio(e.vsMarkdownlint),
        ms(e.bare.medianMs),
        ratio(e.vsBare),
      ]);
    }
    console.log(table(rows, [false, true, true, true, true, true, true, true, true, true, true]));
  }
  const s = r.server;
  if (s !== undefined) {
    console.log(`\nLanguage server over stdio (${s.serverPath})`);
    if (s.status !== 'ok') console.log(`  ${s.status}: ${s.error ?? ''}`);
    for (const note of s.notes ?? []) console.log(`  note: ${note}`);
    if (s.startup !== undefined) {
      console.log(`  spawn to initialize response: ${ms(s.startup.medianMs)} ms (median of ${s.startup.runs} after ${s.startup.warmup} warm-up; bare node -e: ${ms(s.nodeStartMs)} ms); sync: ${s.sync}`);
    }
    if (s.versionless) console.log('  note: diagnostics were published without a version; edits were matched by order');
    if (s.drafts.length > 0) {
      const rows = [['draft', 'size', 'open to diags', 'edits', 'edit p50', 'edit p95', 'edit max', 'hover', 'symbols', 'diags', 'RSS idle', 'peak RSS']];
      for (const d of s.drafts) {
        rows.push([
          d.input,
          size(d.bytes),
          `${ms(d.openMs)} ms`,
          String(d.edits?.count ?? '-'),
          `${ms(d.edits?.p50Ms)} ms`,
          `${ms(d.edits?.p95Ms)} ms`,
          `${ms(d.edits?.maxMs)} ms`,
          d.hoverMs === undefined ? 'n/a' : `${ms(d.hoverMs)} ms`,
          d.symbolsMs === undefined ? 'n/a' : `${ms(d.symbolsMs)} ms`,
          String(d.diagnostics ?? '-'),
          d.idleMemoryMB === undefined ? '-' : `${d.idleMemoryMB.toFixed(1)} MB`,
          d.memoryMB === undefined ? '-' : `${d.memoryMB.peak.toFixed(1)} MB`,
        ]);
      }
      console.log(table(rows, [false, true, true, true, true, true, true, true, true, true, true, true]));
      for (const d of s.drafts) {
        if (d.symbolsAfterEditMs !== undefined) {
          console.log(`  ${d.input}: documentSymbol sent right after an edit answered in ${ms(d.symbolsAfterEditMs)} ms; that edit's diagnostics after ${ms(d.editThenDiagnosticsMs)} ms`);
        }
      }
    }
  }
  console.log('\nSizes');
  const z = r.sizes;
  if (z.dist === 'not built') console.log('  dist/: not built');
  else console.log(`  ${z.dist.map((f) => `${f.file} ${size(f.bytes)}`).join(', ')}${z.distJsBytes !== undefined ? `; .js total ${size(z.distJsBytes)}` : ''}`);
  console.log(`  .vsix: ${z.vsix === 'not built' ? 'not built' : z.vsix.map((f) => `${f.file} ${size(f.bytes)}`).join(', ')}`);
  const p = r.pdfImport;
  if (p !== undefined) {
    console.log(`\nImport from PDF (${p.file}: ${p.pages} pages, ${p.paragraphs} paragraphs, ${p.footnotes} footnotes)`);
    console.log(`  first import, dist/pdf.js loaded: ${ms(p.firstMs)} ms (CPU ${ms(p.firstCpuMs)} ms); then ${ms(p.warmMs)} ms (CPU ${ms(p.warmCpuMs)} ms), median`);
    console.log(`  dist/pdf.js: ${size(p.bundleBytes)}, adds ${size(p.vsixBytes)} to the .vsix (deflated)`);
  }
  if (r.web !== undefined) {
    console.log('\nVS Code for the Web (minified bundles, Node | web)');
    for (const b of r.web.bundles) console.log(`  ${b.what}: ${size(b.nodeBytes)} | ${size(b.webBytes)}`);
    const c = r.web.check40k;
    if (c !== undefined) console.log(`  40 KB draft, the server's check (median of ${c.edits} edits): Node ${ms(c.nodeMs)} ms | browser worker ${ms(c.webMs)} ms (${c.ratio.toFixed(2)}x)`);
    if (r.web.error !== undefined) console.log(`  ${r.web.status}: ${r.web.error}`);
  }
  r.targets = evaluateTargets(r);
  console.log('\nTargets (goals, not failures)');
  for (const t of r.targets) console.log(`  [${t.pass === undefined ? ' n/a' : t.pass ? 'pass' : 'MISS'}] ${t.goal}: ${t.value}`);
  if (r.notes.length > 0) console.log(`\nNotes\n${r.notes.map((n) => `  ${n}`).join('\n')}`);
}

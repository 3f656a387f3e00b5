/**
 * The PDF import's share of the benchmark: the time to import a 4-page published-style PDF
 * (bench/inputs/pdf, made by LibreOffice from the ISOC seed in the layout of
 * test/unit/pdf/pdf-roundtrip.test.ts), with the built bundle dist/pdf.js, the first time (loading
 * the bundle included) and warm; and what the PDF reader adds to the .vsix (dist/pdf.js deflated,
 * as the .vsix's zip stores it).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deflateRawSync } from 'node:zlib';
import { at } from '../server/src/engine/text/at';
import type { PdfBundle } from '../server/src/pdf/load';

export interface PdfImportResult {
  file: string;
  pages: number;
  paragraphs: number;
  footnotes: number;
  /** First import in this process, loading dist/pdf.js included: elapsed, and CPU time. */
  firstMs: number;
  firstCpuMs: number;
  /** Median of the following imports. */
  warmMs: number;
  warmCpuMs: number;
  bundleBytes: number;
  /** dist/pdf.js deflated at level 9: what it adds to the .vsix. */
  vsixBytes: number;
}

export async function runPdfImport(root: string, quick: boolean): Promise<PdfImportResult | undefined> {
  const bundle = join(root, 'dist', 'pdf.js');
  const file = join(root, 'bench', 'inputs', 'pdf', 'published-isoc-4-pages.pdf');
  if (!existsSync(bundle) || !existsSync(file)) return undefined;
  const bytes = new Uint8Array(readFileSync(file));
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, as the CLI and the server load it
  const pdf = require(bundle) as PdfBundle;
  const first = await pdf.pdfToDraft(bytes);
  const firstMs = performance.now() - started;
  const firstCpu = process.cpuUsage(startedCpu);
  const firstCpuMs = (firstCpu.user + firstCpu.system) / 1000;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < (quick ? 3 : 10); i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await pdf.pdfToDraft(bytes);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]): number => at([...xs].sort((a, b) => a - b), Math.floor(xs.length / 2));
  return {
    file: file.slice(root.length + 1),
    pages: first.pages,
    paragraphs: first.paragraphs,
    footnotes: first.footnotes,
    firstMs,
    firstCpuMs,
    warmMs: median(times),
    warmCpuMs: median(cpu),
    bundleBytes: statSync(bundle).size,
    vsixBytes: deflateRawSync(readFileSync(bundle), { level: 9 }).length,
  };
}

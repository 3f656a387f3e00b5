/**
 * VS Code for the Web beside the desktop: the bundles' minified sizes (each built in memory with
 * esbuild.mjs's options and `minify`), and the check of the 40 KB draft in the browser server (a
 * web worker of a headless Chromium, test/web-worker.ts) against the Node server
 * (`node dist/server.js --stdio`). The check time is the server's own (`checked ... in X ms` in its
 * log, performance.now() around parse and rules), after a warm-up, over a series of edits.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { bundles } from '../esbuild.mjs';
import { findChromium, startWebWorkerServer } from '../test/web-worker';
import { median } from './measure';

const ROOT = join(import.meta.dirname, '..');

export interface BundlePair {
  what: string;
  nodeBytes: number;
  webBytes: number;
}

export interface WebResult {
  status: 'ok' | 'skipped' | 'failed';
  error?: string;
  /** Minified sizes, Node beside web. */
  bundles: BundlePair[];
  /** The 40 KB draft's check in each server, medians (ms). */
  check40k?: { nodeMs: number; webMs: number; ratio: number; edits: number };
}

async function minifiedSizes(): Promise<BundlePair[]> {
  const options: esbuild.BuildOptions[] = bundles(true);
  const sizes = new Map<string, number>();
  await Promise.all(
    options.map(async (o) => {
      const r = await esbuild.build({ ...o, absWorkingDir: ROOT, write: false, logLevel: 'silent' });
      sizes.set(o.outfile as string, r.outputFiles.reduce((s, f) => s + f.contents.length, 0));
    }),
  );
  const pair = (what: string, node: string, web: string): BundlePair => ({ what, nodeBytes: sizes.get(node) ?? 0, webBytes: sizes.get(web) ?? 0 });
  return [pair('language server', 'dist/server.js', 'dist/web/server.js'), pair('client', 'dist/client.js', 'dist/web/client.js'), { what: 'Word (loaded on first use; one core for both, Node adds its file parts)', nodeBytes: (sizes.get('dist/word.js') ?? 0) + (sizes.get('dist/word-files.js') ?? 0), webBytes: sizes.get('dist/word.js') ?? 0 }, pair('PDF import (loaded on the first PDF; one bundle for both)', 'dist/pdf.js', 'dist/pdf.js')];
}

/** Opens the draft, then times `edits` checks (after `warmup`), each read from the server's log. */
async function timeChecks(c: ProtocolConnection, text: string, warmup: number, edits: number): Promise<number[]> {
  const uri = 'file:///bench/draft-40k.wsis.md';
  let waiting: ((ms: number) => void) | undefined;
  c.onNotification(LogMessageNotification.type, (p) => {
    const m = /^\[info\] checked \S+ v\d+: \d+ diagnostic\(s\) in ([\d.]+) ms/.exec(p.message) ?? /checked \S+ v\d+: \d+ diagnostic\(s\) in ([\d.]+) ms/.exec(p.message);
    if (m !== null && waiting !== undefined) {
      const w = waiting;
      waiting = undefined;
      w(Number(m[1]));
    }
  });
  await c.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });
  await c.sendNotification(InitializedNotification.type, {});
  const next = () => new Promise<number>((resolve) => (waiting = resolve));
  let checked = next();
  await c.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'wsis', version: 1, text } });
  await checked;
  const times: number[] = [];
  for (let i = 0; i < warmup + edits; i++) {
    checked = next();
    // Alternately add and remove a word at the end: the parse before the change is reused up to it.
    const change = i % 2 === 0 ? `${text}word\n` : text;
    await c.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: change }] });
    const ms = await checked;
    if (i >= warmup) times.push(ms);
  }
  return times;
}

async function nodeChecks(text: string, warmup: number, edits: number): Promise<number[]> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const c = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  c.listen();
  try {
    return await timeChecks(c, text, warmup, edits);
  } finally {
    c.dispose();
    child.kill();
  }
}

export async function runWeb(text40k: string, quick: boolean): Promise<WebResult> {
  const result: WebResult = { status: 'ok', bundles: [] };
  try {
    result.bundles = await minifiedSizes();
    const chromium = findChromium();
    if (chromium === undefined) {
      result.status = 'skipped';
      result.error = 'no chromium: the browser check was not timed';
      return result;
    }
    const warmup = quick ? 10 : 30;
    const edits = quick ? 30 : 100;
    const node = median(await nodeChecks(text40k, warmup, edits));
    const server = await startWebWorkerServer(chromium);
    let web: number;
    try {
      web = median(await timeChecks(server.connection, text40k, warmup, edits));
    } finally {
      await server.stop();
    }
    result.check40k = { nodeMs: node, webMs: web, ratio: web / node, edits };
  } catch (e) {
    result.status = 'failed';
    result.error = e instanceof Error ? e.message : String(e);
  }
  return result;
}

// The browser language server (dist/web/server.js) in a real browser: a headless Chromium (Debian's
// /usr/bin/chromium through playwright-core) opens a blank page served on 127.0.0.1, starts the
// bundle in a dedicated web worker, and a vscode-jsonrpc connection on the Node side speaks LSP to
// it through the page (postMessage one way, an exposed function the other). Used by the protocol
// test (test/protocol/web-server.test.ts) and the benchmark (bench/web.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, createProtocolConnection, type DataCallback, type Message, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

const ROOT = resolve(import.meta.dirname, '..');
export const WEB_DIR = join(ROOT, 'dist', 'web');

/** The Chromium to use: CHROMIUM_PATH, else `chromium` on PATH; undefined when there is none. */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

class PageReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  private readonly early: Message[] = [];
  listen(callback: DataCallback) {
    this.callback = callback;
    for (const m of this.early.splice(0)) callback(m);
    return { dispose: () => (this.callback = undefined) };
  }
  push(message: Message): void {
    if (this.callback === undefined) this.early.push(message);
    else this.callback(message);
  }
}

class PageWriter extends AbstractMessageWriter {
  constructor(private readonly page: Page) {
    super();
  }
  async write(message: Message): Promise<void> {
    await this.page.evaluate((m) => (globalThis as unknown as { wsisWorker: { postMessage(m: unknown): void } }).wsisWorker.postMessage(m), message as unknown as Record<string, unknown>);
  }
  end(): void {}
}

export interface WebWorkerServer {
  connection: ProtocolConnection;
  page: Page;
  /** Files the page served (names under dist/web; pdf.js is dist/pdf.js). */
  served: string[];
  stop(): Promise<void>;
}

/** Starts dist/web/server.js in a worker of a headless Chromium. */
export async function startWebWorkerServer(executablePath: string): Promise<WebWorkerServer> {
  const served: string[] = [];
  const http: Server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0];
    if (name === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>wsis web worker</title>');
      return;
    }
    // Only the scripts the worker loads.
    if (name !== '/server.js' && name !== '/word.js' && name !== '/pdf.js') {
      res.writeHead(404);
      res.end();
      return;
    }
    served.push(name.slice(1));
    res.writeHead(200, { 'content-type': 'text/javascript' });
    // The PDF reader and the Word core are one bundle each for the desktop and the web: dist/pdf.js, dist/word.js (esbuild.mjs).
    res.end(readFileSync(join(name === '/server.js' ? WEB_DIR : join(WEB_DIR, '..'), name.slice(1))));
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const port = (http.address() as AddressInfo).port;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'], timeout: 60_000 });
    const page = await browser.newPage();
    const reader = new PageReader();
    await page.exposeFunction('wsisToNode', (m: Message) => reader.push(m));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(() => {
      const g = globalThis as unknown as { wsisWorker: unknown; wsisToNode(m: unknown): void; Worker: new (url: string) => { onmessage: (e: { data: unknown }) => void } };
      const worker = new g.Worker('/server.js');
      worker.onmessage = (e) => void g.wsisToNode(e.data);
      g.wsisWorker = worker;
    });
    const connection = createProtocolConnection(reader, new PageWriter(page));
    // As the web client answers: where the Word script is.
    connection.onRequest('wsis/wordScript', () => `http://127.0.0.1:${port}/word.js`);
    connection.onRequest('wsis/pdfScript', () => `http://127.0.0.1:${port}/pdf.js`);
    connection.listen();
    const b = browser;
    return {
      connection,
      page,
      served,
      async stop() {
        connection.dispose();
        await b.close().catch(() => undefined);
        await new Promise<void>((done) => http.close(() => done()));
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    http.close();
    throw error;
  }
}

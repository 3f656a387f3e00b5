// The browser and engine type-checks (tsconfig.web.json, server/src/engine/tsconfig.json) must
// fail when code in their import graph uses Node: a global (`process`, `Buffer`, `require`,
// `setImmediate`, the `NodeJS` namespace) or a built-in module (`node:fs`, `path`). Dependencies'
// declarations that say `/// <reference types="node" />` (docx, jszip, vscode-languageserver/node)
// once let such code through in spite of `types: []`. Each check is run here, with the TypeScript
// compiler's API, over the real entries with probe lines added (in memory, nothing is written) to
// a file of the graph: client/src/start.ts (shared by both clients) and the engine's index.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', '..');

/** Each line uses Node and must be an error; `ok` lines must not be. */
const PROBE: { code: string; ok?: true }[] = [
  { code: "import { readFileSync } from 'node:fs';" },
  { code: "import { join as probeJoin } from 'path';" },
  { code: 'export const probeEnv: string | undefined = process.env.HOME;' },
  { code: "export const probeBytes: Uint8Array = Buffer.from('x');" },
  { code: "export const probeRequire: unknown = require('vscode');" },
  { code: 'export const probeImmediate: unknown = setImmediate(() => undefined);' },
  { code: 'export let probeTimer: NodeJS.Timeout | undefined;' },
  // These must type-check: the imports' use (so that an unused import is not the error), and a web worker's own.
  { code: 'export const probeUse: unknown = [readFileSync, probeJoin];', ok: true },
  { code: 'export const probeTimeout: unknown = setTimeout(() => undefined, 0);', ok: true },
  { code: "export const probeText: Uint8Array = new TextEncoder().encode('x');", ok: true },
  { code: 'export const probeScope: unknown = self.location.href;', ok: true },
];

/** The diagnostics of the program `configPath` describes, with PROBE added at the end of `probed`. */
function checkWithProbe(configPath: string, probed: string): { probeStart: number; errors: ts.Diagnostic[] } {
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  });
  assert.ok(config !== undefined && config.errors.length === 0, `${configPath} reads`);
  const host = ts.createCompilerHost(config.options);
  const original = ts.sys.readFile(probed);
  assert.ok(original !== undefined, `${probed} exists`);
  const text = `${original.replace(/\n?$/, '\n')}${PROBE.map((p) => p.code).join('\n')}\n`;
  const probeStart = original.replace(/\n?$/, '\n').split('\n').length - 1;
  const isProbed = (file: string): boolean => ts.sys.resolvePath(file) === probed;
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (isProbed(file) ? text : readFile(file));
  host.getSourceFile = (file, language, onError, create) => (isProbed(file) ? ts.createSourceFile(file, text, language) : getSourceFile(file, language, onError, create));
  const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true, incremental: false }, host });
  assert.ok(program.getSourceFile(probed) !== undefined, `${probed} is in the program of ${configPath}`);
  return { probeStart, errors: [...ts.getPreEmitDiagnostics(program)] };
}

function assertProbeRefused(configPath: string, probed: string): void {
  const { probeStart, errors } = checkWithProbe(configPath, probed);
  const where = (d: ts.Diagnostic): string => {
    if (d.file === undefined || d.start === undefined) return `(global) ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  };
  const probeLine = (d: ts.Diagnostic): number | undefined =>
    d.file !== undefined && d.start !== undefined && ts.sys.resolvePath(d.file.fileName) === probed ? d.file.getLineAndCharacterOfPosition(d.start).line - probeStart : undefined;
  // Nothing outside the probe fails (the entries are clean), and the probe's web-worker lines pass.
  const stray = errors.filter((d) => {
    const line = probeLine(d);
    return line === undefined || line < 0 || PROBE[line]?.ok === true;
  });
  assert.deepEqual(stray.map(where), [], 'errors other than the probe\'s Node lines');
  PROBE.forEach((p, i) => {
    if (p.ok === true) return;
    assert.ok(errors.some((d) => probeLine(d) === i), `no error for a Node API in ${configPath}: ${p.code}\n${errors.map(where).join('\n')}`);
  });
}

describe('type-checks without Node', () => {
  it('the browser bundles (tsconfig.web.json) refuse a Node global or built-in in a file of their graph', () => {
    assertProbeRefused(join(root, 'tsconfig.web.json'), join(root, 'client', 'src', 'start.ts'));
  });

  it('the engine (server/src/engine/tsconfig.json) refuses them too', () => {
    assertProbeRefused(join(root, 'server', 'src', 'engine', 'tsconfig.json'), join(root, 'server', 'src', 'engine', 'index.ts'));
  });
});

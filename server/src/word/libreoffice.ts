import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Conversions with LibreOffice in headless mode (`soffice --headless --convert-to ...`), each
 * with a fresh temporary profile (-env:UserInstallation), so it runs as root, beside a
 * LibreOffice the user has open, and several at once; and with a time limit, after which the
 * whole process group is killed.
 */
export class LibreOfficeMissingError extends Error {
  constructor() {
    super(
      'PDF export needs LibreOffice, and no soffice or libreoffice program was found. Install LibreOffice ' +
        '(Debian/Ubuntu: apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice; ' +
        'Windows: https://www.libreoffice.org/download/), or set WSIS_LIBREOFFICE to the soffice program; ' +
        'or export --docx and save it as PDF from Word.',
    );
  }
}

export class LibreOfficeError extends Error {}

/** Two minutes: the first start of a fresh profile takes a few seconds, a long draft a few more. */
export const DEFAULT_TIMEOUT_MS = 120_000;

const CANDIDATES: Record<string, string[]> = {
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
  linux: ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice'],
};

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The LibreOffice program: $WSIS_LIBREOFFICE, then soffice or libreoffice on PATH, then the usual places. */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = env.WSIS_LIBREOFFICE;
  if (override !== undefined && override !== '') return isExecutable(override) ? override : undefined;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com', 'libreoffice.exe'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return (CANDIDATES[process.platform] ?? []).find(isExecutable);
}

export interface ConvertOptions {
  /** The target, as `--convert-to` takes it: `pdf`, `docx`, `docx:MS Word 2007 XML`. */
  to: string;
  outDir: string;
  /** An import filter, e.g. `HTML (StarWriter)` to open HTML in Writer rather than Writer/Web. */
  inFilter?: string;
  timeoutMs?: number;
  /** The program; found with findLibreOffice when not given. */
  program?: string;
}

/** Converts one file and returns the path of the result (in `outDir`, named after the input). */
export async function convertWithLibreOffice(input: string, options: ConvertOptions): Promise<string> {
  const program = options.program ?? findLibreOffice();
  if (program === undefined) throw new LibreOfficeMissingError();
  const profile = mkdtempSync(join(tmpdir(), 'wsis-lo-profile-'));
  const ext = options.to.split(':')[0];
  const output = join(options.outDir, `${basename(input, extname(input))}.${ext}`);
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--invisible',
    '--nodefault',
    '--nolockcheck',
    '--nologo',
    '--norestore',
    ...(options.inFilter !== undefined ? [`--infilter=${options.inFilter}`] : []),
    '--convert-to',
    options.to,
    '--outdir',
    options.outDir,
    input,
  ];
  try {
    rmSync(output, { force: true });
    const { code, stderr, timedOut } = await run(program, args, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (timedOut) throw new LibreOfficeError(`LibreOffice did not finish within ${seconds(options.timeoutMs ?? DEFAULT_TIMEOUT_MS)} s and was stopped.`);
    if (!existsSync(output)) {
      const detail = stderr.split('\n').filter((l) => l.trim() !== '' && !/javaldx/.test(l)).join(' ').trim();
      throw new LibreOfficeError(`LibreOffice could not convert ${basename(input)} (exit ${code}${detail !== '' ? `: ${detail}` : ''}).`);
    }
    return output;
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

function seconds(ms: number): string {
  return ms < 10_000 ? (ms / 1000).toFixed(1) : String(Math.round(ms / 1000));
}

function run(program: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const group = process.platform !== 'win32';
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: group, windowsHide: true });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      if (stderr.length < 10_000) stderr += s;
    });
    const stop = (): void => {
      try {
        // soffice starts soffice.bin: stop the whole group, not only the launcher.
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);
    // In its own group, LibreOffice would outlive an interrupted run: take it down with us.
    process.once('exit', stop);
    const done = (): void => {
      clearTimeout(timer);
      process.removeListener('exit', stop);
    };
    child.on('error', (error) => {
      done();
      reject(new LibreOfficeError(`LibreOffice could not be started (${error.message}).`));
    });
    child.on('close', (code) => {
      done();
      resolve({ code, stderr, timedOut });
    });
  });
}

/** A .docx (as bytes) to PDF bytes. */
export async function docxToPdf(docx: Uint8Array, options: { timeoutMs?: number; program?: string } = {}): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'wsis-pdf-'));
  try {
    const input = join(dir, 'submission.docx');
    writeFileSync(input, docx);
    const pdf = await convertWithLibreOffice(input, { ...options, to: 'pdf', outDir: dir });
    return readFileSync(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

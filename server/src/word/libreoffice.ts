import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decimal, renderText, textList, WordMessageError, type WordArgs, type WordMessageId, type WordText } from './messages/catalogue';

/**
 * Conversions with LibreOffice in headless mode (`soffice --headless --convert-to ...`), each
 * with a fresh temporary profile (-env:UserInstallation), so it runs as root, beside a
 * LibreOffice the user has open, and several at once; and with a time limit, after which the
 * whole process group is killed.
 *
 * Nothing from a workspace is ever run: only absolute PATH entries are searched (a relative one,
 * `bin` or `node_modules/.bin`, names a folder of whatever the working directory is, which for
 * the language server is the workspace), WSIS_LIBREOFFICE must be an absolute path, and a
 * program whose real path lies inside a folder the caller does not trust (the workspace folders)
 * is passed over, wherever it was found and whatever link led to it.
 */
export class LibreOfficeMissingError extends WordMessageError {
  /** Programs found but not run, each with why (inside the workspace, a relative WSIS_LIBREOFFICE), in English. */
  readonly refused: string[];

  constructor(reasons: readonly WordText[] = []) {
    super(reasons.length > 0 ? { id: 'lo.missing-not-run', args: { programs: textList(reasons) } } : { id: 'lo.missing' });
    this.refused = reasons.map((r) => renderText('en', r));
  }
}

export class LibreOfficeError extends WordMessageError {
  constructor(id: WordMessageId, args?: WordArgs) {
    super({ id, args });
  }
}

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

/** The canonical path (links resolved; on macOS and Windows, the case as stored). */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

/** Whether `path` (a real path) is `folder` or lies inside it (`folder/..x` is inside, `folder/../x` is not). */
export function isInside(path: string, folder: string): boolean {
  const fold = (p: string): string => (process.platform === 'win32' ? p.toLowerCase() : p);
  const rel = relative(fold(folder), fold(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

export interface FindOptions {
  /** Folders nothing may be run from (the workspace folders): a program whose real path lies inside one is passed over. */
  untrusted?: readonly string[];
}

export interface Located {
  program: string | undefined;
  /** Programs found but not run, each with why (in English). */
  refused: string[];
  /** The same, as texts of the catalogue (for the error, in the user's language). */
  reasons: WordText[];
}

/**
 * The LibreOffice program: $WSIS_LIBREOFFICE (an absolute path), else soffice or libreoffice in
 * an absolute PATH entry, else the usual places; never one inside an untrusted folder.
 */
export function locateLibreOffice(env: NodeJS.ProcessEnv = process.env, options: FindOptions = {}): Located {
  const untrusted = (options.untrusted ?? []).map(realPath);
  const reasons: WordText[] = [];
  const located = (program: string | undefined): Located => ({ program, refused: reasons.map((r) => renderText('en', r)), reasons });
  const usable = (path: string): boolean => {
    if (!isExecutable(path)) return false;
    const real = realPath(path);
    const folder = untrusted.find((f) => isInside(real, f));
    if (folder === undefined) return true;
    reasons.push({ id: 'lo.in-folder', args: { path, folder } });
    return false;
  };
  const override = env.WSIS_LIBREOFFICE;
  if (override !== undefined && override !== '') {
    if (!isAbsolute(override)) {
      reasons.push({ id: 'lo.relative', args: { value: override } });
      return located(undefined);
    }
    return located(usable(override) ? override : undefined);
  }
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com', 'libreoffice.exe'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter)) {
    // Relative entries (and the empty one, which means the working directory) are never searched.
    if (dir === '' || !isAbsolute(dir)) continue;
    for (const name of names) if (usable(join(dir, name))) return located(join(dir, name));
  }
  return located((CANDIDATES[process.platform] ?? []).find(usable));
}

/** The program locateLibreOffice finds, or undefined. */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env, options: FindOptions = {}): string | undefined {
  return locateLibreOffice(env, options).program;
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
  /** Folders nothing may be run from (see FindOptions); applies to `program` too. */
  untrusted?: readonly string[];
}

/** Converts one file and returns the path of the result (in `outDir`, named after the input). */
export async function convertWithLibreOffice(relativeInput: string, options: ConvertOptions): Promise<string> {
  // LibreOffice runs in a folder of its own: the paths it is given must not depend on ours.
  const input = resolve(relativeInput);
  const outDir = resolve(options.outDir);
  const program = options.program ?? locatedOrThrow(options.untrusted);
  const real = realPath(program);
  if (options.untrusted?.some((f) => isInside(real, realPath(f))) === true) throw new LibreOfficeMissingError([{ id: 'lo.in-workspace', args: { path: program } }]);
  const profile = mkdtempSync(join(tmpdir(), 'wsis-lo-profile-'));
  const ext = options.to.split(':')[0];
  const output = join(outDir, `${basename(input, extname(input))}.${ext}`);
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
    outDir,
    input,
  ];
  try {
    rmSync(output, { force: true });
    const { code, stderr, timedOut } = await run(program, args, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, profile, options.untrusted);
    if (timedOut) throw new LibreOfficeError('lo.timeout', { seconds: decimal(seconds(options.timeoutMs ?? DEFAULT_TIMEOUT_MS)) });
    if (!existsSync(output)) {
      const detail = stderr.split('\n').filter((l) => l.trim() !== '' && !/javaldx/.test(l)).join(' ').trim();
      throw new LibreOfficeError(detail !== '' ? 'lo.failed-detail' : 'lo.failed', { file: basename(input), code: String(code), detail });
    }
    return output;
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

function locatedOrThrow(untrusted: readonly string[] | undefined): string {
  const { program, reasons } = locateLibreOffice(process.env, { untrusted });
  if (program === undefined) throw new LibreOfficeMissingError(reasons);
  return program;
}

function seconds(ms: number): string {
  return ms < 10_000 ? (ms / 1000).toFixed(1) : String(Math.round(ms / 1000));
}

/**
 * The environment LibreOffice runs in: ours, with only the absolute PATH entries outside the
 * untrusted folders. soffice is a shell script that runs dirname, grep and uname by name: a
 * relative entry, or one into the workspace, would let it run a workspace's bin/dirname.
 */
export function programEnv(env: NodeJS.ProcessEnv = process.env, untrusted: readonly string[] = []): NodeJS.ProcessEnv {
  const folders = untrusted.map(realPath);
  const out: NodeJS.ProcessEnv = { ...env };
  for (const key of Object.keys(out)) {
    if (key.toUpperCase() !== 'PATH') continue;
    out[key] = (out[key] ?? '')
      .split(delimiter)
      .filter((dir) => dir !== '' && isAbsolute(dir) && !folders.some((f) => isInside(realPath(dir), f)))
      .join(delimiter);
  }
  return out;
}

function run(program: string, args: string[], timeoutMs: number, cwd: string, untrusted: readonly string[] = []): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const group = process.platform !== 'win32';
    // In a folder of ours (not the workspace the server was started in), with absolute PATH entries only.
    const child = spawn(program, args, { cwd, env: programEnv(process.env, untrusted), stdio: ['ignore', 'ignore', 'pipe'], detached: group, windowsHide: true });
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
      reject(new LibreOfficeError('lo.no-start', { detail: error.message }));
    });
    child.on('close', (code) => {
      done();
      resolve({ code, stderr, timedOut });
    });
  });
}

/** A .docx (as bytes) to PDF bytes. */
export async function docxToPdf(docx: Uint8Array, options: { timeoutMs?: number; program?: string; untrusted?: readonly string[] } = {}): Promise<Buffer> {
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

import { existsSync } from 'node:fs';
import { at, DEFAULT_SETTINGS, mergeSettings, type Locale, type Settings } from '../engine';
import { configFileFor, loadConfigFile } from '../node/config-files';
import { ioReason } from '../node/errors';
import { readDraftText } from '../node/read-file';
import { loadWord } from '../word/load';
import type { ExportFormat } from '../word/word-files';
import { checkedLocale, localeOf, UsageError } from './args';
import { printable } from './format';
import { cliCount, cliText } from './messages/catalogue';

/**
 * `wsis-lint export` and `wsis-lint import`: Word and PDF out, Word and PDF in.
 * The Word code (docx, mammoth) comes from the Word bundle, loaded on first use (word/load.ts):
 * its functions and its error classes, so `instanceof` sees the classes the bundle throws.
 * Exit codes as for checking: 0 done, 1 refused (--strict and error-level problems),
 * 2 usage, input/output or conversion errors.
 */
export interface WordIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** The environment's locale (LC_ALL, LC_MESSAGES or LANG), for the messages when --locale is not given. */
  locale?: string;
}

const EXIT_REFUSED = 1;
const EXIT_FAILED = 2;

export interface ExportArgs {
  format: ExportFormat;
  out: string | undefined;
  strict: boolean;
  force: boolean;
  config: string | undefined;
  timeoutMs: number | undefined;
  file: string;
  help: boolean;
}

export interface ImportArgs {
  rollForward: boolean;
  out: string | undefined;
  force: boolean;
  file: string;
  help: boolean;
}

/** Reads `--name VALUE` and `--name=VALUE`. */
function valueOf(argv: readonly string[], i: number, name: string): { value: string; next: number } {
  const arg = at(argv, i); // called from the loops below, on the option at i < argv.length
  const eq = arg.indexOf('=');
  if (eq > 0) return { value: arg.slice(eq + 1), next: i };
  const value = argv[i + 1];
  if (value === undefined) throw new UsageError('args.needs-value', { option: name });
  return { value, next: i + 1 };
}

function isOption(arg: string, name: string): boolean {
  return arg === name || arg.startsWith(`${name}=`);
}

export function parseExportArgs(argv: readonly string[]): ExportArgs {
  const formats = new Set<ExportFormat>();
  const out: ExportArgs = { format: 'docx', out: undefined, strict: false, force: false, config: undefined, timeoutMs: undefined, file: '', help: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = at(argv, i); // i < argv.length (valueOf moves i past an option's value, checked there)
    if (arg === '-h' || arg === '--help') return { ...out, help: true };
    if (arg === '--docx') formats.add('docx');
    else if (arg === '--pdf') formats.add('pdf');
    else if (arg === '--strict') out.strict = true;
    else if (arg === '--force') out.force = true;
    else if (isOption(arg, '--locale')) {
      // Read by runExport before the arguments (localeOf): here only checked and passed over.
      const v = valueOf(argv, i, '--locale');
      i = v.next;
      checkedLocale(v.value);
    } else if (isOption(arg, '--out') || isOption(arg, '--config') || isOption(arg, '--timeout')) {
      const name = arg.slice(0, arg.includes('=') ? arg.indexOf('=') : arg.length);
      const v = valueOf(argv, i, name);
      i = v.next;
      if (name === '--out') out.out = v.value;
      else if (name === '--config') out.config = v.value;
      else {
        const seconds = Number(v.value);
        if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError('args.timeout', { value: v.value });
        out.timeoutMs = Math.round(seconds * 1000);
      }
    } else if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError('args.unknown-option-for', { option: arg, command: 'export' });
    else files.push(arg);
  }
  if (formats.size > 1) throw new UsageError('args.one-format');
  const [file, ...others] = files;
  if (file === undefined || others.length > 0) throw new UsageError(file === undefined ? 'args.export-none' : 'args.export-many');
  if (file === '-') throw new UsageError('args.export-stdin');
  out.format = [...formats][0] ?? 'docx';
  out.file = file;
  return out;
}

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const out: ImportArgs = { rollForward: false, out: undefined, force: false, file: '', help: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = at(argv, i); // i < argv.length (valueOf moves i past an option's value, checked there)
    if (arg === '-h' || arg === '--help') return { ...out, help: true };
    if (arg === '--roll-forward') out.rollForward = true;
    else if (arg === '--force') out.force = true;
    else if (isOption(arg, '--out')) {
      const v = valueOf(argv, i, '--out');
      i = v.next;
      out.out = v.value;
    } else if (isOption(arg, '--locale')) {
      // Read by runImport before the arguments (localeOf): here only checked and passed over.
      const v = valueOf(argv, i, '--locale');
      i = v.next;
      checkedLocale(v.value);
    } else if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-')) throw new UsageError('args.unknown-option-for', { option: arg, command: 'import' });
    else files.push(arg);
  }
  const [file, ...others] = files;
  if (file === undefined || others.length > 0) throw new UsageError(file === undefined ? 'args.import-none' : 'args.import-many');
  out.file = file;
  return out;
}

function usageError(io: WordIo, error: unknown, command: string, locale: Locale): number {
  if (!(error instanceof UsageError)) throw error;
  io.err(`wsis-lint: ${printable(cliText(locale, error.id, error.args))}\n${cliText(locale, 'args.see-command-help', { command })}\n`);
  return EXIT_FAILED;
}

/** The settings for the check before export: --config, else the nearest .wsisrc.json. */
function settingsFor(file: string, config: string | undefined, io: WordIo, locale: Locale): Settings {
  const base = mergeSettings(DEFAULT_SETTINGS, { locale });
  const path = configFileFor(file, config);
  if (path === undefined) return base;
  const loaded = loadConfigFile(path, locale);
  if (loaded.readError !== undefined) io.err(`wsis-lint: ${printable(cliText(locale, 'check.config-unread', { error: loaded.readError }))}\n`);
  else if (loaded.problems.length > 0) io.err(`wsis-lint: ${printable(cliText(locale, 'word.config-problems', { path, count: loaded.problems.length, file }))}\n`);
  return mergeSettings(base, loaded.settings);
}

function printNotes(io: WordIo, file: string, notes: readonly string[], locale: Locale): void {
  for (const note of notes) io.err(`${printable(cliText(locale, 'word.note', { file, note }))}\n`);
}

/** `wsis-lint export ...` (argv after `export`). */
export async function runExport(argv: readonly string[], io: WordIo): Promise<number> {
  const locale = localeOf(argv, io.locale);
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv);
  } catch (error) {
    return usageError(io, error, 'export', locale);
  }
  if (args.help) {
    io.out(`${cliText(locale, 'usage.export')}\n`);
    return 0;
  }
  let text: string;
  try {
    const decoded = readDraftText(args.file);
    if (!decoded.clean) {
      io.err(`wsis-lint: ${printable(cliText(locale, 'word.not-utf8', { file: args.file }))}\n`);
      return EXIT_FAILED;
    }
    text = decoded.text;
  } catch (error) {
    io.err(`wsis-lint: ${printable(cliText(locale, 'word.cannot-read', { file: args.file, reason: ioReason(error, locale) }))}\n`);
    return EXIT_FAILED;
  }

  const { errorsBeforeExport, exportDraftFile, LibreOfficeError, LibreOfficeMissingError, OverwriteError, DraftTooLargeError } = loadWord();
  const errors = errorsBeforeExport(text, settingsFor(args.file, args.config, io, locale));
  if (errors.length > 0) {
    const lines = errors.map((d) => `${printable(args.file)}:${d.range.start.line + 1}:${d.range.start.character + 1} error ${printable(d.message)} [${d.rule}]\n`);
    io.err(`wsis-lint: ${printable(cliCount(locale, 'word.still-errors', errors.length, { file: args.file }))}\n${lines.join('')}`);
    if (args.strict) {
      io.err(`wsis-lint: ${cliText(locale, 'word.strict')}\n`);
      return EXIT_REFUSED;
    }
    io.err(`wsis-lint: ${cliText(locale, 'word.anyway')}\n`);
  }

  try {
    const result = await exportDraftFile(args.file, text, { format: args.format, out: args.out, force: args.force, timeoutMs: args.timeoutMs, locale });
    printNotes(io, args.file, result.notes, locale);
    io.out(`${printable(cliCount(locale, 'word.wrote', result.footnotes, { path: result.path }))}\n`);
    return 0;
  } catch (error) {
    if (error instanceof LibreOfficeMissingError || error instanceof LibreOfficeError || error instanceof OverwriteError || error instanceof DraftTooLargeError) io.err(`wsis-lint: ${printable(error.message)}\n`);
    else io.err(`wsis-lint: ${printable(cliText(locale, args.format === 'pdf' ? 'word.cannot-write-pdf' : 'word.cannot-write-docx', { reason: ioReason(error, locale) }))}\n`);
    return EXIT_FAILED;
  }
}

/** `wsis-lint import ...` (argv after `import`). */
export async function runImport(argv: readonly string[], io: WordIo): Promise<number> {
  const locale = localeOf(argv, io.locale);
  let args: ImportArgs;
  try {
    args = parseImportArgs(argv);
  } catch (error) {
    return usageError(io, error, 'import', locale);
  }
  if (args.help) {
    io.out(`${cliText(locale, 'usage.import')}\n`);
    return 0;
  }
  if (!existsSync(args.file)) {
    io.err(`wsis-lint: ${printable(cliText(locale, 'word.no-such-file', { file: args.file }))}\n`);
    return EXIT_FAILED;
  }
  const { importDocument, importDocxFile, OverwriteError, ImportError } = loadWord();
  try {
    if (args.out === '-') {
      const result = await importDocument(args.file, { rollForward: args.rollForward, locale });
      if (result.summary !== undefined) io.err(`${printable(args.file)}: ${printable(result.summary)}\n`);
      printNotes(io, args.file, result.notes, locale);
      io.out(result.text);
      return 0;
    }
    const result = await importDocxFile(args.file, { rollForward: args.rollForward, out: args.out, force: args.force, locale });
    if (result.summary !== undefined) io.out(`${printable(args.file)}: ${printable(result.summary)}\n`);
    printNotes(io, args.file, result.notes, locale);
    io.out(`${printable(cliCount(locale, 'word.wrote', result.footnotes, { path: result.path }))}\n`);
    return 0;
  } catch (error) {
    if (error instanceof OverwriteError) io.err(`wsis-lint: ${printable(error.message)}\n`);
    else if (error instanceof ImportError) io.err(`wsis-lint: ${printable(args.file)}: ${printable(error.message)}.\n`);
    else io.err(`wsis-lint: ${printable(cliText(locale, 'word.cannot-import', { file: args.file, reason: ioReason(error, locale) }))}\n`);
    return EXIT_FAILED;
  }
}

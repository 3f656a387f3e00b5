import { existsSync } from 'node:fs';
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../engine';
import { configFileFor, loadConfigFile } from '../node/config-files';
import { ioReason } from '../node/errors';
import { readDraftText } from '../node/read-file';
import { loadWord } from '../word/load';
import type { ExportFormat } from '../word/word-files';
import { UsageError } from './args';
import { printable } from './format';

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
}

const EXIT_REFUSED = 1;
const EXIT_FAILED = 2;

export const EXPORT_USAGE = `Usage: wsis-lint export --docx|--pdf [options] FILE

Writes the draft FILE as a Word document laid out like a published submission
(cover centred and bold, Parts as headings, Word footnotes), or as a PDF made
from it with LibreOffice. The result goes beside the draft as NAME.docx or
NAME.pdf. A draft that still has error-level problems is exported with a warning.

Options:
  --docx             write a Word document (the default)
  --pdf              write a PDF (needs LibreOffice: soffice on PATH or WSIS_LIBREOFFICE)
  --out PATH         write here instead
  --strict           refuse to export a draft with error-level problems (exit 1)
  --force            replace PATH even if it is not an untouched earlier export
  --config FILE      use this .wsisrc.json for the check before exporting
  --timeout SECONDS  how long LibreOffice may take (default 120)
  -h, --help         show this help`;

export const IMPORT_USAGE = `Usage: wsis-lint import [options] FILE.docx|FILE.pdf

Makes a Markdown draft from a Word document or a PDF (last year's published
submission, say): headings, paragraphs, lists, emphasis, links and footnotes,
with the cover block and the Parts written in canonical form. From a PDF, the
hard-wrapped lines are joined into paragraphs, page numbers and running headers
dropped, and the footnotes at the foot of the pages matched to their marks; a
summary says how many pages, paragraphs and footnotes were read, and what was
unsure. The draft goes beside the document as NAME.wsis.md.

Options:
  --roll-forward   start this year's draft from last year's: session, years and
                   dates one year on (confirm the dates: only their year changes)
  --out PATH       write here instead ('-' writes to standard output)
  --force          replace PATH if it exists
  -h, --help       show this help`;

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
  const arg = argv[i];
  const eq = arg.indexOf('=');
  if (eq > 0) return { value: arg.slice(eq + 1), next: i };
  const value = argv[i + 1];
  if (value === undefined) throw new UsageError(`${name} needs a value.`);
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
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return { ...out, help: true };
    if (arg === '--docx') formats.add('docx');
    else if (arg === '--pdf') formats.add('pdf');
    else if (arg === '--strict') out.strict = true;
    else if (arg === '--force') out.force = true;
    else if (isOption(arg, '--out') || isOption(arg, '--config') || isOption(arg, '--timeout')) {
      const name = arg.split('=')[0];
      const v = valueOf(argv, i, name);
      i = v.next;
      if (name === '--out') out.out = v.value;
      else if (name === '--config') out.config = v.value;
      else {
        const seconds = Number(v.value);
        if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout takes a number of seconds, not '${v.value}'.`);
        out.timeoutMs = Math.round(seconds * 1000);
      }
    } else if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option '${arg}' for export.`);
    else files.push(arg);
  }
  if (formats.size > 1) throw new UsageError('Choose one of --docx and --pdf.');
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'Name the draft to export.' : 'Export one draft at a time.');
  if (files[0] === '-') throw new UsageError('Export needs the draft as a file (the output goes beside it), not standard input.');
  out.format = [...formats][0] ?? 'docx';
  out.file = files[0];
  return out;
}

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const out: ImportArgs = { rollForward: false, out: undefined, force: false, file: '', help: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return { ...out, help: true };
    if (arg === '--roll-forward') out.rollForward = true;
    else if (arg === '--force') out.force = true;
    else if (isOption(arg, '--out')) {
      const v = valueOf(argv, i, '--out');
      i = v.next;
      out.out = v.value;
    } else if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-')) throw new UsageError(`Unknown option '${arg}' for import.`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'Name the Word document (.docx) or PDF to import.' : 'Import one document at a time.');
  out.file = files[0];
  return out;
}

function usageError(io: WordIo, error: unknown, command: string): number {
  if (!(error instanceof UsageError)) throw error;
  io.err(`wsis-lint: ${printable(error.message)}\nRun 'wsis-lint ${command} --help' for usage.\n`);
  return EXIT_FAILED;
}

/** The settings for the check before export: --config, else the nearest .wsisrc.json. */
function settingsFor(file: string, config: string | undefined, io: WordIo): Settings {
  const path = configFileFor(file, config);
  if (path === undefined) return DEFAULT_SETTINGS;
  const loaded = loadConfigFile(path);
  if (loaded.readError !== undefined) io.err(`wsis-lint: ${printable(loaded.readError)}; using the defaults.\n`);
  else if (loaded.problems.length > 0) io.err(`wsis-lint: ${printable(path)} has ${loaded.problems.length} problem(s); run 'wsis-lint ${printable(file)}' to see them.\n`);
  return mergeSettings(DEFAULT_SETTINGS, loaded.settings);
}

function printNotes(io: WordIo, file: string, notes: readonly string[]): void {
  for (const note of notes) io.err(`${printable(file)}: note: ${printable(note)}\n`);
}

/** `wsis-lint export ...` (argv after `export`). */
export async function runExport(argv: readonly string[], io: WordIo): Promise<number> {
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv);
  } catch (error) {
    return usageError(io, error, 'export');
  }
  if (args.help) {
    io.out(`${EXPORT_USAGE}\n`);
    return 0;
  }
  let text: string;
  try {
    const decoded = readDraftText(args.file);
    if (!decoded.clean) {
      io.err(`wsis-lint: ${printable(args.file)}: not exported: it is not valid UTF-8 (Latin-1 or another encoding?); save it as UTF-8 first.\n`);
      return EXIT_FAILED;
    }
    text = decoded.text;
  } catch (error) {
    io.err(`wsis-lint: ${printable(args.file)}: cannot read it (${printable(ioReason(error))}).\n`);
    return EXIT_FAILED;
  }

  const { errorsBeforeExport, exportDraftFile, LibreOfficeError, LibreOfficeMissingError, OverwriteError, DraftTooLargeError } = loadWord();
  const errors = errorsBeforeExport(text, settingsFor(args.file, args.config, io));
  if (errors.length > 0) {
    const lines = errors.map((d) => `${printable(args.file)}:${d.range.start.line + 1}:${d.range.start.character + 1} error ${printable(d.message)} [${d.rule}]\n`);
    io.err(`wsis-lint: ${printable(args.file)} still has ${errors.length} error-level problem${errors.length === 1 ? '' : 's'}:\n${lines.join('')}`);
    if (args.strict) {
      io.err('wsis-lint: not exported (--strict). Fix the problems, or export without --strict.\n');
      return EXIT_REFUSED;
    }
    io.err('wsis-lint: exporting anyway (use --strict to refuse).\n');
  }

  try {
    const result = await exportDraftFile(args.file, text, { format: args.format, out: args.out, force: args.force, timeoutMs: args.timeoutMs });
    printNotes(io, args.file, result.notes);
    io.out(`Wrote ${printable(result.path)} (${result.footnotes} footnote${result.footnotes === 1 ? '' : 's'}).\n`);
    return 0;
  } catch (error) {
    if (error instanceof LibreOfficeMissingError || error instanceof LibreOfficeError || error instanceof OverwriteError || error instanceof DraftTooLargeError) io.err(`wsis-lint: ${printable(error.message)}\n`);
    else io.err(`wsis-lint: cannot write the ${args.format === 'pdf' ? 'PDF' : 'Word document'} (${printable(ioReason(error))}).\n`);
    return EXIT_FAILED;
  }
}

/** `wsis-lint import ...` (argv after `import`). */
export async function runImport(argv: readonly string[], io: WordIo): Promise<number> {
  let args: ImportArgs;
  try {
    args = parseImportArgs(argv);
  } catch (error) {
    return usageError(io, error, 'import');
  }
  if (args.help) {
    io.out(`${IMPORT_USAGE}\n`);
    return 0;
  }
  if (!existsSync(args.file)) {
    io.err(`wsis-lint: ${printable(args.file)}: no such file.\n`);
    return EXIT_FAILED;
  }
  const { importDocument, importDocxFile, OverwriteError, ImportError } = loadWord();
  try {
    if (args.out === '-') {
      const result = await importDocument(args.file, { rollForward: args.rollForward });
      if (result.summary !== undefined) io.err(`${printable(args.file)}: ${printable(result.summary)}\n`);
      printNotes(io, args.file, result.notes);
      io.out(result.text);
      return 0;
    }
    const result = await importDocxFile(args.file, { rollForward: args.rollForward, out: args.out, force: args.force });
    if (result.summary !== undefined) io.out(`${printable(args.file)}: ${printable(result.summary)}\n`);
    printNotes(io, args.file, result.notes);
    io.out(`Wrote ${printable(result.path)} (${result.footnotes} footnote${result.footnotes === 1 ? '' : 's'}).\n`);
    return 0;
  } catch (error) {
    if (error instanceof OverwriteError) io.err(`wsis-lint: ${printable(error.message)}\n`);
    else if (error instanceof ImportError) io.err(`wsis-lint: ${printable(args.file)}: ${printable(error.message)}.\n`);
    else io.err(`wsis-lint: ${printable(args.file)}: cannot import it (${printable(ioReason(error))}).\n`);
    return EXIT_FAILED;
  }
}

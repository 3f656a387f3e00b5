import { dirname, resolve } from 'node:path';
import { version } from '../../../package.json';
import { checkText, DEFAULT_SETTINGS, fixAll, LineIndex, looksLikeSubmission, mergeSettings, type Locale, type Settings } from '../engine';
import { configFileFor, loadConfigFile, type CliConfig as LoadedConfig } from '../node/config-files';
import { writeFileAtomically } from '../node/atomic-write';
import { ioReason } from '../node/errors';
import { decodeUtf8, MAX_DRAFT_BYTES, readBounded, readDraftText, type DecodedText } from '../node/read-file';
import { localeOf, parseArgs, usage, UsageError, type CheckArgs } from './args';
import { expandPaths } from './files';
import { formatJson, formatSarif, formatText, printable, type FileResult } from './format';
import { cliCount, cliText } from './messages/catalogue';
import { runExport, runImport } from './word';

/** Exit codes: 0 clean, 1 error-level problems, 2 usage or input/output errors. */
const EXIT_PROBLEMS = 1;
const EXIT_USAGE = 2;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Standard input: its text, or its bytes (decoded as a file's are). */
  readStdin: () => string | Uint8Array;
  /** The environment's locale (LC_ALL, LC_MESSAGES or LANG), for the messages when --locale is not given. */
  locale?: string;
}

function describeConfigProblems(config: LoadedConfig, locale: Locale): string[] {
  if (config.readError !== undefined) return [`wsis-lint: ${printable(cliText(locale, 'check.config-unread', { error: config.readError }))}`];
  // Positions from the text that was parsed (not read again), with one line index for all problems.
  const lines = new LineIndex(config.text);
  return config.problems.map((p) => {
    const { line, character } = lines.positionAt(p.span.start);
    return `${printable(config.path)}:${line + 1}:${character + 1} error ${printable(p.message)} [config]`;
  });
}

function isBinary(text: string): boolean {
  return text.slice(0, 8000).includes('\u0000');
}

export function run(argv: readonly string[], io: Io): number {
  // The language of everything printed: --locale, else LC_ALL, LC_MESSAGES or LANG, else English.
  const locale = localeOf(argv, io.locale);
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`wsis-lint: ${printable(cliText(locale, error.id, error.args))}\n${cliText(locale, 'args.see-help')}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (args.command === 'help') {
    io.out(`${usage(locale)}\n`);
    return 0;
  }
  if (args.command === 'version') {
    io.out(`${version}\n`);
    return 0;
  }
  return check(args, io, locale);
}

function check(args: CheckArgs, io: Io, locale: Locale): number {
  let ioProblems = 0;
  const problem = (message: string): void => {
    ioProblems++;
    io.err(`wsis-lint: ${printable(message)}\n`);
  };
  if (args.fix && args.paths.includes('-')) {
    io.err(`wsis-lint: ${cliText(locale, 'check.fix-stdin')}\n`);
    return EXIT_USAGE;
  }

  // Configuration: --config for every file, or the nearest .wsisrc.json to each file.
  const loaded = new Map<string, LoadedConfig>();
  const load = (path: string): LoadedConfig => {
    let c = loaded.get(path);
    if (c === undefined) {
      c = loadConfigFile(path, locale);
      loaded.set(path, c);
      const messages = describeConfigProblems(c, locale);
      for (const m of messages) io.err(`${m}\n`);
      ioProblems += messages.length;
    }
    return c;
  };
  const byFolder = new Map<string, string | undefined>();
  const base = mergeSettings(DEFAULT_SETTINGS, { locale });
  const settingsFor = (file: string): Settings => {
    // Standard input has no folder: only --config applies to it. The lookup is made once a folder.
    const folder = file === '-' ? undefined : dirname(resolve(file));
    if (folder !== undefined && !byFolder.has(folder)) byFolder.set(folder, configFileFor(file, args.config));
    const path = folder === undefined ? (args.config !== undefined ? resolve(args.config) : undefined) : byFolder.get(folder);
    // A broken file's valid parts still apply (an empty object when nothing is usable).
    return path === undefined ? base : mergeSettings(base, load(path).settings);
  };

  const { files, problems, folderOf } = expandPaths(args.paths, locale);
  for (const p of problems) problem(p);

  const results: FileResult[] = [];
  const draftsPerFolder = new Map<string, number>();
  for (const file of files) {
    let decoded: DecodedText;
    try {
      if (file === '-') {
        const input = io.readStdin();
        decoded = typeof input === 'string' ? { text: input, clean: true } : decodeUtf8(input);
      } else {
        decoded = readDraftText(file);
      }
    } catch (error) {
      problem(cliText(locale, 'check.cannot-read', { file, reason: ioReason(error, locale) }));
      continue;
    }
    const { text } = decoded;
    if (isBinary(text)) {
      problem(cliText(locale, 'check.binary', { file }));
      continue;
    }
    const folder = folderOf.get(file);
    if (folder !== undefined) {
      if (!/\.wsis\.md$/i.test(file) && !looksLikeSubmission(text)) continue;
      draftsPerFolder.set(folder, (draftsPerFolder.get(folder) ?? 0) + 1);
    }
    const settings = settingsFor(file);
    let result = checkText(text, settings);
    if (args.fix) {
      const fixed = fixAll(text, settings, undefined, result.diagnostics);
      if (fixed.text !== text && !decoded.clean) {
        // Writing the decoded text back would put U+FFFD over every byte that was not UTF-8.
        problem(cliText(locale, 'check.not-utf8', { file }));
      } else if (fixed.text !== text) {
        try {
          // Through a link to the draft it names, keeping the file's permissions.
          writeFileAtomically(file, fixed.text);
          io.err(`${printable(cliCount(locale, 'check.fixed', fixed.applied, { file }))}\n`);
          result = { ...result, diagnostics: fixed.diagnostics };
        } catch (error) {
          problem(cliText(locale, 'check.cannot-write', { file, error: error instanceof Error ? error.message : String(error) }));
        }
      }
    }
    const diagnostics = args.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    results.push({ file, kind: result.kind, diagnostics });
  }
  for (const folder of new Set(folderOf.values())) {
    if ((draftsPerFolder.get(folder) ?? 0) === 0 && !problems.some((p) => p.startsWith(`${folder}:`))) {
      problem(cliText(locale, 'check.no-drafts-here', { folder }));
    }
  }

  if (args.format === 'json') io.out(formatJson(results));
  else if (args.format === 'sarif') io.out(formatSarif(results, version, locale));
  else io.out(formatText(results, locale));

  if (ioProblems > 0) return EXIT_USAGE;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT_PROBLEMS : 0;
}

/** Runs the command with the process's arguments and streams; sets the exit code. */
export function main(): void {
  const argv = process.argv.slice(2);
  const io: Io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    readStdin: () => readBounded(0, MAX_DRAFT_BYTES),
    // POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG (an empty one counts as unset).
    locale: [process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG].find((v) => v !== undefined && v !== ''),
  };
  const failed = (error: unknown): void => {
    io.err(`wsis-lint: ${cliText(localeOf(argv, io.locale), 'check.failure', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`);
    process.exitCode = EXIT_USAGE;
  };
  // `export` and `import` are subcommands (a draft named so is written ./export).
  if (argv[0] === 'export' || argv[0] === 'import') {
    (argv[0] === 'export' ? runExport : runImport)(argv.slice(1), io).then((code) => {
      process.exitCode = code;
    }, failed);
    return;
  }
  try {
    process.exitCode = run(argv, io);
  } catch (error) {
    failed(error);
  }
}

// `node dist/cli.js ...` runs it; bin/wsis-lint.js calls main() itself.
if (require.main === module) main();

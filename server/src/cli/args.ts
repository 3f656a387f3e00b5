/** Command-line arguments of `wsis-lint`. */
export type Format = 'text' | 'json' | 'sarif';

export interface CheckArgs {
  command: 'check';
  format: Format;
  config: string | undefined;
  fix: boolean;
  quiet: boolean;
  /** The language of the messages (--locale); LC_ALL, LC_MESSAGES or LANG when not given. */
  locale: string | undefined;
  paths: string[];
}

export type Args = CheckArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: wsis-lint [options] PATH...
       wsis-lint export --docx|--pdf [--out PATH] [--strict] FILE
       wsis-lint import [--roll-forward] [--out PATH] [--force] FILE.docx

Checks WSIS submission drafts (Markdown) against the CSTD report template.
PATH is a file, a folder (its *.wsis.md files, and *.md files that look like
submissions) or a glob; '-' reads a draft from standard input.

Options:
  --format text|json|sarif   output format (default: text)
  --config FILE              use this .wsisrc.json instead of looking for one
  --fix                      apply every mechanical fix in place, then report what remains
  --quiet                    report errors only
  --locale en|fr|es          language of the messages (default: from LC_ALL,
                             LC_MESSAGES or LANG; English otherwise)
  -h, --help                 show this help
  -v, --version              show the version

'wsis-lint export --help' and 'wsis-lint import --help' describe the Word commands.

Exit status: 0 no error-level problem, 1 some error-level problem,
2 usage or input/output errors (the other files are still checked).`;

export function parseArgs(argv: readonly string[]): Args {
  const out: CheckArgs = { command: 'check', format: 'text', config: undefined, fix: false, quiet: false, locale: undefined, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (name: string): string => {
      const eq = arg.indexOf('=');
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value.`);
      return next;
    };
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    if (arg === '-v' || arg === '--version') return { command: 'version' };
    if (arg === '--fix') out.fix = true;
    else if (arg === '--quiet') out.quiet = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`Unknown format '${f}': use text, json or sarif.`);
      out.format = f;
    } else if (arg === '--config' || arg.startsWith('--config=')) out.config = value('--config');
    else if (arg === '--locale' || arg.startsWith('--locale=')) {
      const l = value('--locale');
      if (!/^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$/.test(l)) throw new UsageError(`Unknown locale '${l}': use en, fr or es.`);
      out.locale = l;
    }
    else if (arg === '--') {
      out.paths.push(...argv.slice(i + 1));
      break;
    }
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option '${arg}'.`);
    else out.paths.push(arg);
  }
  if (out.paths.length === 0) throw new UsageError('Name at least one file or folder to check.');
  return out;
}

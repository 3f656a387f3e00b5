import { at, resolveLocale, type Locale, type MessageArgs } from '../engine';
import { cliText, type CliMessageId } from './messages/catalogue';

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

/** A mistake in the arguments: a message of the command line's catalogue, written in the user's language by whoever reports it. */
export class UsageError extends Error {
  constructor(
    readonly id: CliMessageId,
    readonly args: MessageArgs = {},
  ) {
    super(cliText('en', id, args));
  }
}

const LOCALE_TAG = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$/;

/** The value of `--locale` (checked: a language tag, never a path); a UsageError otherwise. */
export function checkedLocale(value: string): string {
  if (!LOCALE_TAG.test(value)) throw new UsageError('args.unknown-locale', { locale: value });
  return value;
}

/**
 * The language for the command line's messages, read before the arguments are parsed (so a usage
 * error or the help is in it too): the last valid `--locale` before a `--`, else the environment's.
 */
export function localeOf(argv: readonly string[], environment: string | undefined): Locale {
  let found: string | undefined;
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value !== undefined && LOCALE_TAG.test(value)) found = value;
  }
  return resolveLocale(found ?? environment);
}

/** The usage of `wsis-lint` (checking) in `locale`. */
export function usage(locale: Locale): string {
  return cliText(locale, 'usage');
}

export function parseArgs(argv: readonly string[]): Args {
  const out: CheckArgs = { command: 'check', format: 'text', config: undefined, fix: false, quiet: false, locale: undefined, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = at(argv, i); // i < argv.length (value() below moves i past an option's value, checked there)
    const value = (name: string): string => {
      const eq = arg.indexOf('=');
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined) throw new UsageError('args.needs-value', { option: name });
      return next;
    };
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    if (arg === '-v' || arg === '--version') return { command: 'version' };
    if (arg === '--fix') out.fix = true;
    else if (arg === '--quiet') out.quiet = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError('args.unknown-format', { format: f });
      out.format = f;
    } else if (arg === '--config' || arg.startsWith('--config=')) out.config = value('--config');
    else if (arg === '--locale' || arg.startsWith('--locale=')) {
      out.locale = checkedLocale(value('--locale'));
    }
    else if (arg === '--') {
      out.paths.push(...argv.slice(i + 1));
      break;
    }
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError('args.unknown-option', { option: arg });
    else out.paths.push(arg);
  }
  if (out.paths.length === 0) throw new UsageError('args.no-paths');
  return out;
}

import { CONFIG_FILE_NAME, parseConfig, tooLargeMessage, type ParsedConfig } from './config';
import { formatMessage, type Locale } from './messages/catalogue';

/**
 * Finding the `.wsisrc.json` that applies to a draft, for the language server (Node or browser)
 * and the CLI alike: the nearest one from the draft's folder upward (not merged with ones further
 * up). Lookups walk URIs, not paths, so they work in virtual workspaces (`vscode-vfs://github/...`)
 * as on disk, and a config's problems are published under the URI the client uses. How a URI is
 * read is the caller's: the Node entries read `file:` URIs from disk, the browser server asks the
 * editor.
 */

/** A read: the text; undefined when there is no such file; `{ tooLarge: bytes }` past MAX_CONFIG_SIZE (not read). */
export type ConfigRead = string | { tooLarge: number } | undefined;

/** Reads a config file by URI; throws when it exists but cannot be read. */
export type ReadConfig = (uri: string) => ConfigRead | Promise<ConfigRead>;

export interface LoadedConfig extends ParsedConfig {
  uri: string;
  /** The text the problems' spans refer to ('' when it was not read). */
  text: string;
  /** Set when the file is there but could not be read at all (the defaults apply). */
  readError?: string;
}

const HIERARCHICAL = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)/i;

/**
 * The folder of a URI (`file:///a/b/c.md` -> `file:///a/b`, `file:///a` -> `file://`), or
 * undefined above the root and for URIs without a path (`untitled:Untitled-1`). A query or a
 * fragment is dropped.
 */
export function parentUri(uri: string): string | undefined {
  const m = HIERARCHICAL.exec(uri);
  const prefix = m?.[1];
  const rest = m?.[2];
  if (prefix === undefined || rest === undefined) return undefined; // both groups always participate
  const path = rest.replace(/\/+$/, '');
  if (path === '') return undefined;
  return prefix + path.slice(0, path.lastIndexOf('/'));
}

/** The config files that may apply to a document, nearest first. */
export function configCandidates(documentUri: string): string[] {
  const out: string[] = [];
  for (let dir = parentUri(documentUri); dir !== undefined; dir = parentUri(dir)) out.push(`${dir}/${CONFIG_FILE_NAME}`);
  return out;
}

/** A read (or its failure) as a loaded config, its problems in `locale`; null when there is no file. */
export function toLoadedConfig(uri: string, read: ConfigRead | { error: string }, locale: Locale = 'en'): LoadedConfig | null {
  if (read === undefined) return null;
  if (typeof read === 'string') return { uri, text: read, ...parseConfig(read, locale) };
  if ('error' in read) return { uri, text: '', settings: {}, problems: [], readError: read.error };
  return { uri, text: '', settings: {}, problems: [{ message: tooLargeMessage(read.tooLarge, locale), span: { start: 0, end: 0 } }] };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The asynchronous locator with a cache: each file is read and parsed once (a broken one like a
 * good one) until `invalidate()` (a watched-file change), and concurrent lookups share a read.
 * `onLoaded` hears of every (re)load, so the server can publish the file's problems.
 */
export class ConfigLocator {
  private readonly byDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, Promise<LoadedConfig | null>>();
  private epoch = 0;

  /**
   * `locale` is asked at each read (the server learns it at `initialize`, after the locator is
   * made): the problems are written in the language of the editor.
   */
  constructor(
    private readonly read: ReadConfig,
    private readonly onLoaded: (uri: string, config: LoadedConfig | null) => void = () => undefined,
    private readonly locale: () => Locale = () => 'en',
  ) {}

  /** The config that applies to a document, if any. */
  async forDocument(uri: string): Promise<LoadedConfig | undefined> {
    const epoch = this.epoch;
    const visited: string[] = [];
    let found: string | null = null;
    for (const candidate of configCandidates(uri)) {
      const dir = candidate.slice(0, -CONFIG_FILE_NAME.length - 1);
      const cached = this.byDir.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      if ((await this.load(candidate)) !== null) {
        found = candidate;
        break;
      }
    }
    if (epoch === this.epoch) for (const d of visited) this.byDir.set(d, found);
    return found === null ? undefined : ((await this.load(found)) ?? undefined);
  }

  /** Reads and parses one config file (cached); null when it does not exist. */
  load(uri: string): Promise<LoadedConfig | null> {
    let pending = this.loaded.get(uri);
    if (pending === undefined) {
      pending = (async () => {
        let read: ConfigRead | { error: string };
        try {
          read = await this.read(uri);
        } catch (error) {
          read = { error: formatMessage(this.locale(), 'config.cannot-read', { file: uri, reason: reason(error) }) };
        }
        const config = toLoadedConfig(uri, read, this.locale());
        this.onLoaded(uri, config);
        return config;
      })();
      this.loaded.set(uri, pending);
    }
    return pending;
  }

  /** Forgets every lookup and parse (a config file was created, changed or deleted). */
  invalidate(): void {
    this.epoch++;
    this.byDir.clear();
    this.loaded.clear();
  }
}

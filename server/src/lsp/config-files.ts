import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME, MAX_CONFIG_SIZE, parseConfig, tooLargeMessage, type ConfigProblem, type PartialSettings } from '../engine';
import { readTextBounded } from '../node/read-bounded';
import type { Logger } from './logger';

/** Reads a file's text; undefined when there is no such file; `{ tooLarge: bytes }` past MAX_CONFIG_SIZE (not read). */
export type ReadFile = (path: string) => string | { tooLarge: number } | undefined;

export const readFileIfExists: ReadFile = (path) => {
  try {
    if (!statSync(path).isFile()) return undefined;
    // At most MAX_CONFIG_SIZE bytes, and only a regular file (never blocking on a FIFO).
    const read = readTextBounded(path, MAX_CONFIG_SIZE, true);
    return 'text' in read ? read.text : read;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
};

export interface LoadedConfig {
  uri: string;
  text: string;
  settings: PartialSettings;
  problems: ConfigProblem[];
}

/** The folder of a URI (`file:///a/b/c.md` -> `file:///a/b`), or undefined above the root. */
export function parentUri(uri: string): string | undefined {
  const i = uri.lastIndexOf('/');
  if (i < 'file://'.length) return undefined;
  return uri.slice(0, i);
}

/**
 * `.wsisrc.json` files: the nearest one from a draft's folder upward applies to it (it is not
 * merged with ones further up). Lookups walk URIs, not paths, so a config's diagnostics are
 * published under the same spelling of the URI the client uses. Each file is read and parsed
 * once until `invalidate()` (a watched-file change); `onLoaded` hears of every (re)load, so the
 * server can publish the file's problems and tell the user.
 */
export class ConfigFiles {
  private readonly byDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig | null>();

  constructor(
    private readonly onLoaded: (uri: string, config: LoadedConfig | null) => void,
    private readonly logger: Logger,
    private readonly read: ReadFile = readFileIfExists,
  ) {}

  /** The config that applies to a document, if any (only `file:` documents have one). */
  forDocument(uri: string): LoadedConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const visited: string[] = [];
    let found: string | null = null;
    for (let dir = parentUri(uri); dir !== undefined; dir = parentUri(dir)) {
      const cached = this.byDir.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      const candidate = `${dir}/${CONFIG_FILE_NAME}`;
      if (this.load(candidate) !== null) {
        found = candidate;
        break;
      }
    }
    for (const d of visited) this.byDir.set(d, found);
    return found === null ? undefined : (this.load(found) ?? undefined);
  }

  /**
   * Reads and parses one config file (cached, a broken one like a good one: it is read again
   * only after `invalidate()`); null when it does not exist or cannot be read.
   */
  load(uri: string): LoadedConfig | null {
    const cached = this.loaded.get(uri);
    if (cached !== undefined) return cached;
    let read: ReturnType<ReadFile>;
    try {
      read = this.read(fileURLToPath(uri));
    } catch (error) {
      this.logger.warn(`cannot read ${uri}: ${error instanceof Error ? error.message : String(error)}`);
      read = undefined;
    }
    let config: LoadedConfig | null = null;
    if (typeof read === 'string') config = { uri, text: read, ...parseConfig(read) };
    else if (read !== undefined) config = { uri, text: '', settings: {}, problems: [{ message: tooLargeMessage(read.tooLarge), span: { start: 0, end: 0 } }] };
    this.loaded.set(uri, config);
    if (config !== null) this.logger.info(`loaded ${uri}${config.problems.length > 0 ? ` (${config.problems.length} problem${config.problems.length === 1 ? '' : 's'})` : ''}`);
    this.onLoaded(uri, config);
    return config;
  }

  /** Forgets every lookup and parse (a config file was created, changed or deleted). */
  invalidate(): void {
    this.byDir.clear();
    this.loaded.clear();
  }
}

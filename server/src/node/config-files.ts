import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configCandidates, formatMessage, MAX_CONFIG_SIZE, toLoadedConfig, type ConfigRead, type LoadedConfig, type Locale } from '../engine';
import { ioReason } from './errors';
import { readTextBounded } from './read-bounded';

/**
 * `.wsisrc.json` from disk, for the Node entries: the reader the server's ConfigLocator uses for
 * `file:` URIs, and the CLI's lookup, which walks the same candidates (engine/config-locator.ts)
 * synchronously, as the CLI checks file after file.
 */

/** A regular file's text, at most MAX_CONFIG_SIZE bytes (never blocking on a FIFO); undefined when there is none. */
export function readConfigPath(path: string): ConfigRead {
  try {
    if (!statSync(path).isFile()) return undefined;
    const read = readTextBounded(path, MAX_CONFIG_SIZE, true);
    return 'text' in read ? read.text : read;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** The ConfigLocator's reader on Node: `file:` URIs from disk; other schemes are not on this disk. */
export function readConfigUri(uri: string): ConfigRead {
  return /^file:/i.test(uri) ? readConfigPath(fileURLToPath(uri)) : undefined;
}

/** The nearest `.wsisrc.json` from `dir` upward, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  for (const candidate of configCandidates(pathToFileURL(join(dir, 'draft')).href)) {
    const path = fileURLToPath(candidate);
    try {
      if (statSync(path).isFile()) return path;
    } catch {
      // not here: go up
    }
  }
  return undefined;
}

/** The configuration for `file`: the one named on the command line, else the nearest to the file. */
export function configFileFor(file: string, explicit: string | undefined): string | undefined {
  return explicit !== undefined ? resolve(explicit) : findConfigFile(dirname(resolve(file)));
}

export interface CliConfig extends LoadedConfig {
  path: string;
}

/** Reads (at most MAX_CONFIG_SIZE bytes) and validates a configuration file named by path, its problems in `locale`; never throws. */
export function loadConfigFile(path: string, locale: Locale = 'en'): CliConfig {
  const uri = pathToFileURL(path).href;
  let read;
  try {
    read = readTextBounded(path, MAX_CONFIG_SIZE, false);
  } catch (error) {
    return { path, ...(toLoadedConfig(uri, { error: formatMessage(locale, 'config.cannot-read', { file: path, reason: ioReason(error, locale) }) }, locale) as LoadedConfig) };
  }
  return { path, ...(toLoadedConfig(uri, 'text' in read ? read.text : read, locale) as LoadedConfig) };
}

import { statSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
import { CONFIG_FILE_NAME, MAX_CONFIG_SIZE, parseConfig, tooLargeMessage, type ParsedConfig } from '../engine';
import { ioReason } from './errors';
import { readTextBounded } from './read-bounded';

/** The nearest `.wsisrc.json` from `dir` upward, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  let current = dir;
  const { root } = parse(dir);
  for (;;) {
    const candidate = join(current, CONFIG_FILE_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here: go up
    }
    if (current === root) return undefined;
    const up = dirname(current);
    if (up === current) return undefined;
    current = up;
  }
}

/** The configuration for `file`: the one named on the command line, else the nearest to the file. */
export function configFileFor(file: string, explicit: string | undefined): string | undefined {
  return explicit !== undefined ? resolve(explicit) : findConfigFile(dirname(resolve(file)));
}

export interface LoadedConfig extends ParsedConfig {
  path: string;
  /** The text the problems' spans refer to ('' when it was not read). */
  text: string;
  /** Set when the file could not be read at all. */
  readError?: string;
}

/** Reads (at most MAX_CONFIG_SIZE bytes) and validates a configuration file; never throws. */
export function loadConfigFile(path: string): LoadedConfig {
  let read;
  try {
    read = readTextBounded(path, MAX_CONFIG_SIZE, false);
  } catch (error) {
    return { path, text: '', settings: {}, problems: [], readError: `cannot read ${path} (${ioReason(error)})` };
  }
  if ('tooLarge' in read) return { path, text: '', settings: {}, problems: [{ message: tooLargeMessage(read.tooLarge), span: { start: 0, end: 0 } }] };
  return { path, text: read.text, ...parseConfig(read.text) };
}

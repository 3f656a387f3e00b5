import { readFileSync, statSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type ParsedConfig } from '../engine';

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
  /** Set when the file could not be read at all. */
  readError?: string;
}

/** Reads and validates a configuration file; never throws. */
export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { path, settings: {}, problems: [], readError: `cannot read ${path} (${reason})` };
  }
  return { path, ...parseConfig(text) };
}

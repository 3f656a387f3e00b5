import type { Locale } from './messages/catalogue';
import type { DocumentKind, Level } from './types';

/**
 * What the user can set, from VS Code settings, `.wsisrc.json` and the CLI's `--config`.
 * Later sources override earlier ones key by key (defaults < editor settings < .wsisrc.json);
 * a draft's own comments come last.
 */
export interface Settings {
  kind: DocumentKind | 'auto';
  /** Level per rule id; a rule not named keeps its default severity. */
  rules: Readonly<Record<string, Level>>;
  limits: {
    /** Words Part One may hold (about half a page). */
    partOneWords: number;
    /** Words the body may hold (4 pages single-spaced). */
    totalWords: number;
  };
  /** The language of the messages (the editor's display language, the CLI's --locale or LANG). */
  locale: Locale;
}

export interface PartialSettings {
  kind?: DocumentKind | 'auto';
  rules?: Readonly<Record<string, Level>>;
  limits?: Partial<Settings['limits']>;
  locale?: Locale;
}

/** A rule map without a prototype: only the ids written in it are in it (not `constructor`, not `__proto__`). */
function ruleMap(...sources: (Readonly<Record<string, Level>> | undefined)[]): Record<string, Level> {
  const out = Object.create(null) as Record<string, Level>;
  for (const source of sources) {
    if (source === undefined) continue;
    for (const [id, level] of Object.entries(source)) out[id] = level;
  }
  return out;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  kind: 'auto',
  rules: Object.freeze(ruleMap()),
  limits: Object.freeze({ partOneWords: 300, totalWords: 2400 }),
  locale: 'en',
});

export function mergeSettings(base: Settings, ...overrides: (PartialSettings | undefined)[]): Settings {
  let out: Settings = base;
  for (const o of overrides) {
    if (o === undefined) continue;
    out = {
      kind: o.kind ?? out.kind,
      rules: ruleMap(out.rules, o.rules),
      limits: { ...out.limits, ...o.limits },
      locale: o.locale ?? out.locale,
    };
  }
  return out;
}

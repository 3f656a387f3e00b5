import { quoteText } from './text/quote';
import { at } from './text/at';
import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { CATALOGUES, decimalIn, translator, type Locale, type MessageId, type Translator } from './messages/catalogue';
import { RULE_IDS } from './rules';
import type { PartialSettings } from './settings';
import type { DocumentKind, Level, Span } from './types';

/**
 * Reads `.wsisrc.json` (JSON with comments) and VS Code's `wsis.*` settings into partial
 * settings. Configuration is data only: nothing in it is ever executed. Every problem is
 * reported with the span it concerns, and whatever is valid is still used, so a typo in one
 * rule's level does not switch the others back to their defaults.
 *
 * A configuration comes from the workspace and is as untrusted as a draft: a file larger than
 * MAX_CONFIG_SIZE or nested deeper than MAX_CONFIG_DEPTH is reported and the defaults are used
 * (the JSON parser recurses once per level), at most MAX_CONFIG_PROBLEMS problems are listed,
 * and every object is built without a prototype, so a `__proto__` key is a key like any other
 * (reported as unknown) and never the prototype of the settings.
 *
 * The problems are written in the language asked for (the catalogue's `config.*` and `json.*`
 * messages); keys, values and rule ids are quoted as they are typed.
 */
export interface ConfigProblem {
  message: string;
  span: Span;
}

export interface ParsedConfig {
  settings: PartialSettings;
  problems: ConfigProblem[];
}

export const CONFIG_FILE_NAME = '.wsisrc.json';
/** The largest configuration read, in characters (and in bytes, by the readers of files). A real one is a few hundred. */
export const MAX_CONFIG_SIZE = 1024 * 1024;
/** The deepest nesting of objects and arrays accepted. A real configuration is 2 deep. */
export const MAX_CONFIG_DEPTH = 64;
/** At most this many problems are listed; the last then says how many more there are. */
export const MAX_CONFIG_PROBLEMS = 100;
const LEVELS: readonly string[] = ['off', 'info', 'warning', 'error'];
const KINDS: readonly string[] = ['auto', 'submission', 'statement', 'wgec'];
const LIMITS: readonly string[] = ['partOneWords', 'totalWords'];
/** The limits as a list in words: all but the last, then the last. */
const LIMITS_BUT_LAST = LIMITS.slice(0, -1).join(', ');
const LAST_LIMIT = at(LIMITS, LIMITS.length - 1);
const TOP: readonly string[] = ['$schema', 'kind', 'rules', 'limits'];

function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/** An object without a prototype: no key, `__proto__` included, means anything but itself. */
function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Own properties only: what an object inherits is not configuration. */
function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** A key as messages show it: at most 60 characters, cut at the end of a word. */
function shown(key: string): string {
  return quoteText(key);
}

/** Edit distance (insertions, deletions, substitutions and swaps of two neighbours), given up past `limit`. */
export function editDistance(a: string, b: string, limit = 4): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      // prev (and prev2, when i > 1) hold b.length + 1 entries, row j of them so far.
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      let d = Math.min(at(prev, j) + 1, at(row, j - 1) + 1, at(prev, j - 1) + cost);
      if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) d = Math.min(d, at(prev2, j - 2) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return at(prev, b.length);
}

/**
 * The option a misspelt key most likely means: the same but for case, the nearest by edit
 * distance (at most a third of its length, and at most 4), or one it begins or that begins it.
 */
function closest(word: string, options: readonly string[]): string | undefined {
  if (word.length > 100) return undefined;
  const lower = word.toLowerCase();
  const same = options.find((o) => o.toLowerCase() === lower);
  if (same !== undefined) return same;
  const limit = Math.min(4, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const o of options) {
    const d = editDistance(lower, o.toLowerCase(), limit);
    if (d < bestDistance) {
      best = o;
      bestDistance = d;
    }
  }
  return best ?? options.find((o) => o.startsWith(word) || word.startsWith(o));
}

function validate(value: unknown, at: (path: readonly string[]) => Span, t: Translator): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const settings: PartialSettings = {};
  let unlisted = 0;
  let firstUnlisted: readonly string[] = [];
  // A message that costs something to write (the nearest rule id) is a function, called only for a
  // problem that is listed: 20,000 unknown ids took 0.8 s, each compared with every rule id.
  const problem = (path: readonly string[], message: string | (() => string)): void => {
    if (problems.length < MAX_CONFIG_PROBLEMS) problems.push({ message: typeof message === 'string' ? message : message(), span: at(path) });
    else if (unlisted++ === 0) firstUnlisted = path;
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problem([], t('config.not-object'));
    return { settings, problems };
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!TOP.includes(key)) {
      problem([key], () => {
        const near = closest(key, TOP);
        return near !== undefined ? t('config.unknown-setting.near', { key: shown(key), near }) : t('config.unknown-setting', { key: shown(key), list: TOP.slice(1).join(', ') });
      });
    }
  }
  const kind = own(obj, 'kind');
  if (kind !== undefined) {
    if (typeof kind === 'string' && KINDS.includes(kind)) settings.kind = kind as DocumentKind | 'auto';
    else problem(['kind'], t('config.kind', { list: KINDS.map((k) => `"${k}"`).join(', ') }));
  }
  const rulesValue = own(obj, 'rules');
  if (rulesValue !== undefined) {
    if (rulesValue === null || typeof rulesValue !== 'object' || Array.isArray(rulesValue)) {
      problem(['rules'], t('config.rules-not-object'));
    } else {
      const rules = dict<Level>();
      for (const [id, level] of Object.entries(rulesValue as Record<string, unknown>)) {
        if (!RULE_IDS.includes(id)) {
          problem(['rules', id], () => {
            const near = closest(id, RULE_IDS);
            return near !== undefined ? t('config.unknown-rule.near', { id: shown(id), near }) : t('config.unknown-rule', { id: shown(id) });
          });
        } else if (typeof level !== 'string' || !LEVELS.includes(level)) {
          problem(['rules', id, '#value'], t('config.level', { id }));
        } else {
          rules[id] = level as Level;
        }
      }
      settings.rules = rules;
    }
  }
  const limitsValue = own(obj, 'limits');
  if (limitsValue !== undefined) {
    if (limitsValue === null || typeof limitsValue !== 'object' || Array.isArray(limitsValue)) {
      problem(['limits'], t('config.limits-not-object'));
    } else {
      const limits = dict<number>();
      for (const [key, n] of Object.entries(limitsValue as Record<string, unknown>)) {
        if (!LIMITS.includes(key)) problem(['limits', key], t('config.unknown-limit', { key: shown(key), list: t('list.and', { list: LIMITS_BUT_LAST, last: LAST_LIMIT }) }));
        else if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) problem(['limits', key, '#value'], t('config.limit-value', { key }));
        else limits[key] = n;
      }
      settings.limits = limits;
    }
  }
  if (unlisted > 0) {
    problems.push({ message: unlisted === 1 ? t('config.more.1') : t('config.more.n', { count: unlisted }), span: at(firstUnlisted) });
  }
  return { settings, problems };
}

/** The whole file's problem: nothing in it is used. */
function unusable(message: string, span: Span): ParsedConfig {
  return { settings: {}, problems: [{ message, span }] };
}

/**
 * Where objects and arrays open deeper than MAX_CONFIG_DEPTH, if they do: found with the
 * scanner (a loop), before the parser (which recurses per level) sees the text.
 */
function tooDeepAt(text: string): number | undefined {
  // jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read.
  const OPEN_BRACE = 1;
  const CLOSE_BRACE = 2;
  const OPEN_BRACKET = 3;
  const CLOSE_BRACKET = 4;
  const EOF = 17;
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/**
 * Parses the text of a `.wsisrc.json`; never throws. A byte order mark at the start is allowed
 * (Windows editors write one); it counts as one character of white space, so spans stay true.
 */
export function parseConfig(text: string, locale: Locale = 'en'): ParsedConfig {
  const t = translator(locale);
  try {
    return parseConfigText(text, locale);
  } catch (error) {
    // Not expected: the limits below keep the parser within bounds. Still, a configuration
    // never stops a check; it is reported and the defaults are used.
    return unusable(t('config.unreadable', { error: error instanceof Error ? error.message : String(error), defaults: t('config.defaults') }), { start: 0, end: 0 });
  }
}

/** What jsonc-parser's error code (`CommaExpected`) says, in words: the catalogue's `json.comma-expected`. */
function jsonErrorIn(t: Translator, code: string | undefined): string {
  const words = code === undefined ? 'empty file' : code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const id = `json.${words.replace(/ /g, '-')}`;
  // A code a later jsonc-parser adds, not in the catalogue yet, is shown in English words.
  return Object.prototype.hasOwnProperty.call(CATALOGUES.en, id) ? t(id as MessageId) : words;
}

function parseConfigText(raw: string, locale: Locale): ParsedConfig {
  const t = translator(locale);
  if (raw.length > MAX_CONFIG_SIZE) return unusable(tooLargeMessage(raw.length, locale), { start: 0, end: 0 });
  const text = raw.charCodeAt(0) === 0xfeff ? ` ${raw.slice(1)}` : raw;
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    return unusable(t('config.too-deep', { depth: MAX_CONFIG_DEPTH, defaults: t('config.defaults') }), { start: deep, end: deep + 1 });
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || root === undefined) {
    const e = errors[0];
    const span = e !== undefined ? { start: e.offset, end: e.offset + Math.max(1, e.length) } : { start: 0, end: text.length };
    const what = jsonErrorIn(t, e !== undefined ? printParseErrorCode(e.error) : undefined);
    return unusable(t('config.invalid-json', { what, defaults: t('config.defaults') }), span);
  }
  const value = toValue(root);
  const at = (path: readonly string[]): Span => {
    let node: Node | undefined = root;
    for (const [i, key] of path.entries()) {
      if (node === undefined) break;
      if (key === '#value') return spanOf(node);
      const prop = propertyOf(node, key);
      if (prop === undefined) break;
      // The key, unless the path goes on (into the value, or '#value': the value itself).
      node = i + 1 < path.length ? prop.children?.[1] : prop.children?.[0];
    }
    return node !== undefined ? spanOf(node) : { start: 0, end: 1 };
  };
  return validate(value, at, t);
}

/** The message for a configuration over MAX_CONFIG_SIZE (characters or bytes). */
export function tooLargeMessage(size: number, locale: Locale = 'en'): string {
  const t = translator(locale);
  // One decimal, written as the language writes it (1.0 MB, 1,0 Mo).
  const mb = (size / 1048576).toFixed(1);
  return t('config.too-large', { size: decimalIn(locale, mb), max: MAX_CONFIG_SIZE / 1048576, defaults: t('config.defaults') });
}

/** Each object node's properties by key (the last of a repeated key, as in the value), built once per node. */
const propertyMaps = new WeakMap<Node, Map<string, Node>>();

function propertyOf(node: Node, key: string): Node | undefined {
  let byKey = propertyMaps.get(node);
  if (byKey === undefined) {
    byKey = new Map();
    for (const c of node.children ?? []) {
      const k: unknown = c.type === 'property' ? c.children?.[0]?.value : undefined;
      if (typeof k === 'string') byKey.set(k, c);
    }
    propertyMaps.set(node, byKey);
  }
  return byKey.get(key);
}

/** Validates settings that arrive as values (VS Code's `wsis` section); problems carry empty spans. */
export function parseSettingsValue(value: unknown, locale: Locale = 'en'): { settings: PartialSettings; problems: string[] } {
  const { settings, problems } = validate(value ?? {}, () => ({ start: 0, end: 0 }), translator(locale));
  return { settings, problems: problems.map((p) => p.message) };
}

function toValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      // Without a prototype: `"__proto__": {...}` is a key like any other, not the prototype.
      const out = dict<unknown>();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k !== undefined && v !== undefined) out[String(k.value)] = toValue(v);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}

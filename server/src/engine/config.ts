import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { RULE_IDS } from './rules';
import type { PartialSettings } from './settings';
import type { DocumentKind, Level, Span } from './types';

/**
 * Reads `.wsisrc.json` (JSON with comments) and VS Code's `wsis.*` settings into partial
 * settings. Configuration is data only: nothing in it is ever executed. Every problem is
 * reported with the span it concerns, and whatever is valid is still used, so a typo in one
 * rule's level does not switch the others back to their defaults.
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
const LEVELS: readonly string[] = ['off', 'info', 'warning', 'error'];
const KINDS: readonly string[] = ['auto', 'submission', 'statement', 'wgec'];
const LIMITS: readonly string[] = ['partOneWords', 'totalWords'];
const TOP: readonly string[] = ['$schema', 'kind', 'rules', 'limits'];

function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

function closest(word: string, options: readonly string[]): string | undefined {
  const near = options.find((o) => o.toLowerCase() === word.toLowerCase() || o.startsWith(word) || word.startsWith(o));
  return near;
}

function validate(value: unknown, at: (path: string[]) => Span): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const settings: PartialSettings = {};
  const problem = (path: string[], message: string): void => {
    problems.push({ message, span: at(path) });
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problem([], 'The configuration must be a JSON object, e.g. { "rules": { "footnote-style": "off" } }.');
    return { settings, problems };
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!TOP.includes(key)) {
      const near = closest(key, TOP);
      problem([key], `Unknown setting '${key}'${near !== undefined ? `: did you mean '${near}'?` : `; the settings are ${TOP.slice(1).join(', ')}.`}`);
    }
  }
  if (obj.kind !== undefined) {
    if (typeof obj.kind === 'string' && KINDS.includes(obj.kind)) settings.kind = obj.kind as DocumentKind | 'auto';
    else problem(['kind'], `'kind' must be one of ${KINDS.map((k) => `"${k}"`).join(', ')}.`);
  }
  if (obj.rules !== undefined) {
    if (obj.rules === null || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) {
      problem(['rules'], "'rules' must be an object of rule ids and levels, e.g. { \"footnote-style\": \"off\" }.");
    } else {
      const rules: Record<string, Level> = {};
      for (const [id, level] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!RULE_IDS.includes(id)) {
          const near = closest(id, RULE_IDS);
          problem(['rules', id], `Unknown rule '${id}'${near !== undefined ? `: did you mean '${near}'?` : '. See docs/rules.md for the rule ids.'}`);
        } else if (typeof level !== 'string' || !LEVELS.includes(level)) {
          problem(['rules', id, '#value'], `The level of '${id}' must be "off", "info", "warning" or "error".`);
        } else {
          rules[id] = level as Level;
        }
      }
      settings.rules = rules;
    }
  }
  if (obj.limits !== undefined) {
    if (obj.limits === null || typeof obj.limits !== 'object' || Array.isArray(obj.limits)) {
      problem(['limits'], "'limits' must be an object, e.g. { \"partOneWords\": 300, \"totalWords\": 2400 }.");
    } else {
      const limits: Record<string, number> = {};
      for (const [key, n] of Object.entries(obj.limits as Record<string, unknown>)) {
        if (!LIMITS.includes(key)) problem(['limits', key], `Unknown limit '${key}'; the limits are ${LIMITS.join(' and ')}.`);
        else if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) problem(['limits', key, '#value'], `'${key}' must be a whole number of words, 1 or more.`);
        else limits[key] = n;
      }
      settings.limits = limits;
    }
  }
  return { settings, problems };
}

/** Parses the text of a `.wsisrc.json`. */
export function parseConfig(text: string): ParsedConfig {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || root === undefined) {
    const e = errors[0];
    const span = e !== undefined ? { start: e.offset, end: e.offset + Math.max(1, e.length) } : { start: 0, end: text.length };
    const what = e !== undefined ? printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'empty file';
    return { settings: {}, problems: [{ message: `This is not valid JSON (${what}); the defaults are used until it is mended.`, span }] };
  }
  const value = toValue(root);
  const at = (path: string[]): Span => {
    let node: Node | undefined = root;
    for (const key of path) {
      if (node === undefined) break;
      if (key === '#value') return spanOf(node);
      const prop: Node | undefined = node.children?.find((c) => c.type === 'property' && c.children?.[0]?.value === key);
      if (prop === undefined) break;
      const next = path[path.indexOf(key) + 1];
      node = next === '#value' ? prop.children?.[1] : next === undefined ? prop.children?.[0] : prop.children?.[1];
    }
    return node !== undefined ? spanOf(node) : { start: 0, end: 1 };
  };
  return validate(value, at);
}

/** Validates settings that arrive as values (VS Code's `wsis` section); problems carry empty spans. */
export function parseSettingsValue(value: unknown): { settings: PartialSettings; problems: string[] } {
  const { settings, problems } = validate(value ?? {}, () => ({ start: 0, end: 0 }));
  return { settings, problems: problems.map((p) => p.message) };
}

function toValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
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

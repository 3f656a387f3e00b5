import type { DocumentKind, Span } from '../types';
import type { Comment } from './inline';
import { at } from '../text/at';

/**
 * In-draft comments: `<!-- wsis-disable rule-id ... -->`, `<!-- wsis-enable rule-id -->`,
 * `<!-- wsis-disable-next-line rule-id -->`, `<!-- wsis-disable-line rule-id -->` (no ids: every
 * rule), and `<!-- wsis kind: statement -->`.
 */
export type DirectiveType = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  type: DirectiveType;
  /** Empty: every rule. */
  rules: string[];
  span: Span;
  /** The line the comment ends on (next-line applies to the line after it). */
  line: number;
}

export interface KindComment {
  kind: DocumentKind | undefined;
  raw: string;
  span: Span;
}

const DIRECTIVE = /^wsis-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/;
const KIND = /^wsis\s+kind\s*:\s*([\w-]*)\s*$/i;
const KINDS: readonly string[] = ['submission', 'statement', 'wgec'];

export function readDirectives(comments: readonly Comment[], lineAt: (offset: number) => number): { directives: Directive[]; kind: KindComment | undefined } {
  const directives: Directive[] = [];
  let kind: KindComment | undefined;
  for (const c of comments) {
    const d = DIRECTIVE.exec(c.body);
    // Both groups always participate when the regex matches.
    const type = d?.[1];
    const list = d?.[2];
    if (type !== undefined && list !== undefined) {
      const rules = list.split(/[\s,]+/).filter((r) => r.length > 0);
      directives.push({ type: type as DirectiveType, rules, span: c.span, line: lineAt(c.span.end) });
      continue;
    }
    const raw = KIND.exec(c.body)?.[1];
    if (raw !== undefined && kind === undefined) {
      const value = raw.toLowerCase();
      kind = { kind: KINDS.includes(value) ? (value as DocumentKind) : undefined, raw, span: c.span };
    }
  }
  return { directives, kind };
}

interface RuleSwitches {
  /** Lines of `wsis-disable` / `wsis-enable` comments that apply to the rule, in order, and what each sets. */
  lines: number[];
  disabled: boolean[];
  /** Lines switched off by `disable-next-line` and `disable-line`. */
  single: Set<number>;
}

/** Per directives list (one per model), per rule: built once, so a check is not directives x diagnostics. */
const switchesCache = new WeakMap<readonly Directive[], Map<string, RuleSwitches>>();

function switchesFor(directives: readonly Directive[], rule: string): RuleSwitches {
  let byRule = switchesCache.get(directives);
  if (byRule === undefined) {
    byRule = new Map();
    switchesCache.set(directives, byRule);
  }
  let s = byRule.get(rule);
  if (s === undefined) {
    s = { lines: [], disabled: [], single: new Set() };
    for (const d of directives) {
      if (d.rules.length > 0 && !d.rules.includes(rule)) continue;
      if (d.type === 'disable-next-line') s.single.add(d.line + 1);
      else if (d.type === 'disable-line') s.single.add(d.line);
      else {
        s.lines.push(d.line);
        s.disabled.push(d.type === 'disable');
      }
    }
    byRule.set(rule, s);
  }
  return s;
}

/** Whether `rule` is switched off on `line` by the draft's comments. */
export function isSuppressed(directives: readonly Directive[], rule: string, line: number): boolean {
  if (directives.length === 0) return false;
  const s = switchesFor(directives, rule);
  if (s.single.has(line)) return true;
  // The last disable or enable on or before `line` decides (comments come in document order).
  let lo = 0;
  let hi = s.lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(s.lines, mid) <= line) lo = mid + 1;
    else hi = mid;
  }
  // disabled is built in step with lines, and lo <= lines.length.
  return lo > 0 && at(s.disabled, lo - 1);
}

import type { DocumentKind, Span } from '../types';
import type { Comment } from './inline';

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
    if (d !== null) {
      const rules = d[2].split(/[\s,]+/).filter((r) => r.length > 0);
      directives.push({ type: d[1] as DirectiveType, rules, span: c.span, line: lineAt(c.span.end) });
      continue;
    }
    const k = KIND.exec(c.body);
    if (k !== null && kind === undefined) {
      const value = k[1].toLowerCase();
      kind = { kind: KINDS.includes(value) ? (value as DocumentKind) : undefined, raw: k[1], span: c.span };
    }
  }
  return { directives, kind };
}

/** Whether `rule` is switched off on `line` by the draft's comments. */
export function isSuppressed(directives: readonly Directive[], rule: string, line: number): boolean {
  let disabled = false;
  for (const d of directives) {
    const applies = d.rules.length === 0 || d.rules.includes(rule);
    if (!applies) continue;
    if (d.type === 'disable-next-line' && d.line + 1 === line) return true;
    if (d.type === 'disable-line' && d.line === line) return true;
    if (d.line < line || (d.line === line && d.type !== 'disable-next-line' && d.type !== 'disable-line')) {
      if (d.type === 'disable') disabled = true;
      else if (d.type === 'enable') disabled = false;
    }
  }
  return disabled;
}

import type { SubmissionModel } from '../model/submission';
import type { Translator } from '../messages/catalogue';
import type { Settings } from '../settings';
import type { DocumentKind, Severity, Span } from '../types';

/** A rule's metadata: the docs (docs/rules.md), the JSON schema and the CLI are generated from it. */
export interface RuleMeta {
  /** Stable, user-facing id (configuration, disable comments, docs, CLI). */
  readonly id: string;
  /** What the rule is about ('cover', 'parts', 'footnotes' ...): rules are grouped by their tags, as in markdownlint. */
  readonly tags: readonly string[];
  /** One sentence: what the rule reports. */
  readonly description: string;
  readonly severity: Severity;
  /** Whether the rule carries a mechanical fix (for at least some of its findings). */
  readonly fixable: boolean;
  /** The document kinds the rule applies to. */
  readonly kinds: readonly DocumentKind[];
  /** Why the rule exists and how to mend what it reports (Markdown, for docs/rules.md). */
  readonly rationale: string;
}

/** An edit in offsets; the engine turns it into an LSP-shaped range. */
export interface SpanEdit {
  span: Span;
  newText: string;
}

/**
 * A rule's fix. Its edits may be given as a function, called only when the fix is shown or
 * applied: a long draft's footnote conversions cost more to build than to report, and most
 * fixes are never asked for.
 */
export interface FindingFix {
  title: string;
  edits: SpanEdit[] | (() => SpanEdit[]);
}

export interface Finding {
  span: Span;
  message: string;
  fix?: FindingFix;
  data?: Record<string, unknown>;
}

export interface RuleContext {
  readonly model: SubmissionModel;
  readonly kind: DocumentKind;
  readonly settings: Settings;
  /** The message `id` in the settings' language (server/src/engine/messages). */
  readonly t: Translator;
  readonly report: (finding: Finding) => void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

export const ALL_KINDS: readonly DocumentKind[] = ['submission', 'statement', 'wgec'];
export const SUBMISSION_ONLY: readonly DocumentKind[] = ['submission'];

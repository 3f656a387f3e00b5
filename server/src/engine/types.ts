/**
 * Plain data types shared by the engine, the language server, the CLI and the tests.
 * Positions are 0-based line and UTF-16 character, as in LSP, so the server passes them
 * through unchanged; the engine itself depends on nothing from LSP.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type Level = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** Shown as the quick fix's title. */
  title: string;
  edits: TextEdit[];
}

export type DocumentKind = 'submission' | 'statement' | 'wgec';

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The mechanical fix, when the rule can offer one for this occurrence. */
  fix?: Fix;
  /** Extra data for editor features (e.g. the footnote label), never needed to apply the fix. */
  data?: Record<string, unknown>;
}

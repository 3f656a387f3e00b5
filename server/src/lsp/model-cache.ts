import { parseSubmission, type SubmissionModel } from '../engine';

/** What the cache needs of a document (TextDocument fits). */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/**
 * One parse per document version: every feature (diagnostics, code actions, outline, hover,
 * completion, word count ...) asks here, so a version is parsed once however many requests
 * follow. One entry per open document (the latest version asked for); the server evicts it
 * when the document closes. A new version is parsed from the entry it replaces: the engine
 * scans again only what changed between the two (a keystroke in a 1 MB draft: 17 -> 7 ms).
 *
 * A parse that throws is cached like a good one: every request on that version gets the same
 * error at once instead of parsing it again (and failing again). The next version is parsed
 * from the last good model.
 */
export class ModelCache {
  private readonly entries = new Map<string, { version: number; model?: SubmissionModel; error?: unknown; base?: SubmissionModel }>();
  /** How many parses the cache has done (for tests and the debug log). */
  parses = 0;

  constructor(private readonly parse: (text: string, previous?: SubmissionModel) => SubmissionModel = parseSubmission) {}

  get(doc: VersionedText): SubmissionModel {
    const entry = this.entries.get(doc.uri);
    if (entry !== undefined && entry.version === doc.version) {
      if (entry.model !== undefined) return entry.model;
      throw entry.error;
    }
    const base = entry?.model ?? entry?.base;
    this.parses++;
    let model: SubmissionModel;
    try {
      model = this.parse(doc.getText(), base);
    } catch (error) {
      this.entries.set(doc.uri, { version: doc.version, error, base });
      throw error;
    }
    this.entries.set(doc.uri, { version: doc.version, model });
    return model;
  }

  /** The cached model of exactly this version, without parsing. */
  peek(uri: string, version: number): SubmissionModel | undefined {
    const entry = this.entries.get(uri);
    return entry !== undefined && entry.version === version ? entry.model : undefined;
  }

  evict(uri: string): void {
    this.entries.delete(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  get size(): number {
    return this.entries.size;
  }
}

import { DEFAULT_SETTINGS, formatMessage, mergeSettings, parseSettingsValue, type ConfigLocator, type Locale, type PartialSettings, type Settings } from '../engine';
import type { Logger } from './logger';

export type MarkdownEnable = 'auto' | 'always' | 'never';

/** What VS Code's `wsis` section gives, validated. */
export interface EditorSettings {
  settings: PartialSettings;
  markdown: MarkdownEnable;
  problems: string[];
}

export interface ResolvedSettings {
  settings: Settings;
  markdown: MarkdownEnable;
  /** The `.wsisrc.json` that applied, if any. */
  configUri?: string;
}

const MARKDOWN: readonly string[] = ['auto', 'always', 'never'];

function ownValue(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/**
 * Reads the `wsis` section as VS Code sends it ({ markdown: { enable }, kind, rules, limits,
 * trace }). Only `kind`, `rules` and `limits` are checker settings; `markdown.enable` decides
 * which Markdown files are checked; `trace` belongs to the client. Problems are written in `locale`.
 */
export function readEditorSection(value: unknown, locale: Locale = 'en'): EditorSettings {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    return { settings: {}, markdown: 'auto', problems: value === null || value === undefined ? [] : [formatMessage(locale, 'config.editor.not-object')] };
  }
  const section = value as Record<string, unknown>;
  // Own keys only, into an object without a prototype: nothing inherited is a setting.
  const picked = Object.create(null) as Record<string, unknown>;
  for (const key of ['kind', 'rules', 'limits']) if (ownValue(section, key) !== undefined) picked[key] = ownValue(section, key);
  const { settings, problems } = parseSettingsValue(picked, locale);
  const markdownSection = ownValue(section, 'markdown');
  const md = markdownSection !== null && typeof markdownSection === 'object' ? ownValue(markdownSection as Record<string, unknown>, 'enable') : undefined;
  let markdown: MarkdownEnable = 'auto';
  if (typeof md === 'string' && MARKDOWN.includes(md)) markdown = md as MarkdownEnable;
  else if (md !== undefined) problems.push(formatMessage(locale, 'config.editor.markdown'));
  return { settings, markdown, problems: problems.map((problem) => formatMessage(locale, 'config.editor.prefix', { problem })) };
}

export interface SettingsSource {
  /** Pulls the `wsis` section for a scope (workspace/configuration); undefined when the client cannot. */
  pull(scopeUri: string | undefined): Promise<unknown> | undefined;
  /** Workspace folder URIs, for the scope of a document. */
  folders(): readonly string[];
}

/**
 * Settings per document: DEFAULT < editor settings (per workspace folder) < the nearest
 * `.wsisrc.json`. Editor settings are pulled once per folder and kept until the client says
 * they changed; clients that cannot be asked push them with didChangeConfiguration instead.
 */
export class SettingsResolver {
  private readonly editor = new Map<string, Promise<EditorSettings>>();
  private pushed: unknown;
  private readonly reported = new Set<string>();
  /** The language of the messages: the client's `locale` (LSP `initialize`), English by default. */
  locale: Locale = 'en';

  constructor(
    private readonly source: SettingsSource,
    private readonly configs: ConfigLocator,
    private readonly logger: Logger,
    private readonly onEditorProblems: (problems: string[]) => void = () => undefined,
  ) {}

  /** The workspace folder that holds `uri` (the longest match), or undefined. */
  scopeOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const f of this.source.folders()) {
      const folder = f.endsWith('/') ? f.slice(0, -1) : f;
      if ((uri === folder || uri.startsWith(`${folder}/`)) && (best === undefined || folder.length > best.length)) best = folder;
    }
    return best;
  }

  editorSettings(uri: string): Promise<EditorSettings> {
    const scope = this.scopeOf(uri);
    const key = scope ?? '';
    let entry = this.editor.get(key);
    if (entry === undefined) {
      entry = this.fetch(scope);
      this.editor.set(key, entry);
    }
    return entry;
  }

  private async fetch(scope: string | undefined): Promise<EditorSettings> {
    let value: unknown;
    try {
      const pulled = this.source.pull(scope);
      value = pulled === undefined ? this.pushed : await pulled;
    } catch (error) {
      this.logger.warn(`could not read the editor settings (${error instanceof Error ? error.message : String(error)}); using the defaults`);
      value = undefined;
    }
    const editor = readEditorSection(value, this.locale);
    const fresh = editor.problems.filter((p) => !this.reported.has(p));
    for (const p of fresh) {
      this.reported.add(p);
      this.logger.warn(p);
    }
    if (fresh.length > 0) this.onEditorProblems(fresh);
    return editor;
  }

  async resolve(uri: string): Promise<ResolvedSettings> {
    const editor = await this.editorSettings(uri);
    const config = await this.configs.forDocument(uri);
    const resolved: ResolvedSettings = { settings: mergeSettings(DEFAULT_SETTINGS, { locale: this.locale }, editor.settings, config?.settings), markdown: editor.markdown };
    if (config !== undefined) resolved.configUri = config.uri;
    return resolved;
  }

  /** The editor settings changed: pull again on next use. `pushed` is the section a didChangeConfiguration carried. */
  invalidateEditor(pushed?: unknown): void {
    if (pushed !== undefined) this.pushed = pushed;
    this.editor.clear();
  }
}

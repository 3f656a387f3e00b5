import { exportWord, importWord } from './word-requests';
import { pasteHtml } from './paste-requests';
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { base64Length, fromBase64 } from '../base64';
import { CONFIG_FILE_NAME, ConfigLocator, decodeUtf8, DEFAULT_SETTINGS, draftFileName, LineIndex, looksLikeSubmission, MAX_CONFIG_SIZE, MAX_DRAFT_BYTES, mergeSettings, newSubmissionText, organizationLine, parseSubmission, resolveLocale, sessionFor, translator, type ConfigRead, type Diagnostic as EngineDiagnostic, type LoadedConfig, type ReadConfig, type Settings, type SubmissionModel } from '../engine';
import {
  CheckWorkspaceRequest,
  ConvertFootnotesRequest,
  NewSubmissionRequest,
  ExportWordRequest,
  FindFilesRequest,
  ImportWordRequest,
  ReadFileRequest,
  RenumberFootnotesRequest,
  PasteHtmlRequest,
  WordCountRequest,
  type CheckWorkspaceResult,
  type FootnoteNotationName,
  type InitializationOptions,
} from '../protocol';
import { FileRefused, type ServerHost } from './host';
import { listenFiltered } from './document-sync';
import { CODE_ACTION_KINDS, provideCodeActions } from './features/code-actions';
import { COMPLETION_TRIGGERS, provideCompletion, provideSnippetCompletion } from './features/completion';
import { provideDefinition } from './features/definition';
import { DIAGNOSTIC_SOURCE, provideDiagnostics } from './features/diagnostics';
import type { EditTarget } from './features/edits';
import { provideFoldingRanges } from './features/folding';
import { provideFormatting } from './features/formatting';
import { NOTATIONS, provideConvertFootnotes, provideRenumberFootnotes } from './features/footnote-commands';
import { provideHover } from './features/hover';
import { provideDocumentLinks } from './features/links';
import { provideReferences } from './features/references';
import { providePrepareRename, provideRename } from './features/rename';
import { hasMarkdownHeadings, provideDocumentSymbols } from './features/symbols';
import { provideWordCount } from './features/word-count';
import { Logger, parseLogLevel, type LogLevel } from './logger';
import { CheckScheduler } from './check-scheduler';
import { ModelCache } from './model-cache';
import { SettingsResolver, type ResolvedSettings } from './settings';
import { displayUri, isWsisFileName, MAX_WORKSPACE_FILES, uriBaseName, uriKey } from './workspace-files';

export interface ServerOptions {
  /** Checks that cost at most this (ms) run at once after every edit; see CheckScheduler. */
  checkBudgetMs?: number;
  /** The longest a check waits after the first edit it covers. */
  maxDelayMs?: number;
  logLevel?: LogLevel;
  /** For tests: how `.wsisrc.json` files are read (by URI). */
  readConfig?: ReadConfig;
  /** For tests: the clock `wsis/newSubmission` uses. */
  now?: () => Date;
}

const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
const notInitialized = (): ResponseError<void> => new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized: send initialize first.');
const contentModified = (): ResponseError<void> => new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while the request was being answered.');

function isCancelled(token: CancellationToken | undefined): boolean {
  return token?.isCancellationRequested === true;
}

function sameSettings(a: Settings, b: Settings): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function uriOf(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string') throw invalidParams('textDocument.uri (a string) is required.');
  return uri;
}

function positionOf(params: unknown): Position {
  const p = (params as { position?: { line?: unknown; character?: unknown } } | null | undefined)?.position;
  if (p === undefined || typeof p.line !== 'number' || typeof p.character !== 'number' || p.line < 0 || p.character < 0) {
    throw invalidParams('position ({ line, character }, non-negative numbers) is required.');
  }
  return { line: p.line, character: p.character };
}

/** An open, checked document at one version, its model, and its settings. */
interface Target {
  doc: TextDocument;
  model: SubmissionModel;
  resolved: ResolvedSettings;
  edit: EditTarget;
}

/**
 * The WSIS language server: documents, the model cache, settings, checking and publishing,
 * and the LSP handlers, which call the pure feature functions in ./features.
 *
 * Checking: each change schedules a check (CheckScheduler: at once when the document's checks
 * are cheap or the edit finds the server idle, else after a pause in the edits as long as a
 * check, bounded by `maxDelayMs`); when it fires, the settings are resolved (which may ask the
 * client), then the current version is checked and published with its version number. Every
 * check takes a generation number per document; a check that finds a newer generation, a newer
 * version or a closed document after its await publishes nothing, so diagnostics are never
 * stale and nothing is published for a closed document after the empty publish that clears it.
 */
export class WsisServer {
  readonly documents = new TextDocuments(TextDocument);
  readonly models = new ModelCache();
  readonly logger: Logger;
  private readonly configs: ConfigLocator;
  private readonly settings: SettingsResolver;
  private readonly scheduler: CheckScheduler;
  /** Each document's last published check (with its fixes), for code actions on that version and settings. */
  private readonly checks = new Map<string, { version: number; settings: Settings; checked: EngineDiagnostic[] }>();
  private readonly now: () => Date;

  private capabilities: ClientCapabilities = {};
  /** Whether `initialize` came: before it, requests are refused and notifications dropped. */
  private initializeReceived = false;
  /**
   * The client outlines Markdown documents itself (VS Code's Markdown extension): an outline of
   * ours beside it would show two trees, so Markdown documents get ours only when that one is
   * empty (no Markdown headings: a Word paste). Said by the client (`markdownOutline`).
   */
  private clientOutlinesMarkdown = false;
  private folders: string[] = [];
  /** Whether the client answers wsis/readFile and wsis/findFiles (the VS Code client does). */
  private clientFiles = false;
  private readonly generation = new Map<string, number>();
  private readonly opening = new Set<string>();
  /** Documents (open or checked from disk) whose last publish was not empty. */
  private readonly published = new Set<string>();
  /** Files checked from disk by the workspace check (not open): re-checked when settings change. */
  private readonly diskChecked = new Set<string>();
  /** Config files with problems published, and the problems last shown for each. */
  private readonly configShown = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly host: ServerHost,
    options: ServerOptions = {},
  ) {
    this.logger = new Logger(connection.console, options.logLevel ?? 'info');
    this.scheduler = new CheckScheduler((uri) => this.check(uri).catch((error: unknown) => this.logger.error(`checking ${uri} failed`, error)), {
      budgetMs: options.checkBudgetMs,
      maxDelayMs: options.maxDelayMs,
    });
    this.now = options.now ?? (() => new Date());
    this.configs = new ConfigLocator(
      options.readConfig ?? ((uri) => this.readConfig(uri)),
      (uri, config) => this.configLoaded(uri, config),
      () => this.settings.locale,
    );
    this.settings = new SettingsResolver(
      {
        pull: (scopeUri) => (this.capabilities.workspace?.configuration === true ? this.connection.workspace.getConfiguration({ scopeUri, section: 'wsis' }) : undefined),
        folders: () => this.folders,
      },
      this.configs,
      this.logger,
      (problems) => this.showMessage(MessageType.Warning, problems.join(' ')),
    );
    this.register();
  }

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  private register(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => {
      if (this.initializeReceived) void this.initialized();
    });
    c.onShutdown(() => {
      if (!this.initializeReceived) return notInitialized();
      this.scheduler.cancelAll();
      return undefined;
    });
    // Methods the server does not handle: before initialize, the answer is still "not initialized".
    c.onRequest((method) => (this.initializeReceived ? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`) : notInitialized()));

    this.documents.onDidOpen((e) => {
      this.opening.add(e.document.uri);
      this.diskChecked.delete(e.document.uri);
      this.logger.info(`opened ${e.document.uri} v${e.document.version} (${e.document.languageId})`);
    });
    this.documents.onDidChangeContent((e) => {
      const uri = e.document.uri;
      // A document just opened is checked at once; after an edit, the scheduler decides from
      // what the document's checks cost and how fast the edits come.
      if (this.opening.delete(uri)) {
        this.scheduler.soon(uri);
        return;
      }
      // The previous version's check serves no request from now on (it is looked up by version):
      // let it go now. Its model stays until the next parse, which starts from it.
      this.checks.delete(uri);
      this.scheduler.edited(uri);
    });
    this.documents.onDidClose((e) => this.closed(e.document.uri));
    listenFiltered(this.documents, c, () => this.initializeReceived, this.logger);

    c.onDidChangeConfiguration((params) => {
      if (!this.initializeReceived) return;
      const pushed = (params?.settings as { wsis?: unknown } | null | undefined)?.wsis;
      this.logger.info('the editor settings changed: re-checking');
      this.settings.invalidateEditor(pushed);
      this.recheckAll();
    });
    c.onDidChangeWatchedFiles((params) => {
      if (!this.initializeReceived) return;
      const configs = (params?.changes ?? []).filter((ch) => typeof ch.uri === 'string' && ch.uri.endsWith(`/${CONFIG_FILE_NAME}`));
      if (configs.length === 0) return;
      this.configs.invalidate();
      for (const ch of configs) {
        this.logger.info(`${ch.uri} ${ch.type === FileChangeType.Deleted ? 'deleted' : ch.type === FileChangeType.Created ? 'created' : 'changed'}: re-checking`);
        if (ch.type === FileChangeType.Deleted) this.configLoaded(ch.uri, null);
        else void this.configs.load(ch.uri);
      }
      this.recheckAll();
    });

    c.onCodeAction(
      this.guard('codeAction', async (params, token) => {
        const t = await this.target(uriOf(params), token);
        if (t === undefined || !Array.isArray(params?.context?.diagnostics)) return t === undefined ? null : [];
        const kept = this.checks.get(t.doc.uri);
        const current = kept !== undefined && kept.version === t.doc.version ? kept : undefined;
        return provideCodeActions(t.model, params, {
          ...t.edit,
          version: t.doc.version,
          settings: t.resolved.settings,
          checked: current?.checked,
          // Settings changed since (a re-check is on its way): fix all checks afresh.
          checkedUnderSettings: current !== undefined && sameSettings(current.settings, t.resolved.settings),
        });
      }),
    );
    c.onDocumentSymbol(
      this.guard('documentSymbol', async (params, token) =>
        this.with(params, token, (t) => (this.clientOutlinesMarkdown && t.doc.languageId === 'markdown' && hasMarkdownHeadings(t.model) ? [] : provideDocumentSymbols(t.model))),
      ),
    );
    c.onFoldingRanges(this.guard('foldingRange', async (params, token) => this.with(params, token, (t) => provideFoldingRanges(t.model))));
    c.onDocumentFormatting(this.guard('formatting', async (params, token) => this.with(params, token, (t) => provideFormatting(t.model))));
    c.onHover(this.guard('hover', async (params, token) => this.at(params, token, (t, position) => provideHover(t.model, position))));
    c.onDefinition(this.guard('definition', async (params, token) => this.at(params, token, (t, position) => provideDefinition(t.model, t.doc.uri, position))));
    c.onReferences(
      this.guard('references', async (params, token) =>
        this.at(params, token, (t, position) => provideReferences(t.model, t.doc.uri, position, params.context?.includeDeclaration === true)),
      ),
    );
    c.onPrepareRename(this.guard('prepareRename', async (params, token) => this.at(params, token, (t, position) => providePrepareRename(t.model, position))));
    c.onRenameRequest(
      this.guard('rename', async (params, token) => {
        if (typeof params?.newName !== 'string') throw invalidParams('newName (a string) is required.');
        return this.at(params, token, (t, position) => provideRename(t.model, t.edit, position, params.newName));
      }),
    );
    c.onCompletion(
      this.guard('completion', async (params, token) => {
        const items = await this.at(params, token, (t, position) => provideCompletion(t.model, position, this.now()));
        if (items !== null) return items;
        // A Markdown file not (yet) checked as a draft still gets the dated snippets (a new, empty file).
        const doc = this.documents.get(uriOf(params));
        if (doc === undefined) return null;
        const position = positionOf(params);
        const lineBefore = doc.getText({ start: { line: position.line, character: 0 }, end: position });
        return provideSnippetCompletion(lineBefore, position, this.now());
      }),
    );
    c.onDocumentLinks(
      this.guard('documentLink', async (params, token) =>
        // VS Code's Markdown extension already links plain Markdown files.
        this.with(params, token, (t) => (t.doc.languageId === 'markdown' ? [] : provideDocumentLinks(t.model))),
      ),
    );

    c.onRequest(
      WordCountRequest,
      this.guard('wsis/wordCount', async (params, token) => {
        if (typeof params?.uri !== 'string') throw invalidParams('uri (a string) is required.');
        const position = positionOf(params);
        const doc = this.documents.get(params.uri);
        if (doc === undefined) return null;
        const t = await this.target(params.uri, token);
        if (t === undefined) return { checked: false, bodyWords: 0, bodyLimit: DEFAULT_SETTINGS.limits.totalWords };
        return provideWordCount(t.model, position, t.resolved.settings);
      }),
    );
    c.onRequest(
      RenumberFootnotesRequest,
      this.guard('wsis/renumberFootnotes', async (params, token) => {
        const t = await this.versionedTarget(params, token);
        return provideRenumberFootnotes(t.model, t.edit);
      }),
    );
    c.onRequest(
      ConvertFootnotesRequest,
      this.guard('wsis/convertFootnotes', async (params, token) => {
        const notation = params?.notation as FootnoteNotationName | undefined;
        if (notation === undefined || !NOTATIONS.includes(notation)) throw invalidParams(`notation must be one of ${NOTATIONS.join(', ')}.`);
        const t = await this.versionedTarget(params, token);
        return provideConvertFootnotes(t.model, t.edit, notation);
      }),
    );
    c.onRequest(
      NewSubmissionRequest,
      this.guard('wsis/newSubmission', (params) => {
        let today = this.now();
        if (params?.today !== undefined) {
          today = new Date(params.today);
          if (Number.isNaN(today.getTime())) throw invalidParams(`today must be an ISO date, not '${String(params.today)}'.`);
        }
        const organization = typeof params?.organization === 'string' ? params.organization : undefined;
        const session = sessionFor(today);
        return { text: newSubmissionText(today, '\n', organization), session, fileName: draftFileName(organizationLine(organization), session) };
      }),
    );
    c.onRequest(CheckWorkspaceRequest, this.guard('wsis/checkWorkspace', (_params, token) => this.checkWorkspace(token)));
    c.onRequest(
      PasteHtmlRequest,
      this.guard('wsis/pasteHtml', async (params, token) => {
        const t = await this.versionedTarget(params, token);
        return pasteHtml(this.host, params, t.model, this.settings.locale);
      }),
    );
    c.onRequest(
      ExportWordRequest,
      this.guard('wsis/exportWord', async (params, token) => {
        if (params?.format !== 'docx' && params?.format !== 'pdf') throw invalidParams('format must be docx or pdf.');
        const t = await this.versionedTarget(params, token);
        // Nothing from the workspace is run: LibreOffice found inside a workspace folder is passed over.
        return exportWord(this.host, params, t.doc.getText(), this.folders, this.settings.locale);
      }),
    );
    c.onRequest(
      ImportWordRequest,
      this.guard('wsis/importWord', async (params) => {
        if (typeof params?.path !== 'string' && typeof params?.data !== 'string') throw invalidParams('path (a string) or data (base64) is required.');
        return importWord(this.host, params, this.settings.locale);
      }),
    );
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.initializeReceived = true;
    this.capabilities = params.capabilities ?? {};
    const options = params.initializationOptions as InitializationOptions | null | undefined;
    const level = parseLogLevel(options?.logLevel);
    if (level !== undefined) this.logger.level = level;
    // The messages follow the editor's display language (fr, es; English otherwise).
    this.settings.locale = resolveLocale(params.locale);
    this.clientFiles = options?.clientFiles === true;
    this.clientOutlinesMarkdown = options?.markdownOutline === true;
    if (params.workspaceFolders != null) this.folders = params.workspaceFolders.map((f) => f.uri);
    else if (params.rootUri != null) this.folders = [params.rootUri];
    this.logger.info(`initialize: ${params.clientInfo?.name ?? 'unknown client'}, ${this.folders.length} workspace folder(s)`);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
        documentSymbolProvider: { label: 'WSIS' },
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        documentLinkProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'wsis-language-server' },
    };
  }

  private async initialized(): Promise<void> {
    const ws = this.capabilities.workspace;
    try {
      if (ws?.didChangeConfiguration?.dynamicRegistration === true) {
        await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'wsis' });
      }
      if (ws?.didChangeWatchedFiles?.dynamicRegistration === true) {
        await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
      }
      if (ws?.workspaceFolders === true) {
        this.connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const removed = new Set(e.removed.map((f) => f.uri));
          this.folders = [...this.folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
          this.settings.invalidateEditor();
          this.recheckAll();
        });
      }
    } catch (error) {
      this.logger.error('registering for configuration and file changes failed', error);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Request plumbing

  /**
   * Wraps a handler: cancellation is honoured before and after the work, and whatever the
   * handler throws becomes an LSP error response (a ResponseError as is, anything else an
   * InternalError), so one failing request never takes the server down.
   */
  private guard<P, R>(name: string, handler: (params: P, token: CancellationToken) => R | Promise<R>): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
    return async (params, token) => {
      const started = Date.now();
      if (!this.initializeReceived) {
        this.logger.warn(`${name} before initialize: refused`);
        return notInitialized();
      }
      try {
        if (isCancelled(token)) return cancelled();
        const result = await handler(params, token);
        // The token may have been cancelled while the handler awaited.
        if (isCancelled(token)) return cancelled();
        this.logger.debug(`${name} answered in ${Date.now() - started} ms`);
        return result;
      } catch (error) {
        if (error instanceof ResponseError) {
          this.logger.debug(`${name}: ${error.message}`);
          return error as ResponseError<void>;
        }
        this.logger.error(`${name} failed`, error);
        return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
  }

  private async with<R>(params: unknown, token: CancellationToken, answer: (t: Target) => R): Promise<R | null> {
    const t = await this.target(uriOf(params), token);
    return t === undefined ? null : answer(t);
  }

  /** Like `with`, for requests at a position (validated before anything else). */
  private async at<R>(params: unknown, token: CancellationToken, answer: (t: Target, position: Position) => R): Promise<R | null> {
    const uri = uriOf(params);
    const position = positionOf(params);
    const t = await this.target(uri, token);
    return t === undefined ? null : answer(t, position);
  }

  /**
   * The open document, its model for the current version (from the cache) and its settings;
   * undefined when it is not open or not checked (a Markdown file that is not a draft).
   */
  private async target(uri: string, token?: CancellationToken): Promise<Target | undefined> {
    const doc = this.documents.get(uri);
    if (doc === undefined) return undefined;
    const version = doc.version;
    const resolved = await this.settings.resolve(uri);
    if (token?.isCancellationRequested === true) throw cancelled();
    const current = this.documents.get(uri);
    if (current === undefined) return undefined;
    if (current.version !== version) throw contentModified();
    if (!this.isChecked(current, resolved)) return undefined;
    return {
      doc: current,
      model: this.models.get(current),
      resolved,
      edit: { uri, version: current.version, documentChanges: this.capabilities.workspace?.workspaceEdit?.documentChanges === true },
    };
  }

  /** For the footnote commands: the params name a version, which must be the current one. */
  private async versionedTarget(params: { uri?: unknown; version?: unknown } | undefined, token: CancellationToken): Promise<Target> {
    if (typeof params?.uri !== 'string' || typeof params.version !== 'number') throw invalidParams('uri (a string) and version (a number) are required.');
    const doc = this.documents.get(params.uri);
    if (doc === undefined) throw new ResponseError(ErrorCodes.InvalidRequest, `${params.uri} is not open.`);
    if (doc.version !== params.version) throw contentModified();
    const t = await this.target(params.uri, token);
    if (t === undefined) throw new ResponseError(ErrorCodes.InvalidRequest, 'This document is not checked as a WSIS draft.');
    return t;
  }

  // -------------------------------------------------------------------------------------------
  // Which documents are checked

  private isChecked(doc: TextDocument, resolved: ResolvedSettings): boolean {
    return this.isCheckedText(doc.uri, doc.languageId, resolved, () => doc.getText());
  }

  private isCheckedText(uri: string, languageId: string | undefined, resolved: ResolvedSettings, text: () => string): boolean {
    if (languageId === 'wsis' || isWsisFileName(uri)) return true;
    if (languageId !== undefined && languageId !== 'markdown') return false;
    switch (resolved.markdown) {
      case 'always':
        return true;
      case 'never':
        return false;
      default:
        return looksLikeSubmission(text());
    }
  }

  // -------------------------------------------------------------------------------------------
  // Checking and publishing

  private nextGeneration(uri: string): number {
    const g = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, g);
    return g;
  }

  /**
   * Checks an open document's current version and publishes; resolves, once the publish is
   * written, with what was published (undefined: nothing).
   */
  private async check(uri: string): Promise<Diagnostic[] | undefined> {
    const generation = this.nextGeneration(uri);
    const doc = this.documents.get(uri);
    if (doc === undefined) return undefined;
    const version = doc.version;
    let resolved: ResolvedSettings;
    try {
      resolved = await this.settings.resolve(uri);
    } catch (error) {
      this.logger.error(`resolving the settings of ${uri} failed; using the defaults`, error);
      resolved = { settings: mergeSettings(DEFAULT_SETTINGS, { locale: this.settings.locale }), markdown: 'auto' };
    }
    const current = this.documents.get(uri);
    if (this.generation.get(uri) !== generation || current === undefined || current.version !== version) return undefined;
    if (!this.isChecked(current, resolved)) {
      if (this.published.has(uri)) void this.publish(uri, version, []);
      return undefined;
    }
    const started = performance.now();
    const model = this.models.get(current);
    const { diagnostics, checked } = provideDiagnostics(model, resolved.settings, version, true);
    this.checks.set(uri, { version, settings: resolved.settings, checked });
    this.logger.info(`checked ${uri} v${version}: ${diagnostics.length} diagnostic(s) in ${(performance.now() - started).toFixed(2)} ms`);
    this.logger.debug(() => diagnostics.map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.message}`).join('\n'));
    // The check's cost, for the scheduler, runs until the publish is written (encoding it is a
    // good part of a long draft's check).
    await this.publish(uri, version, diagnostics);
    this.scheduler.checked(uri, performance.now() - started);
    return diagnostics;
  }

  /** Sends the diagnostics; resolves when they are written (never rejects). */
  private publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): Promise<void> {
    if (diagnostics.length > 0) this.published.add(uri);
    else this.published.delete(uri);
    return this.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics }).catch(() => undefined);
  }

  private closed(uri: string): void {
    this.checks.delete(uri);
    this.scheduler.forget(uri);
    this.opening.delete(uri);
    this.nextGeneration(uri);
    this.models.evict(uri);
    this.logger.info(`closed ${uri}`);
    // Clear what the document showed: nothing is published for it after this.
    void this.publish(uri, undefined, []);
  }

  /** Settings or a config file changed: check every open draft again, and the files the workspace check read. */
  private recheckAll(): void {
    for (const doc of this.documents.all()) this.scheduler.soon(doc.uri);
    const disk = [...this.diskChecked];
    if (disk.length > 0) {
      void (async () => {
        for (const uri of disk) {
          if (this.documents.get(uri) !== undefined) continue;
          try {
            await this.checkFile(uri);
          } catch (error) {
            this.logger.warn(`re-checking ${uri} failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      })();
    }
  }

  // -------------------------------------------------------------------------------------------
  // .wsisrc.json problems

  /** window/showMessage (a notification: nothing waits on the user). */
  private showMessage(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  private configLoaded(uri: string, config: LoadedConfig | null): void {
    if (config !== null) this.logger.info(`loaded ${uri}${config.problems.length > 0 ? ` (${config.problems.length} problem${config.problems.length === 1 ? '' : 's'})` : ''}`);
    if (config?.readError !== undefined) this.logger.warn(`${config.readError}; using the defaults`);
    const first = config?.problems[0];
    if (config === null || first === undefined) {
      if (this.configShown.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const lines = new LineIndex(config.text);
    const diagnostics: Diagnostic[] = config.problems.map((p) => ({
      range: lines.rangeOf(p.span),
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      code: 'config',
      message: p.message,
    }));
    void this.connection.sendDiagnostics({ uri, diagnostics });
    const key = config.problems.map((p) => `${p.span.start}:${p.message}`).join('\n');
    if (this.configShown.get(uri) === key) return;
    this.configShown.set(uri, key);
    const where = displayUri(uri);
    const pos = lines.positionAt(first.span.start);
    const t = translator(this.settings.locale);
    const count = config.problems.length - 1;
    const more = count === 0 ? first.message : count === 1 ? t('config.shown.more.1', { message: first.message }) : t('config.shown.more.n', { message: first.message, count });
    const unusable = Object.keys(config.settings).length === 0;
    // Whole-file problems (not JSON, too large) already say that the defaults are used.
    const said = unusable && !first.message.includes(t('config.defaults')) ? t('config.shown.defaults', { message: more }) : more;
    const message = `WSIS: ${where}:${pos.line + 1}:${pos.character + 1}: ${said}`;
    this.logger.warn(message);
    this.showMessage(unusable ? MessageType.Error : MessageType.Warning, message);
  }

  // -------------------------------------------------------------------------------------------
  // The workspace check

  private async checkWorkspace(token: CancellationToken): Promise<CheckWorkspaceResult> {
    const result: CheckWorkspaceResult = { files: 0, diagnostics: 0, errors: 0, unreadable: 0 };
    const started = Date.now();
    const openByKey = new Map<string, TextDocument>();
    for (const doc of this.documents.all()) openByKey.set(uriKey(doc.uri), doc);
    for (const folder of this.folders) {
      const files = await this.findMarkdownFiles(folder, token);
      for (const uri of files) {
        if (token.isCancellationRequested) throw cancelled();
        const open = openByKey.get(uriKey(uri));
        let diagnostics: Diagnostic[] | undefined;
        if (open !== undefined) {
          diagnostics = await this.check(open.uri);
        } else {
          try {
            diagnostics = await this.checkFile(uri);
          } catch (error) {
            result.unreadable++;
            this.logger.warn(`cannot read ${uri}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        if (diagnostics !== undefined) {
          result.files++;
          result.diagnostics += diagnostics.length;
          result.errors += diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length;
        }
        // Let other requests and edits through between files.
        await this.host.yieldToEvents();
      }
    }
    this.logger.info(`workspace check: ${result.files} draft(s), ${result.diagnostics} diagnostic(s) in ${Date.now() - started} ms`);
    return result;
  }

  /** Checks a file that is not open, as it is stored, and publishes (no version). Undefined: not a draft. */
  private async checkFile(uri: string): Promise<Diagnostic[] | undefined> {
    let text: string;
    try {
      // A regular file only, of at most MAX_DRAFT_BYTES (the CLI's limit too).
      const bytes = await this.readUri(uri, MAX_DRAFT_BYTES);
      if (bytes === undefined) throw new Error('no such file');
      text = decodeUtf8(bytes).text;
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      this.logger.warn(`${uriBaseName(uri)}: ${error.message}, not checked`);
      return undefined;
    }
    const resolved = await this.settings.resolve(uri);
    if (this.documents.get(uri) !== undefined) return undefined;
    if (!this.isCheckedText(uri, undefined, resolved, () => text)) {
      if (this.diskChecked.delete(uri) && this.published.has(uri)) void this.publish(uri, undefined, []);
      return undefined;
    }
    // Not an open document: parsed here once for this check, not cached. It gets no code
    // actions until it is opened (and checked again), so its fixes are not sent.
    const { diagnostics } = provideDiagnostics(parseSubmission(text), resolved.settings, null, true);
    this.diskChecked.add(uri);
    void this.publish(uri, undefined, diagnostics);
    return diagnostics;
  }

  // -------------------------------------------------------------------------------------------
  // Files: the host's own (Node: the disk), else through the client (wsis/readFile, wsis/findFiles)

  /** A file's bytes (at most maxBytes); undefined when there is none or nothing can read it; throws FileRefused past maxBytes. */
  private async readUri(uri: string, maxBytes: number): Promise<Uint8Array | undefined> {
    const local = this.host.files;
    if (local?.handles(uri) === true) return local.read(uri, maxBytes);
    if (!this.clientFiles) return undefined;
    const answer = await this.connection.sendRequest(ReadFileRequest, { uri, maxBytes });
    if (answer === null || typeof answer !== 'object') return undefined;
    if ('tooLarge' in answer) throw new FileRefused(`larger than ${Math.round(maxBytes / 1048576)} MB`);
    if (typeof answer.data !== 'string' || base64Length(answer.data) > maxBytes) throw new FileRefused(`larger than ${Math.round(maxBytes / 1048576)} MB`);
    return fromBase64(answer.data);
  }

  /** The ConfigLocator's reader: a `.wsisrc.json` by URI, in any workspace the host or the client can read. */
  private async readConfig(uri: string): Promise<ConfigRead> {
    const local = this.host.files;
    if (local?.handles(uri) === true) return local.readConfig(uri);
    try {
      const bytes = await this.readUri(uri, MAX_CONFIG_SIZE);
      return bytes === undefined ? undefined : decodeUtf8(bytes).text;
    } catch (error) {
      if (error instanceof FileRefused) return { tooLarge: MAX_CONFIG_SIZE + 1 };
      throw error;
    }
  }

  private async findMarkdownFiles(folder: string, token: CancellationToken): Promise<string[]> {
    const local = this.host.files;
    if (local?.handles(folder) === true) return local.findMarkdownFiles(folder, token);
    if (!this.clientFiles) return [];
    const uris = await this.connection.sendRequest(FindFilesRequest, { folder, limit: MAX_WORKSPACE_FILES }, token);
    return Array.isArray(uris) ? uris.filter((u): u is string => typeof u === 'string').slice(0, MAX_WORKSPACE_FILES).sort() : [];
  }
}

export function startServer(connection: Connection, host: ServerHost, options?: ServerOptions): WsisServer {
  return new WsisServer(connection, host, options);
}
